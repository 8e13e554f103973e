package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.hasButton;
import static org.keysmith.ui.UiTestSupport.screenshot;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.SubAccount;
import org.keysmith.service.settings.Settings;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.keys.table.KeyRow;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;
import javafx.scene.Node;

/** The whole create-key flow with the mouse, against the in-process sandbox, checked in the vault file. */
class CreateKeyWizardTest extends AppUiTest {

    @Test
    void createsAKeyEndToEnd() throws Exception {
        startApp();
        createVault("correct horse battery staple");
        robot.interact(() -> context.settings().update(
                s -> s.withClipboardClearSeconds(Settings.MIN_CLIPBOARD_CLEAR_SECONDS)));
        robot.clickOn("#createKeyButton");

        waitFor(robot, "#keyName");
        robot.clickOn("#keyName").write("e2ebot1");
        robot.clickOn("#keyDescription").write("grid bot on the VPS");
        screenshot(robot, robot.lookup("#keyName").query(), "wizard-1-name");
        robot.clickOn(button(robot, "Next"));

        waitFor(robot, "#subAccount");
        ComboBox<SubAccount> sub = robot.lookup("#subAccount").queryComboBox();
        waitUntil(robot, () -> !sub.getItems().isEmpty());
        robot.interact(() -> sub.setValue(sub.getItems().stream().filter(s -> s.name().equals("TradingDesk01"))
                .findFirst().orElseThrow()));
        screenshot(robot, sub, "wizard-2-type");
        robot.clickOn(button(robot, "Next"));

        waitFor(robot, "#permTrade");
        robot.clickOn("#permTrade");
        robot.clickOn("#ipAllowlist").write("127.0.0.1");
        robot.clickOn("#generatePassphrase");
        assertThat(robot.lookup("#ruleLENGTH").queryAs(Label.class).getText()).startsWith("✓");
        screenshot(robot, robot.lookup("#permTrade").query(), "wizard-3-permissions");
        robot.clickOn(button(robot, "Next"));

        waitFor(robot, "#createKey");
        assertThat(robot.lookup("#reviewName").queryAs(Label.class).getText()).isEqualTo("e2ebot1");
        assertThat(robot.lookup("#reviewSub-account").queryAs(Label.class).getText()).isEqualTo("TradingDesk01");
        assertThat(robot.lookup("#reviewPermissions").queryAs(Label.class).getText()).isEqualTo("Read, Trade");
        assertThat(hasButton(robot, "Next")).isFalse();
        screenshot(robot, robot.lookup("#createKey").query(), "wizard-4-review");
        robot.clickOn("#createKey");

        waitUntil(robot, () -> robot.lookup("#revealSecret").tryQuery()
                .map(n -> !((TextField) n).getText().isEmpty() && n.isVisible()).orElse(false));
        String secret = robot.lookup("#revealSecret").queryAs(TextField.class).getText();
        String apiKey = robot.lookup("#revealApiKey").queryAs(TextField.class).getText();
        assertThat(secret).matches("[0-9A-F]{32}");
        assertThat(hasButton(robot, "Previous")).isFalse();
        assertThat(robot.lookup("#revealSaved").queryAs(Label.class).getText()).isEqualTo("Saved to your vault.");
        assertThat(robot.lookup("#revealSaveProblem").queryAs(Label.class).isVisible()).isFalse();
        screenshot(robot, robot.lookup("#revealSecret").query(), "wizard-5-reveal");

        robot.clickOn("#copySecret");
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo(secret));
        assertThat(robot.lookup("#copyFeedback").queryAs(Label.class).getText())
                .contains("clears in " + Settings.MIN_CLIPBOARD_CLEAR_SECONDS + " s");
        waitUntil(robot, () -> !Clipboard.getSystemClipboard().hasString());

        Button finish = robot.lookup((Node n) -> n instanceof Button
                && ((Button) n).getText().strip().equals("Finish")).queryAs(Button.class);
        assertThat(finish.isDisabled()).isTrue();
        robot.clickOn("#storedConfirm");
        robot.clickOn(finish);

        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        waitUntil(robot, () -> table.getItems().stream().anyMatch(r -> r.name().equals("e2ebot1")));
        assertThat(context.sandbox().server().state().keyCount()).isEqualTo(2 + 5 + 1);

        stopApp();
        Vault v = TestVaults.fastStore().unlock(home.resolve("vault.keysmith"),
                "correct horse battery staple".toCharArray());
        ApiKeyEntry e = v.entries().get(0);
        assertThat(e.name()).isEqualTo("e2ebot1");
        assertThat(e.apiKey()).isEqualTo(apiKey);
        assertThat(new String(e.secretKey().chars())).isEqualTo(secret);
        assertThat(e.description()).isEqualTo("grid bot on the VPS");
        assertThat(e.ips().entries()).containsExactly("127.0.0.1");
        v.lock();
    }
}
