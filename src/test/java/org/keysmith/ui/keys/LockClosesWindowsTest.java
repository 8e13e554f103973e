package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.common.SecretField;
import org.keysmith.ui.keys.table.KeyRow;

/**
 * A lock from outside the window (auto-lock, a sleep, three wrong prompts: the vault session's state) closes every
 * window that shows or holds a secret and wipes its fields: the rotation's reveal, the export dialog, the password
 * prompt.
 */
class LockClosesWindowsTest extends AppUiTest {
    private static final String MASTER = "a long master password";

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    private void select(String name) throws Exception {
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow()));
    }

    private void menu(String id) {
        robot.interact(() -> table().getContextMenu().getItems().stream().filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow().fire());
    }

    /** Locks the way auto-lock or a third wrong prompt does: on another thread, through the session. */
    private void lockFromOutside() throws Exception {
        context.executor().execute(context.session()::lock);
        waitFor(robot, "#unlockPane");
    }

    private void unlock() throws Exception {
        robot.clickOn("#masterPassword").write(MASTER);
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
    }

    @Test
    void aLockClosesAndWipesTheRotationRevealTheExportAndThePasswordPrompt() throws Exception {
        startApp();
        createVault(MASTER);
        context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("lockme", "127.0.0.1", Permission.READ, Permission.TRADE));
        lockFromOutside();
        unlock();

        select("lockme");
        menu("menuRotate");
        waitFor(robot, "#rotateStart");
        robot.clickOn("#rotateStart");
        waitFor(robot, "#rotateStored");
        TextField revealed = robot.lookup("#revealSecret").queryAs(TextField.class);
        assertThat(revealed.getText()).matches("[0-9A-F]{32}");
        Window reveal = revealed.getScene().getWindow();
        lockFromOutside();
        assertThat(reveal.isShowing()).isFalse();
        assertThat(revealed.getText()).isEmpty();

        unlock();
        select("lockme");
        menu("menuExport");
        waitFor(robot, "#exportPassword");
        SecretField exportPassword = robot.lookup("#exportPassword").queryAs(SecretField.class);
        robot.clickOn(exportPassword).write("half typed");
        Window export = exportPassword.getScene().getWindow();
        lockFromOutside();
        assertThat(export.isShowing()).isFalse();
        assertThat(exportPassword.secretLength()).isZero();

        unlock();
        select("lockme");
        robot.clickOn("#keyTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT,
                KeyCode.CONTROL);
        waitFor(robot, "#confirmPassword");
        SecretField prompt = robot.lookup("#confirmPassword").queryAs(SecretField.class);
        robot.clickOn(prompt).write("half typed");
        Window promptWindow = prompt.getScene().getWindow();
        lockFromOutside();
        assertThat(promptWindow.isShowing()).isFalse();
        assertThat(prompt.secretLength()).isZero();

        unlock();
        assertThat(robot.lookup("#confirmPassword").tryQuery()).isEmpty();
    }
}
