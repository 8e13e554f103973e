package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.screenshot;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Site;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.service.settings.Theme;
import org.keysmith.ui.AppUiTest;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.VaultException;
import java.util.concurrent.TimeoutException;

class ConnectionsAndSettingsTest extends AppUiTest {

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void addsAConnectionAndExplainsWhatIsWrongWithItsMasterKey() throws Exception {
        startApp();
        createVault("a long master password");
        ApiCredentials weak = SandboxTestKeys.mainKey(context.sandbox().server(), Permissions.readOnly(), "");
        robot.clickOn("#connectionsButton");
        waitFor(robot, "#connectionList");
        robot.clickOn("#connNew");
        robot.clickOn("#connName").write("Desk account");
        robot.interact(() -> {
            robot.lookup("#connSite").<Site>queryComboBox().setValue(Site.CUSTOM);
            robot.lookup("#connUrl").queryTextInputControl().setText(context.sandbox().server().baseUrl());
            robot.lookup("#connApiKey").queryTextInputControl().setText(weak.apiKey());
        });
        robot.clickOn("#connSecret").write(new String(weak.secretKey().chars()));
        robot.clickOn("#connPassphrase").write(new String(weak.passphrase().chars()));
        robot.clickOn("#connTest");
        try {
            waitUntil(robot, () -> !text("#connResult").isEmpty());
        } catch (TimeoutException e) {
            screenshot(robot, robot.lookup("#connectionList").query(), "debug-connections");
            throw new AssertionError("no result; error: " + text("#connError"), e);
        }
        assertThat(text("#connResult")).contains("main account").contains("no Trade").contains("not bound to any IP");
        screenshot(robot, robot.lookup("#connectionList").query(), "connections");
        robot.clickOn("#connSave");
        waitUntil(robot, () -> text("#connResult").startsWith("Saved"));
        assertThat(context.session().vault().connections()).extracting(Connection::name).containsExactly("Desk "
                + "account");
        robot.clickOn(button(robot, "Close"));
        ComboBox<Connection> chooser = robot.lookup("#connection").queryComboBox();
        waitUntil(robot, () -> chooser.getItems().size() == 2);
        assertThat(chooser.getItems().get(1).name()).isEqualTo("Desk account");
    }

    /** L10: after a removal the dialog names the backups that may still hold the master key, and deletes them. */
    @Test
    void removingAConnectionOffersToDeleteTheBackupsThatMayHoldItsMasterKey() throws Exception {
        startApp();
        createVault("a long master password");
        ApiCredentials key = SandboxTestKeys.mainKey(context.sandbox().server(), Permissions.of(Permission.TRADE),
                "127.0.0.1");
        context.connections().save(new Connection("desk", "Desk account", Site.CUSTOM,
                context.sandbox().server().baseUrl(), Environment.LIVE, key));
        assertThat(context.session().vault().backups()).hasSize(1);
        robot.clickOn("#connectionsButton");
        waitFor(robot, "#connectionList");
        ListView<Connection> list = robot.lookup("#connectionList").queryListView();
        waitUntil(robot, () -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#connRemove");
        waitUntil(robot, () -> text("#connResult").startsWith("Removed \"Desk account\""));
        assertThat(text("#connResult")).contains("may still hold that master key").contains("vault.keysmith.bak1");
        robot.clickOn("#connDeleteBackups");
        waitUntil(robot, () -> text("#connResult").startsWith("Deleted the vault's backups"));
        assertThat(context.session().vault().backups()).isEmpty();
        assertThat(robot.lookup("#connDeleteBackups").queryButton().isVisible()).isFalse();
        robot.clickOn(button(robot, "Close"));
    }

    @Test
    void changesTheMasterPasswordAndSettings() throws Exception {
        startApp();
        createVault("first master password");
        robot.clickOn("#settingsButton");
        waitFor(robot, "#pwCurrent");
        robot.clickOn("#pwCurrent").write("first master password");
        robot.clickOn("#pwNew").write("second master password");
        robot.clickOn("#pwRepeat").write("second master password");
        robot.clickOn("#pwChange");
        waitUntil(robot, () -> text("#pwResult").startsWith("The master password was changed"));
        robot.interact(() -> robot.lookup("#setTheme").<Theme>queryComboBox().setValue(Theme.DARK));
        screenshot(robot, robot.lookup("#pwCurrent").query(), "settings");
        robot.clickOn("#settingsSave");
        waitUntil(robot, () -> context.settings().current().theme() == Theme.DARK);
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("first master password");
        robot.clickOn("#unlock");
        waitUntil(robot, () -> robot.lookup("#unlockError").queryAs(Label.class).isVisible());
        assertThat(text("#unlockError")).startsWith("Wrong master password");
        // the wrong password is selected, so typing replaces it
        robot.write("second master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keysPane");
        waitFor(robot, "#vaultNotices");
        assertThat(text("#vaultNoticesText")).contains("1 wrong master password was tried since the last unlock");
        assertThat(context.settings().current().theme()).isEqualTo(Theme.DARK);

        stopApp();
        Path file = home.resolve("vault.keysmith");
        assertThatThrownBy(() -> TestVaults.fastStore().unlock(file, "first master password".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        TestVaults.fastStore().unlock(file, "second master password".toCharArray()).lock();
    }
}
