package org.keysmith.ui.keys;

import org.keysmith.ui.keys.table.KeyRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.screenshot;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import org.keysmith.ui.wizard.WizardTestDriver;
import java.time.Clock;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;

/** The main window's life cycle against the in-process sandbox, as the main-window issue describes it. */
class MainWindowFlowTest extends AppUiTest {

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    private String status() {
        return robot.lookup("#statusBar").queryAs(Label.class).getText();
    }

    private void select(String name) throws Exception {
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow()));
    }

    private KeyRow row(String name) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createVerifyCopyEditRevokeSyncLockUnlock() throws Exception {
        startApp();
        createVault("a long master password");
        new WizardTestDriver(robot).createKey("flow1", "TradingDesk01", "127.0.0.1");
        select("flow1");
        screenshot(robot, table(), "main-window");

        robot.clickOn("#verifyButton");
        waitUntil(robot, () -> status().startsWith("Verified flow1"));
        assertThat(status()).contains("Read, Trade").contains("127.0.0.1");
        assertThat(row("flow1").lastVerified()).isNotNull();
        waitUntil(robot, () -> robot.lookup("#keyHistory").queryListView().getItems().stream()
                .anyMatch(l -> l.toString().contains("verified")));

        robot.clickOn("#keyTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT,
                KeyCode.CONTROL);
        waitFor(robot, "#confirmPassword");
        assertThat(robot.lookup("#confirmPassword").query().isFocused()).isTrue();
        robot.clickOn("#confirmPassword").write("a long master password");
        robot.clickOn(button(robot, "Continue"));
        waitUntil(robot, () -> status().startsWith("Secret key of flow1 copied"));
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .isEqualTo(new String(context.session().vault().entries().get(0).secretKey().chars())));

        robot.clickOn("#keyTable").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(robot, "#editDescription");
        robot.interact(() -> robot.lookup("#editDescription").queryTextInputControl().setText("now on server B"));
        robot.clickOn("#editTrade");
        robot.clickOn("#editSave");
        waitUntil(robot, () -> status().startsWith("Saved flow1"));
        assertThat(row("flow1").permissions()).isEqualTo("Read");
        assertThat(row("flow1").entry().description()).isEqualTo("now on server B");

        robot.clickOn("#revokeButton");
        waitFor(robot, "#revokeConfirmName");
        assertThat(robot.lookup("#revokeExplanation").queryAs(Label.class).getText())
                .contains("will delete this key").contains("on OKX").contains("removed from the vault file")
                .contains("vault.keysmith.bak1 to .bak3").contains("still hold them").doesNotContain("wiped");
        assertThat(robot.lookup("#revokeConfirm").query().isDisabled()).isTrue();
        robot.clickOn("#revokeConfirmName").write("flow1");
        screenshot(robot, robot.lookup("#revokeConfirmName").query(), "revoke-dialog");
        robot.clickOn("#revokeConfirm");
        waitUntil(robot, () -> row("flow1").entry().status() == KeyStatus.REVOKED);
        assertThat(row("flow1").entry().hasSecret()).isFalse();

        context.sandbox().server().state();
        OkxClients clients = new OkxClients("t", Clock.systemUTC(),
                RateLimiter.disabled(), Sleeper.REAL);
        clients.forConnection(context.sandbox().connection()).createApiKey(new CreateApiKeyRequest("Research03",
                "madeelsewhere", Secret.copyOf("Web-pass1".toCharArray()), "read_only", null));
        clients.close();
        robot.clickOn("#syncButton");
        waitFor(robot, "#syncReport");
        assertThat(robot.lookup("#syncUnknown").queryAs(Label.class).getText()).contains("madeelsewhere (Research03)");
        screenshot(robot, robot.lookup("#syncReport").query(), "sync-report");
        robot.clickOn("#syncAddUnknown");
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals("madeelsewhere")));

        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("wrong one");
        robot.type(KeyCode.ENTER);
        waitUntil(robot, () -> robot.lookup("#unlockError").queryAs(Label.class).isVisible());
        robot.write("a long master password").type(KeyCode.ENTER);
        waitFor(robot, "#keysPane");
        waitUntil(robot, () -> table().getItems().size() == 1 + 6);
        UiTestSupport.screenshot(robot, table(), "main-window-after-sync");
    }
}
