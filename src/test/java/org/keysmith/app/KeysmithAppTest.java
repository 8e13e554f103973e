package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.service.AppPaths;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Starts the real app headless (Monocle) on a temporary home directory. */
class KeysmithAppTest {
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    private AppContext context() {
        return AppContext.create(AppPaths.resolve(Map.of("KEYSMITH_HOME", home.toString()), "Linux",
                home.toString(), Optional.empty()));
    }

    private Stage start(AppContext ctx) throws Exception {
        app = FxToolkit.setupApplication(() -> {
            KeysmithApp a = new KeysmithApp(ctx);
            a.init();
            return a;
        });
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    @Test
    void showsTheMainWindowWithTheKeyTableAndStatusBar() throws Exception {
        Stage stage = start(context());
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Keysmith");
        assertThat(stage.getIcons()).hasSize(6).allMatch(i -> !i.isError() && i.getWidth() > 0);
        TableView<?> table = robot.lookup("#keyTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Name", "Sub-account", "Status");
        assertThat(robot.lookup("#statusBar").queryAs(Label.class).getText())
                .contains(home.resolve("vault.keysmith").toString());
    }

    @Test
    void remembersWindowSizeAndPosition() throws Exception {
        Stage stage = start(context());
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(650);
            stage.hide();
        });
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(home.resolve("settings.properties")).exists();

        Stage again = start(context());
        assertThat(again.getX()).isEqualTo(40);
        assertThat(again.getY()).isEqualTo(30);
        assertThat(again.getWidth()).isEqualTo(900);
        assertThat(again.getHeight()).isEqualTo(650);
    }
}
