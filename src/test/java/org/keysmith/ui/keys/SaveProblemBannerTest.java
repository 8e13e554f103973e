package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.keysmith.app.TestContexts;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.FailingVaultFiles;
import org.keysmith.ui.UiTestSupport;

/**
 * D4: when the vault cannot be saved, the main window says so and keeps saying so until a save works or the user
 * dismisses it; a background save's failure used to be only logged, and a change's only passed through the status
 * line.
 */
class SaveProblemBannerTest extends AppUiTest {
    private final FailingVaultFiles files = new FailingVaultFiles();

    private boolean bannerShown() {
        return visible(robot, "#saveProblemBanner").isPresent();
    }

    private String bannerText() {
        return robot.lookup("#saveProblemText").queryAs(Label.class).getText();
    }

    @Test
    void aFailedBackgroundSaveStaysVisibleUntilTryAgainSaves() throws Exception {
        startApp(TestContexts.context(home, files));
        createVault("a long master password");
        assertThat(bannerShown()).isFalse();

        files.fail();
        context.session().record(AuditAction.KEY_EXPORTED, null, "exported while the disk was full");
        waitUntil(robot, this::bannerShown);
        assertThat(bannerText()).startsWith("Not saved to your vault").contains("No space left on device")
                .contains("locking or closing Keysmith before then loses them");
        UiTestSupport.screenshot(robot, robot.lookup("#keysPane").query(), "save-problem-banner");

        robot.clickOn("#saveProblemRetry");
        waitUntil(robot, () -> bannerText().startsWith("Still not saved"));
        assertThat(bannerShown()).isTrue();
        assertThat(context.session().vault().hasUnsavedChanges()).isTrue();

        files.work();
        robot.clickOn("#saveProblemRetry");
        waitUntil(robot, () -> !bannerShown());
        assertThat(context.session().saveProblem()).isEmpty();
        assertThat(context.session().vault().hasUnsavedChanges()).isFalse();
    }

    @Test
    void dismissHidesItUntilTheNextFailureAndASaveThatWorksClearsIt() throws Exception {
        startApp(TestContexts.context(home, files));
        createVault("a long master password");
        files.fail();
        assertThatThrownBy(() -> context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("unsaved1", "", Permission.READ))).hasMessageContaining("could not be saved");
        waitUntil(robot, this::bannerShown);

        robot.clickOn("#saveProblemDismiss");
        waitUntil(robot, () -> !bannerShown());
        context.session().record(AuditAction.KEY_EXPORTED, null, "another event the disk refuses");
        waitUntil(robot, this::bannerShown);

        files.work();
        context.session().record(AuditAction.KEY_EXPORTED, null, "saved once the disk has room");
        waitUntil(robot, () -> !bannerShown());
        assertThat(context.session().vault().hasUnsavedChanges()).isFalse();
    }
}
