package org.keysmith.ui.keys.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Permission;
import org.keysmith.service.Deployments;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;

/** "Run a bot…" from the key menu, and the key details' slots and deployments. */
class RunBotDialogTest extends AppUiTest {
    private static final String MASTER = "a long master password";

    private String text(String id) {
        return robot.lookup(id).queryAs(TextArea.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheRunCommandAndASystemdUnitForTheKeysSlotAndCopiesThem() throws Exception {
        startApp();
        createVault(MASTER);
        ApiKeyEntry key = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("runui", "127.0.0.1", Permission.READ, Permission.TRADE)).entry();
        String secret = key.secretKey().exposeAsString();
        context.slots().set("gridbot", key.id());
        context.deployments().record(key, new Deployments.Use("gridbot@vps-fra1", "vps-fra1", "freqtrade",
                Deployment.Via.RUN, "started freqtrade"), AuditAction.KEY_DEPLOYED, "test");
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write(MASTER);
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
        TableView<?> table = robot.lookup("#keyTable").queryTableView();
        waitUntil(robot, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(robot, () -> robot.lookup("#detailDeployments").queryAs(Label.class).getText()
                .startsWith("gridbot@vps-fra1: freqtrade via run on vps-fra1"));
        assertThat(robot.lookup("#detailSlots").queryAs(Label.class).getText()).isEqualTo("gridbot");

        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "menuRunBot".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitFor(robot, "#runCommandLine");
        waitUntil(robot, () -> text("#runCommandLine").startsWith("keysmith run --key gridbot --as freqtrade"));
        assertThat(text("#runUnit")).contains("# /etc/systemd/system/gridbot.service",
                "LoadCredentialEncrypted=keysmith-master:/etc/credstore.encrypted/keysmith-master",
                "ExecStart=/opt/keysmith/bin/keysmith run --key gridbot --as freqtrade -- freqtrade trade");
        UiTestSupport.screenshot(robot, robot.lookup("#runBot").query(), "run-bot-dialog");

        robot.interact(() -> ((ComboBox<EnvFormat>) robot.lookup("#runFormat").query()).setValue(EnvFormat.CCXT));
        waitUntil(robot, () -> text("#runCommandLine").equals("keysmith run --key gridbot --as ccxt -- python3 "
                + "/home/trader/bot.py"));
        robot.interact(() -> ((ComboBox<String>) robot.lookup("#runKey").query()).setValue("runui"));
        waitUntil(robot, () -> text("#runCommandLine").startsWith("keysmith run --key runui --as ccxt"));
        assertThat(robot.lookup("#runNotes").queryAs(Label.class).getText()).contains("A slot follows rotations");

        robot.interact(() -> robot.lookup("#runUser").queryTextInputControl().setText("Not A User"));
        waitUntil(robot, () -> robot.lookup("#runProblem").queryAs(Label.class).getText().contains("user"));
        assertThat(robot.lookup("#runCopyCommand").query().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#runUser").queryTextInputControl().setText("trader"));
        waitUntil(robot, () -> !robot.lookup("#runCopyCommand").query().isDisabled());

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#runCopyCommand");
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .isEqualTo("keysmith run --key runui --as ccxt -- python3 /home/trader/bot.py"));
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#runCopyUnit");
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .contains("[Service]", "User=trader", "KillMode=mixed").doesNotContain(secret));
        Button close = UiTestSupport.button(robot, "Close");
        assertThat(close.getScene().getWindow().getHeight()).as("fits a small screen").isLessThan(760);
        robot.interact(close::fire);
        waitUntil(robot, () -> robot.lookup("#runCommandLine").tryQuery().isEmpty());
    }
}
