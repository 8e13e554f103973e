package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.ui.AppUiTest;
import javafx.stage.Window;

/**
 * A lock while the wizard is open: on the reveal page it closes the wizard, wipes the revealed secret and clears
 * the clipboard that Ctrl+C filled (through ClipboardService, M1); during
 * the create call it closes the wizard at once, shows "Locking: finishing…" until the key is saved, and the key is
 * in the vault afterwards with its secret (never an orphan on the exchange).
 */
class LockDuringWizardTest extends AppUiTest {
    private static final String MASTER = "a long master password";

    private void lockFromOutside() {
        context.executor().execute(context.session()::lock);
    }

    @Test
    void aLockClosesTheWizardOnItsRevealPageAndWipesTheSecret() throws Exception {
        startApp();
        createVault(MASTER);
        WizardDriver wizard = new WizardDriver(robot);
        wizard.open();
        wizard.namePage("revealed1");
        wizard.typePage("TradingDesk01");
        wizard.permissionsPage("127.0.0.1");
        wizard.create();
        wizard.waitForReveal();
        TextField secret = robot.lookup("#revealSecret").queryAs(TextField.class);
        TextField passphrase = robot.lookup("#revealPassphrase").queryAs(TextField.class);
        String shown = secret.getText();
        robot.clickOn(secret);
        robot.interact(secret::selectAll);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        waitUntil(robot, () -> shown.equals(Clipboard.getSystemClipboard().getString()));
        Window window = secret.getScene().getWindow();
        lockFromOutside();
        waitFor(robot, "#unlockPane");
        waitUntil(robot, () -> !Clipboard.getSystemClipboard().hasString());
        assertThat(window.isShowing()).isFalse();
        assertThat(secret.getText()).isEmpty();
        assertThat(passphrase.getText()).isEmpty();
    }

    @Test
    void aLockDuringTheCreateWaitsForItAndTheKeyIsSaved() throws Exception {
        startApp();
        createVault(MASTER);
        WizardDriver wizard = new WizardDriver(robot);
        wizard.open();
        wizard.namePage("inflight1");
        wizard.typePage("TradingDesk01");
        wizard.permissionsPage("127.0.0.1");
        context.sandbox().server().faults().latency(Duration.ofMillis(1500));
        wizard.create();
        waitUntil(robot, () -> robot.lookup("#createKey").tryQuery().map(n -> n.isDisabled()).orElse(false));
        Window window = robot.lookup("#createKey").query().getScene().getWindow();
        lockFromOutside();
        waitFor(robot, "#lockingPane");
        assertThat(window.isShowing()).as("wizard closed at once").isFalse();
        waitFor(robot, "#unlockPane");
        context.sandbox().server().faults().reset();
        waitUntil(robot, () -> robot.lookup("#unlockNotice").queryAs(Label.class).getText()
                .contains("\"inflight1\" was created while the wizard was closing, and saved"));
        robot.clickOn("#masterPassword").write(MASTER);
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
        ApiKeyEntry saved = context.session().vault().entries().stream().filter(e -> e.name().equals("inflight1"))
                .findFirst().orElseThrow();
        assertThat(saved.status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(saved.hasSecret()).isTrue();
    }
}
