package org.keysmith.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.AppContext;
import org.keysmith.app.KeysmithApp;
import org.keysmith.app.TestContexts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import java.util.ArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Base for tests that run the whole app headless on a temporary home, fast vault and in-process sandbox. */
public abstract class AppUiTest {
    @TempDir
    protected Path home;
    protected final FxRobot robot = new FxRobot();
    protected AppContext context;
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    protected Stage startApp() throws Exception {
        return startApp(TestContexts.context(home));
    }

    /** Starts the app on {@code wiring} (for instance one whose vault writes fail on demand). */
    protected Stage startApp(AppContext wiring) throws Exception {
        context = wiring;
        app = FxToolkit.setupApplication(() -> {
            KeysmithApp a = new KeysmithApp(context);
            a.init();
            return a;
        });
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /** Stops the app (which locks the vault and stops the sandbox). */
    protected void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @AfterEach
    void cleanup() throws Exception {
        stopApp();
        FxToolkit.cleanupStages();
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    /** First start: create the vault with a master password and wait for the key list. */
    protected void createVault(String password) throws Exception {
        UiTestSupport.waitFor(robot, "#createVaultPane");
        robot.clickOn("#newPassword").write(password);
        robot.clickOn("#repeatPassword").write(password);
        robot.clickOn("#createVault");
        try {
            UiTestSupport.waitFor(robot, "#keysPane");
        } catch (TimeoutException e) {
            UiTestSupport.screenshot(robot, robot.lookup("#vaultGate").query(), "debug-create-vault");
            throw new AssertionError("no key list; error shown: "
                    + robot.lookup("#createVaultError").tryQuery().map(n -> ((Label) n).getText()), e);
        }
        try {
            UiTestSupport.waitUntil(robot, () -> robot.lookup("#connection").tryQuery()
                    .map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false));
        } catch (TimeoutException e) {
            UiTestSupport.screenshot(robot, robot.lookup("#keysPane").query(), "debug-keys");
            throw new AssertionError("no connection; status: "
                    + robot.lookup("#statusBar").tryQuery().map(n -> ((Label) n).getText()), e);
        }
    }
}
