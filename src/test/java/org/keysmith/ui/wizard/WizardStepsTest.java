package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitFor;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.keysmith.ui.AppUiTest;

/**
 * The step numbers come from the pages' order (they were written into each page), and each Edit link on the review
 * page goes back to the page its value was entered on (it used to go back a hard-coded number of pages).
 */
class WizardStepsTest extends AppUiTest {
    private final WizardDriver wizard = new WizardDriver(robot);

    private String counter() {
        return ((Label) visible(robot, "#stepCounter").orElseThrow()).getText();
    }

    /** Clicks an Edit link, checks the page it opens, and comes back to the review with Next. */
    private void editGoesBackTo(String link, String field, String step, int nextsToReview) throws Exception {
        robot.clickOn(link);
        waitFor(robot, field);
        assertThat(counter()).as(link).isEqualTo(step);
        for (int i = 0; i < nextsToReview; i++) {
            wizard.next();
        }
        waitFor(robot, "#createKey");
        assertThat(counter()).isEqualTo("Step 4 of 5");
    }

    @Test
    void stepsAreNumberedInPageOrderAndEditLinksGoBackToTheirPage() throws Exception {
        startApp();
        createVault("a long master password");
        wizard.open();
        assertThat(counter()).isEqualTo("Step 1 of 5");
        wizard.namePage("stepbot");
        assertThat(counter()).isEqualTo("Step 2 of 5");
        wizard.typePage("TradingDesk01");
        assertThat(counter()).isEqualTo("Step 3 of 5");
        wizard.permissionsPage("127.0.0.1");
        assertThat(counter()).isEqualTo("Step 4 of 5");

        editGoesBackTo("#editPermissions", "#permTrade", "Step 3 of 5", 1);
        editGoesBackTo("#editIPallowlist", "#ipAllowlist", "Step 3 of 5", 1);
        editGoesBackTo("#editSub-account", "#subAccount", "Step 2 of 5", 2);
        editGoesBackTo("#editType", "#subAccount", "Step 2 of 5", 2);
        editGoesBackTo("#editName", "#keyName", "Step 1 of 5", 3);
        assertThat(visible(robot, "#editExchange")).isEmpty();

        wizard.create();
        wizard.waitForReveal();
        assertThat(counter()).isEqualTo("Step 5 of 5");
    }
}
