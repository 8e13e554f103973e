package org.keysmith.ui.addkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.screenshot;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.common.SecretField;

/** "Add existing key" in the main window against the sandbox: refusals keep the fields, saves, website revoke. */
class AddExistingKeyTest extends AppUiTest {

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void fill(String name, ApiCredentials key, String passphrase) throws Exception {
        robot.clickOn("#addExistingButton");
        waitFor(robot, "#addName");
        robot.clickOn("#addName").write(name);
        robot.clickOn("#addApiKey").write(key.apiKey());
        robot.clickOn("#addSecret").write("typed");
        assertThat(robot.lookup("#addSecret").queryAs(SecretField.class).secretLength()).isZero();
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(key.secretKey().exposeAsString());
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#addPassphrase").write(passphrase);
    }

    private ApiKeyEntry entry(String name) {
        try {
            return vaultEntry(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiKeyEntry vaultEntry(String name) throws Exception {
        return context.session().vault().entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void addAMainAccountKeyAfterAWrongPassphraseThenRevokeItOnTheWebsite() throws Exception {
        startApp();
        createVault("a long master password");
        ApiCredentials web = SandboxTestKeys.mainKey(context.sandbox().server(),
                Permissions.of(Permission.READ, Permission.TRADE), "");
        fill("website", web, "Wrong-pass1");
        robot.clickOn("#addVerify");
        waitUntil(robot, () -> visible(robot, "#addError").isPresent());
        assertThat(text("#addError")).contains("passphrase is wrong").contains("50105");
        assertThat(robot.lookup("#addPassphrase").query().getStyleClass()).contains("field-invalid");
        assertThat(robot.lookup("#addName").queryTextInputControl().getText()).isEqualTo("website");
        assertThat(robot.lookup("#addSecret").queryAs(SecretField.class).secretLength())
                .isEqualTo(web.secretKey().length());
        assertThat(visible(robot, "#addSaveUnverified")).isEmpty();

        robot.interact(() -> robot.lookup("#addPassphrase").queryAs(SecretField.class).wipe());
        robot.clickOn("#addPassphrase").write(SandboxTestKeys.PASSPHRASE);
        assertThat(robot.lookup("#addSave").query().isDisabled()).isTrue();
        robot.clickOn("#addVerify");
        waitUntil(robot, () -> visible(robot, "#addReported").isPresent());
        assertThat(text("#addReported")).contains("main account").contains("Read, Trade");
        assertThat(text("#addWarnings")).contains("14 days");
        screenshot(robot, robot.lookup("#addReported").query(), "add-existing-key");
        robot.clickOn("#addSave");
        waitUntil(robot, () -> visible(robot, "#addName").isEmpty());
        waitUntil(robot, () -> text("#statusBar").startsWith("Added website, verified"));
        ApiKeyEntry saved = entry("website");
        assertThat(saved.status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(saved.secretKey().contentEquals(web.secretKey())).isTrue();

        waitUntil(robot, () -> robot.lookup("#keyTable").queryTableView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#keyTable").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#revokeButton");
        waitFor(robot, "#websiteRevokeDone");
        assertThat(robot.lookup("#websiteRevokeConfirm").query().isDisabled()).isTrue();
        robot.clickOn("#websiteRevokeDone");
        robot.clickOn("#websiteRevokeConfirm");
        waitUntil(robot, () -> entry("website").status() == KeyStatus.REVOKED);
        assertThat(entry("website").hasSecret()).isFalse();
    }

    @Test
    void anIpBoundKeyIsSavedUnverifiedAndASubAccountKeyFindsItsSubAccount() throws Exception {
        startApp();
        createVault("a long master password");
        ApiCredentials bound = SandboxTestKeys.mainKey(context.sandbox().server(), Permissions.readOnly(),
                "203.0.113.9");
        fill("bound", bound, SandboxTestKeys.PASSPHRASE);
        robot.clickOn("#addVerify");
        waitUntil(robot, () -> visible(robot, "#addSaveUnverified").isPresent());
        assertThat(text("#addError")).contains("50110");
        robot.clickOn("#addSaveUnverified");
        waitUntil(robot, () -> text("#statusBar").startsWith("Added bound, not verified"));
        assertThat(entry("bound").status()).isEqualTo(KeyStatus.UNVERIFIED);

        ApiCredentials sub = SandboxTestKeys.subKey(context.sandbox().server(), Permissions.readOnly(), "");
        fill("subkey", sub, SandboxTestKeys.PASSPHRASE);
        robot.clickOn("#addVerify");
        waitUntil(robot, () -> visible(robot, "#addReported").isPresent());
        assertThat(text("#addReported")).contains("sub-account TradingDesk01");
        robot.clickOn("#addSave");
        waitUntil(robot, () -> text("#statusBar").startsWith("Added subkey"));
        assertThat(entry("subkey").subAccount()).isEqualTo("TradingDesk01");
    }
}
