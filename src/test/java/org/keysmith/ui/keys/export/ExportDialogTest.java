package org.keysmith.ui.keys.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.service.export.ExportService;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import org.keysmith.ui.common.Background;
import javafx.scene.Node;
import org.keysmith.ui.common.SecretWindows;

/** "Export…" from the key menu: plaintext warning, master password, clipboard; and saving owner-only to a file. */
class ExportDialogTest extends AppUiTest {
    private static final String MASTER = "a long master password";

    private String result() {
        return robot.lookup("#exportResult").queryAs(Label.class).getText();
    }

    private boolean passwordEmpty() {
        return robot.lookup("#exportPassword").queryTextInputControl().getLength() == 0;
    }

    private String secret;

    /** A vault with one Sandbox key, shown (and selected) in the key list after a lock and unlock; returns it. */
    private ApiKeyEntry vaultWithOneKey() throws Exception {
        createVault(MASTER);
        ApiKeyEntry created = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("expui", "127.0.0.1", Permission.READ, Permission.TRADE)).entry();
        secret = created.secretKey().exposeAsString();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write(MASTER);
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
        TableView<?> table = robot.lookup("#keyTable").queryTableView();
        waitUntil(robot, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        return context.keys().entries().get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fromTheKeyMenuToTheClipboardWithTheMasterPasswordAgain() throws Exception {
        startApp();
        vaultWithOneKey();
        TableView<?> table = robot.lookup("#keyTable").queryTableView();
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "menuExport".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitFor(robot, "#exportFormat");
        assertThat(robot.lookup("#exportWarning").queryAs(Label.class).getText()).contains("PLAIN TEXT");
        assertThat(robot.lookup("#exportCopy").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#exportSave").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#exportPrefix").query().getParent().isVisible()).as("prefix only for .env").isFalse();

        robot.interact(() -> ((ComboBox<ExportFormat>) robot.lookup("#exportFormat").query()).setValue(
                ExportFormat.ENV));
        waitUntil(robot, () -> robot.lookup("#exportPrefix").query().getParent().isVisible());
        robot.interact(() -> robot.lookup("#exportPrefix").queryTextInputControl().setText("BOT1_OKX_"));
        assertThat(robot.lookup((Node n) -> n instanceof Label
                && ((Label) n).getText().startsWith("Variables: BOT1_OKX_API_KEY")).tryQuery()).isPresent();

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#exportPassword").write("wrong password");
        robot.clickOn("#exportCopy");
        waitUntil(robot, () -> result().startsWith("Wrong master password"));
        assertThat(passwordEmpty()).isTrue();
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().hasString()).isFalse());

        robot.interact(() -> robot.lookup("#exportDeployment").queryTextInputControl().setText("hb-desk"));
        robot.clickOn("#exportPassword").write(MASTER);
        robot.clickOn("#exportCopy");
        waitUntil(robot, () -> result().startsWith("Copied"));
        assertThat(context.session().vault().deployments()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("hb-desk");
            assertThat(d.via()).isEqualTo(Deployment.Via.EXPORT);
            assertThat(d.consumer()).isEqualTo("env");
            assertThat(d.toString()).doesNotContain(secret);
        });
        UiTestSupport.screenshot(robot, robot.lookup("#exportResult").query(), "export-dialog");
        assertThat(passwordEmpty()).isTrue();
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .contains("BOT1_OKX_API_SECRET='" + secret + "'").contains("PLAINTEXT"));
        assertThat(context.session().vault().audit()).anyMatch(a -> a.action() == AuditAction.KEY_EXPORTED
                && a.detail().contains("env") && a.detail().contains("the clipboard"));
        assertThat(context.session().vault().audit().toString()).doesNotContain(secret);

        robot.clickOn(UiTestSupport.button(robot, "Close"));
        waitUntil(robot, () -> robot.lookup("#exportPassword").tryQuery().isEmpty());
    }

    @Test
    void savesOwnerOnlyAndAsksBeforeReplacingAFile() throws Exception {
        Stage stage = startApp();
        ApiKeyEntry key = vaultWithOneKey();
        Path file = home.resolve("config-okx.json");
        robot.interact(() -> new ExportDialog(new ExportService(context.keys(), context.connections(),
                context.deployments()), context.clipboard(), new Background(context.executor()),
                (w, format) -> Optional.of(file), new SecretWindows()).show(stage, key));
        waitFor(robot, "#exportPassword");
        robot.clickOn("#exportPassword").write(MASTER);
        robot.clickOn("#exportSave");
        waitUntil(robot, () -> result().startsWith("Saved to " + file));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        var json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build()
                .readTree(Files.readString(file));
        assertThat(json.at("/exchange/secret").asText()).isEqualTo(secret);
        assertThat(json.at("/exchange/key").asText()).isEqualTo(key.apiKey());

        Files.writeString(file, "my own config");
        robot.clickOn("#exportPassword").write(MASTER);
        robot.clickOn("#exportSave");
        waitFor(robot, "#exportReplace");
        robot.clickOn(UiTestSupport.button(robot, "Cancel"));
        assertThat(Files.readString(file)).isEqualTo("my own config");
        assertThat(passwordEmpty()).as("the typed password stays for another choice").isFalse();

        robot.clickOn("#exportSave");
        waitFor(robot, "#exportReplace");
        robot.clickOn("#exportReplace");
        waitUntil(robot, () -> result().startsWith("Saved to"));
        assertThat(Files.readString(file)).contains(secret);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(context.session().vault().audit().stream().filter(a -> a.action() == AuditAction.KEY_EXPORTED))
                .hasSize(2).allMatch(a -> a.detail().contains("file " + file));
    }
}
