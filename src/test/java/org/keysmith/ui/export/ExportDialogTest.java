package org.keysmith.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.service.export.ExportService;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import org.keysmith.ui.common.Background;

/** Export from the key list to the clipboard, and to a file, against the sandbox. */
class ExportDialogTest extends AppUiTest {

    private String result() {
        return robot.lookup("#exportResult").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportToTheClipboardFromTheMenuAndToAnOwnerOnlyFile() throws Exception {
        var stage = startApp();
        createVault("a long master password");
        ApiKeyEntry key = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("expui", "127.0.0.1", Permission.READ, Permission.TRADE)).entry();
        String secret = key.secretKey().exposeAsString();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
        TableView<?> table = robot.lookup("#keyTable").queryTableView();
        waitUntil(robot, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "menuExport".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitFor(robot, "#exportFormat");
        assertThat(robot.lookup("#exportCopy").query().isDisabled()).isTrue();
        robot.interact(() -> ((ComboBox<ExportFormat>) robot.lookup("#exportFormat").query()).setValue(ExportFormat.ENV));
        robot.clickOn("#exportPassword").write("wrong password");
        robot.clickOn("#exportCopy");
        waitUntil(robot, () -> result().startsWith("Wrong master password"));
        robot.interact(() -> robot.lookup("#exportPassword").queryAs(org.keysmith.ui.common.SecretField.class).wipe());
        robot.clickOn("#exportPassword").write("a long master password");
        robot.clickOn("#exportCopy");
        waitUntil(robot, () -> result().startsWith("Copied"));
        UiTestSupport.screenshot(robot, robot.lookup("#exportResult").query(), "export-dialog");
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .contains("OKX_API_SECRET='" + secret + "'"));

        robot.clickOn(UiTestSupport.button(robot, "Close"));
        waitUntil(robot, () -> robot.lookup("#exportPassword").tryQuery().isEmpty());
        Path file = home.resolve("freqtrade.json");
        robot.interact(() -> new ExportDialog(new ExportService(context.keys(), context.connections(),
                context.session()), context.clipboard(), new Background(context.executor()),
                (w, name) -> Optional.of(file)).show(stage, key));
        waitFor(robot, "#exportPassword");
        robot.clickOn("#exportPassword").write("a long master password");
        robot.clickOn("#exportSave");
        waitUntil(robot, () -> Files.exists(file));
        assertThat(Files.readString(file)).contains("\"secret\" : \"" + secret + "\"");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
