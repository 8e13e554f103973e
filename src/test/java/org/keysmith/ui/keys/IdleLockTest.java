package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.service.TestClock;
import org.keysmith.service.settings.SettingsService;
import org.keysmith.service.settings.SettingsStore;
import org.keysmith.ui.UiTestSupport;
import org.keysmith.files.AtomicFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The idle lock on a clock the test moves: input in any window (also one opened after the lock started), typed or
 * with the mouse, postpones it to five minutes after that input, and the same minutes without input lock; no input
 * locks, a jump of the wall clock between two checks (the machine slept) locks.
 */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    private static final Duration NEVER = Duration.ofDays(1);
    @TempDir
    static Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<String> locks = new CopyOnWriteArrayList<>();
    private Stage main;
    private Stage second;
    private IdleLock idle;

    @Start
    void start(Stage stage) {
        main = stage;
        TextField field = new TextField();
        field.setId("mainField");
        stage.setScene(new Scene(new VBox(field), 200, 80));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (idle != null) {
                idle.stop();
            }
            if (second != null) {
                second.close();
            }
        });
    }

    private SettingsService settings(boolean on) {
        SettingsService s = new SettingsService(new SettingsStore(dir.resolve("s.properties"), new AtomicFiles()),
                Runnable::run);
        s.update(x -> x.withAutoLock(on, 5));
        return s;
    }

    private void openSecondWindow() {
        TextField other = new TextField();
        other.setId("otherField");
        second = new Stage();
        second.setScene(new Scene(new VBox(other), 200, 80));
        second.setX(400);
        second.setY(300);
        second.show();
    }

    /**
     * Input {@code minutes} after the start (typing or moving the mouse in the window named by {@code field}) moves
     * the lock to five minutes after that input: without it, the check at 8 minutes locks (see
     * {@link #withoutInputTheSameCheckLocks}).
     */
    private void inputPostponesTheLock(FxRobot robot, String field, boolean typing) {
        idle = new IdleLock(settings(true), clock, NEVER, locks::add);
        robot.interact(idle::start);
        robot.interact(this::openSecondWindow);
        clock.advance(Duration.ofMinutes(4));
        if (typing) {
            robot.clickOn(field);
            robot.write("x");
        } else {
            robot.moveTo(field);
            robot.moveBy(5, 3);
        }
        clock.advance(Duration.ofMinutes(4));
        robot.interact(idle::check);
        assertThat(locks).as("8 minutes after the start, 4 after input in %s", field).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        robot.interact(idle::check);
        assertThat(locks).as("5 minutes after the input").containsExactly(
                "Keysmith locked after 5 minute(s) without input.");
    }

    @Test
    void typingInASecondWindowOpenedLaterPostponesTheLock(FxRobot robot) {
        inputPostponesTheLock(robot, "#otherField", true);
    }

    @Test
    void typingInTheMainWindowPostponesTheLock(FxRobot robot) {
        inputPostponesTheLock(robot, "#mainField", true);
    }

    @Test
    void movingTheMouseOverASecondWindowPostponesTheLock(FxRobot robot) {
        inputPostponesTheLock(robot, "#otherField", false);
    }

    @Test
    void withoutInputTheSameCheckLocks(FxRobot robot) {
        idle = new IdleLock(settings(true), clock, NEVER, locks::add);
        robot.interact(idle::start);
        robot.interact(this::openSecondWindow);
        clock.advance(Duration.ofMinutes(8));
        robot.interact(idle::check);
        assertThat(locks).containsExactly("Keysmith locked after 5 minute(s) without input.");
    }

    @Test
    void noInputLocksByItself(FxRobot robot) throws Exception {
        idle = new IdleLock(settings(true), clock, Duration.ofMillis(50), NEVER, locks::add);
        robot.interact(idle::start);
        clock.advance(Duration.ofMinutes(5));
        UiTestSupport.waitUntil(robot, () -> !locks.isEmpty());
        assertThat(locks).containsExactly("Keysmith locked after 5 minute(s) without input.");
    }

    @Test
    void aJumpOfTheWallClockBetweenTwoChecksLocks(FxRobot robot) throws Exception {
        idle = new IdleLock(settings(true), clock, Duration.ofMillis(50), Duration.ofSeconds(30), locks::add);
        robot.interact(idle::start);
        clock.advance(Duration.ofMinutes(2));
        UiTestSupport.waitUntil(robot, () -> !locks.isEmpty());
        assertThat(locks).containsExactly("Keysmith locked because the computer was asleep.");
    }

    @Test
    void staysOpenWhenAutoLockIsOff(FxRobot robot) {
        idle = new IdleLock(settings(false), clock, NEVER, locks::add);
        robot.interact(idle::start);
        clock.advance(Duration.ofHours(2));
        robot.interact(idle::check);
        assertThat(locks).isEmpty();
    }
}
