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
 * The idle lock on a clock the test moves: input in any window (also one opened after the lock started) postpones
 * it, no input locks, a jump of the wall clock between two checks (the machine slept) locks.
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

    @Test
    void typingInASecondWindowPostponesTheLock(FxRobot robot) {
        idle = new IdleLock(settings(true), clock, NEVER, locks::add);
        robot.interact(idle::start);
        robot.interact(this::openSecondWindow);
        robot.clickOn("#otherField");
        clock.advance(Duration.ofMinutes(4));
        robot.write("x");
        clock.advance(Duration.ofMinutes(4));
        robot.interact(idle::check);
        assertThat(locks).as("4 minutes after typing in the second window").isEmpty();
        clock.advance(Duration.ofMinutes(1));
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
