package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.hasButton;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import javafx.scene.Node;

/** Every page's rules shown next to their field, Next disabled while a page is invalid, keyboard use. */
class WizardValidationTest extends AppUiTest {
    private final WizardDriver wizard = new WizardDriver(robot);

    private boolean nextEnabled() {
        return robot.lookup((Node n) -> n instanceof Button && ((Button) n).getText().strip().equals("Next")
                && n.isVisible()).queryAs(Button.class).isDisabled() == false;
    }

    @Test
    void everyPageShowsItsProblemsAndKeepsNextDisabledUntilFixed() throws Exception {
        startApp();
        createVault("a long master password");
        wizard.open();
        assertThat(nextEnabled()).isFalse();
        robot.clickOn("#keyName").write("my-bot!");
        assertThat(wizard.text("#keyNameError")).contains("only contain letters and digits").contains("'-'");
        assertThat(nextEnabled()).isFalse();
        robot.interact(() -> robot.lookup("#keyName").queryTextInputControl().clear());
        robot.clickOn("#keyName").write("abcdefghijk");
        assertThat(wizard.text("#keyNameError")).contains("11 characters").contains("at most 10");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(wizard.shown("#keyNameError")).isFalse();
        assertThat(nextEnabled()).isTrue();
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#subAccount");

        assertThat(nextEnabled()).isFalse();
        robot.clickOn("#newSubAccount");
        robot.clickOn("#newSubAccountName").write("bad_name");
        robot.clickOn("#createSubAccount");
        waitUntil(robot, () -> wizard.shown("#newSubAccountError"));
        assertThat(wizard.text("#newSubAccountError")).contains("letters and digits");
        robot.interact(() -> robot.lookup("#newSubAccountName").queryTextInputControl().clear());
        robot.clickOn("#newSubAccountName").write("Fresh0001");
        robot.clickOn("#newSubAccountLabel").write("Created from the wizard");
        robot.clickOn("#createSubAccount");
        waitUntil(robot, () -> robot.lookup("#subAccount").queryComboBox().getValue() != null);
        assertThat(robot.lookup("#subAccount").queryComboBox().getValue().toString()).startsWith("Fresh0001");
        assertThat(nextEnabled()).isTrue();
        wizard.next();
        waitFor(robot, "#permTrade");

        assertThat(robot.lookup("#permWithdraw").query().isDisabled()).isTrue();
        assertThat(wizard.text("#withdrawReason")).contains("59504");
        robot.clickOn("#permTrade");
        assertThat(wizard.shown("#idleWarning")).isTrue();
        String twentyOne = IntStream.range(0, 21).mapToObj(i -> "10.0.0." + i).collect(Collectors.joining(","));
        robot.interact(() -> robot.lookup("#ipAllowlist").queryTextInputControl().setText(twentyOne));
        assertThat(wizard.text("#ipCount")).isEqualTo("21 / 20");
        assertThat(wizard.text("#ipError")).contains("at most 20");
        robot.interact(() -> robot.lookup("#ipAllowlist").queryTextInputControl().setText("203.0.113.7, nonsense"));
        assertThat(wizard.text("#ipError")).contains("\"nonsense\"");
        robot.interact(() -> robot.lookup("#ipAllowlist").queryTextInputControl().setText("203.0.113.7"));
        assertThat(wizard.shown("#ipError")).isFalse();
        assertThat(wizard.shown("#idleWarning")).isFalse();
        robot.clickOn("#passphrase").write("short");
        assertThat(wizard.text("#passphraseError")).contains("5 characters").contains("8–32");
        assertThat(wizard.text("#ruleUPPER")).startsWith("○");
        robot.write("Abc1-");
        assertThat(wizard.shown("#passphraseError")).isFalse();
        assertThat(wizard.text("#ruleUPPER")).startsWith("✓");
        robot.clickOn("#showPassphrase");
        assertThat(wizard.text("#passphrase")).isEqualTo("shortAbc1-");
        assertThat(nextEnabled()).isTrue();
        UiTestSupport.screenshot(robot, robot.lookup("#passphrase").query(), "wizard-3-validation");
        wizard.next();
        waitFor(robot, "#createKey");
        assertThat(hasButton(robot, "Next")).isFalse();

        robot.clickOn("#editName");
        waitFor(robot, "#keyName");
        assertThat(robot.lookup("#keyName").queryTextInputControl().getText()).isEqualTo("abcdefghij");
    }
}
