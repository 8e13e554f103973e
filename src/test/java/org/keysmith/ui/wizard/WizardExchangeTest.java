package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.keysmith.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.KeyStatus;
import org.keysmith.ui.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

/** What the exchange says back: refusals on the review page with nothing lost, lost answers, closing rules. */
class WizardExchangeTest extends AppUiTest {
    private final WizardDriver wizard = new WizardDriver(robot);

    private void toReview(String name) throws Exception {
        wizard.open();
        wizard.namePage(name);
        wizard.typePage("TradingDesk01");
        wizard.permissionsPage("127.0.0.1");
    }

    @Test
    void duplicateNameAndRateLimitAreExplainedAndNothingIsLost() throws Exception {
        startApp();
        createVault("a long master password");
        toReview("gridbot");
        wizard.create();
        wizard.waitForCreateError();
        assertThat(wizard.text("#createError")).contains("already has a key with that name");
        robot.clickOn("#editName");
        waitFor(robot, "#keyName");
        robot.interact(() -> robot.lookup("#keyName").queryTextInputControl().clear());
        robot.clickOn("#keyName").write("gridbot2");
        wizard.next();
        waitFor(robot, "#subAccount");
        wizard.next();
        waitFor(robot, "#permTrade");
        assertThat(robot.lookup("#ipAllowlist").queryTextInputControl().getText()).isEqualTo("127.0.0.1");
        wizard.next();
        waitFor(robot, "#createKey");
        assertThat(wizard.shown("#createError")).isFalse();
        context.sandbox().server().faults().tooManyRequests(1);
        wizard.create();
        wizard.waitForCreateError();
        assertThat(wizard.text("#createError")).contains("Too many requests");
        wizard.create();
        wizard.waitForReveal();
        assertThat(context.session().vault().entries()).extracting(e -> e.name()).containsExactly("gridbot2");
    }

    @Test
    void lostAnswerShowsSecretLostAndKeepsTheKeyForRevoking() throws Exception {
        startApp();
        createVault("a long master password");
        toReview("lostbot");
        context.sandbox().server().faults().dropAfterCreate(1);
        wizard.create();
        waitUntil(robot, () -> wizard.shown("#secretLost") && !wizard.text("#secretLost").isEmpty());
        assertThat(wizard.text("#secretLost")).contains("answer was lost").contains("revoke");
        assertThat(context.session().vault().entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(KeyStatus.SECRET_LOST));
    }

    @Test
    void cannotCloseWhileCreatingAndAsksBeforeLeavingTheReveal() throws Exception {
        startApp();
        createVault("a long master password");
        toReview("slowbot");
        context.sandbox().server().faults().latency(Duration.ofMillis(1500));
        Window dialog = robot.lookup("#createKey").query().getScene().getWindow();
        wizard.create();
        Button cancel = robot.lookup((Node n) -> n instanceof Button && ((Button) n).getText().strip().equals("Cancel")
                && n.isVisible()).queryAs(Button.class);
        assertThat(cancel.isDisabled()).isTrue();
        assertThat(robot.lookup("#createKey").query().isDisabled()).as("creating").isTrue();
        robot.interact(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isTrue();
        context.sandbox().server().faults().reset();
        wizard.waitForReveal();
        assertThat(UiTestSupport.hasButton(robot, "Cancel")).isFalse();
        // asynchronously: the confirmation runs a nested event loop until it is answered
        Platform.runLater(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(robot, () -> robot.lookup((Node n) -> n instanceof Button && ((Button) n).getText().equals("Stay"))
                .tryQuery().isPresent());
        robot.clickOn(button(robot, "Stay"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.shown("#revealSecret")).isTrue();
        Platform.runLater(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(robot, () -> robot.lookup((Node n) -> n instanceof Button && ((Button) n).getText().equals("Close"))
                .tryQuery().isPresent());
        robot.clickOn(button(robot, "Close"));
        waitUntil(robot, () -> !robot.lookup("#revealSecret").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(context.session().vault().entries()).extracting(e -> e.name()).containsExactly("slowbot");
    }
}
