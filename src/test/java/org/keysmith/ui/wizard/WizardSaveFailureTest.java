package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.keysmith.app.TestContexts;
import org.keysmith.domain.KeyStatus;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.FailingVaultFiles;
import org.keysmith.ui.UiTestSupport;

/**
 * D4: a key created while the vault cannot be saved is never reported "Saved to your vault.": the reveal page says
 * it is not saved and why, and the main window's banner keeps saying so after the wizard closes, until a save
 * works.
 */
class WizardSaveFailureTest extends AppUiTest {
    private final FailingVaultFiles files = new FailingVaultFiles();

    @Test
    void aKeyWhoseSaveFailedIsNotCalledSavedAndTheBannerStays() throws Exception {
        startApp(TestContexts.context(home, files));
        createVault("a long master password");
        WizardDriver wizard = new WizardDriver(robot);
        wizard.open();
        wizard.namePage("unsaved1");
        wizard.typePage("TradingDesk01");
        wizard.permissionsPage("127.0.0.1");
        // the "being created" record is saved before OKX is asked; the save of the created key fails
        files.failAfter(1);
        wizard.create();
        wizard.waitForReveal();

        assertThat(wizard.text("#revealSaveProblem")).startsWith("Not saved to your vault")
                .contains("No space left on device");
        assertThat(robot.lookup("#revealSaved").queryAs(Label.class).getText()).isEmpty();
        assertThat(wizard.shown("#revealSaved")).isFalse();
        assertThat(visible(robot, "#saveProblemBanner")).isPresent();
        UiTestSupport.screenshot(robot, robot.lookup("#revealSecret").query(), "wizard-reveal-not-saved");

        robot.clickOn("#storedConfirm");
        wizard.finish();
        waitUntil(robot, () -> robot.lookup("#revealSecret").tryQuery().isEmpty());
        assertThat(visible(robot, "#saveProblemBanner")).isPresent();
        assertThat(context.session().vault().entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(KeyStatus.ACTIVE));

        files.work();
        robot.clickOn("#saveProblemRetry");
        waitUntil(robot, () -> visible(robot, "#saveProblemBanner").isEmpty());
        assertThat(context.session().vault().hasUnsavedChanges()).isFalse();
    }
}
