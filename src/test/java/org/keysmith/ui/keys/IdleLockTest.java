package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.service.settings.SettingsService;
import org.keysmith.service.settings.SettingsStore;
import org.keysmith.ui.UiTestSupport;
import org.keysmith.files.AtomicFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    @TempDir
    static Path dir;
    private Scene scene;

    @Start
    void start(Stage stage) {
        TextField field = new TextField();
        field.setId("field");
        scene = new Scene(new VBox(field), 200, 80);
        stage.setScene(scene);
        stage.show();
    }

    private SettingsService settings(boolean on) {
        SettingsService s = new SettingsService(new SettingsStore(dir.resolve("s.properties"), new AtomicFiles()), Runnable::run);
        s.update(x -> x.withAutoLock(on, 5));
        return s;
    }

    @Test
    void locksAfterTheIdleTimeAndActivityPostponesIt(FxRobot robot) throws Exception {
        AtomicInteger locks = new AtomicInteger();
        IdleLock idle = new IdleLock(settings(true), locks::incrementAndGet, s -> Duration.millis(800));
        robot.interact(() -> idle.start(scene));
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#field").write("x");
            assertThat(locks.get()).isZero();
        }
        UiTestSupport.waitUntil(robot, () -> locks.get() == 1);
        robot.interact(idle::stop);
    }

    @Test
    void staysOpenWhenAutoLockIsOff(FxRobot robot) throws Exception {
        AtomicInteger locks = new AtomicInteger();
        IdleLock idle = new IdleLock(settings(false), locks::incrementAndGet, s -> Duration.millis(100));
        robot.interact(() -> idle.start(scene));
        robot.sleep(400);
        assertThat(locks.get()).isZero();
        robot.interact(idle::stop);
    }
}
