package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;

/** Starts the real app headless (Monocle) on a temporary home directory. */
class KeysmithAppTest extends AppUiTest {

    @Test
    void firstStartAsksForAMasterPasswordThenShowsTheKeyList() throws Exception {
        Stage stage = startApp();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Keysmith");
        assertThat(stage.getIcons()).hasSize(6);
        UiTestSupport.waitUntil(robot, () -> stage.getIcons().stream().allMatch(i -> i.getProgress() == 1.0));
        assertThat(stage.getIcons()).allMatch(i -> !i.isError() && i.getWidth() > 0);
        createVault("a long master password");
        TableView<?> table = robot.lookup("#keyTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Name", "Sub-account", "Status");
        assertThat(robot.lookup("#statusBar").queryAs(Label.class).getText())
                .contains(home.resolve("vault.keysmith").toString());
    }

    @Test
    void remembersWindowSizeAndPosition() throws Exception {
        Stage stage = startApp();
        // the size the user gives the key list is remembered (the unlock screen's is not)
        createVault("a long master password");
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(650);
            stage.hide();
        });
        stopApp();
        assertThat(home.resolve("settings.properties")).exists();
        Stage again = startApp();
        UiTestSupport.waitFor(robot, "#unlockPane");
        assertThat(again.getX()).isEqualTo(40);
        assertThat(again.getY()).isEqualTo(30);
        assertThat(again.getWidth()).isEqualTo(900);
        assertThat(again.getHeight()).isEqualTo(650);
    }

    @Test
    void lockReturnsToTheUnlockScreenAndAWrongPasswordSaysSo() throws Exception {
        startApp();
        createVault("a long master password");
        robot.clickOn("#lockButton");
        UiTestSupport.waitFor(robot, "#unlockPane");
        assertThat(context.session().isUnlocked()).isFalse();
        robot.clickOn("#masterPassword").write("not the password");
        robot.clickOn("#unlock");
        UiTestSupport.waitUntil(robot, () -> !robot.lookup("#unlockError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).startsWith("Wrong master password");
        // the field keeps focus with its text selected, so typing replaces it
        robot.write("a long master password");
        robot.clickOn("#unlock");
        UiTestSupport.waitFor(robot, "#keysPane");
        assertThat(context.session().isUnlocked()).isTrue();
    }
}
