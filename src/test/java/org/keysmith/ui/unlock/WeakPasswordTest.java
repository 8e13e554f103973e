package org.keysmith.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.ui.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

/** Security review M5: the first-start form and the password change refuse weak master passwords. */
class WeakPasswordTest extends AppUiTest {
    private static final String WEAK = "passwordpassword";

    /** Shown on screen: the node and every parent visible (a hidden box hides its children). */
    private boolean shownNow(String id) {
        return robot.lookup(id).tryQuery().map(n -> {
            boolean all = n.getScene() != null;
            for (Node p = n; p != null && all; p = p.getParent()) {
                all = p.isVisible();
            }
            return all;
        }).orElse(false);
    }

    private boolean shown(String id) {
        boolean[] out = new boolean[1];
        robot.interact(() -> out[0] = shownNow(id));
        return out[0];
    }

    private void waitShown(String id) throws Exception {
        waitUntil(robot, () -> shownNow(id));
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void typeNewVaultPassword(String password) {
        robot.clickOn("#newPassword").write(password);
        robot.clickOn("#repeatPassword").write(password);
    }

    @Test
    void firstStartRefusesAWeakPasswordUntilTheUserTicksTheBoxAndTypesThePhrase() throws Exception {
        startApp();
        waitFor(robot, "#createVaultPane");
        assertThat(shown("#createVaultKeepWeak")).isFalse();
        typeNewVaultPassword(WEAK);

        robot.clickOn("#createVault");
        waitShown("#createVaultWeakReason");
        assertThat(text("#createVaultWeakReason")).contains("too weak").contains("easy to guess")
                .doesNotContain(WEAK);
        assertThat(shown("#createVaultKeepWeakConfirm")).isFalse();
        assertThat(context.session().isUnlocked()).isFalse();

        robot.clickOn("#createVault");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.session().isUnlocked()).isFalse();

        robot.clickOn("#createVaultKeepWeak");
        waitShown("#createVaultKeepWeakConfirm");
        robot.clickOn("#createVaultKeepWeakConfirm").write("yes");
        robot.clickOn("#createVault");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.session().isUnlocked()).isFalse();
        assertThat(context.session().exists()).isFalse();
        assertThat(text("#createVaultWeakReason")).contains("Type the phrase exactly");

        robot.interact(() -> robot.lookup("#createVaultKeepWeakConfirm").queryTextInputControl().clear());
        robot.clickOn("#createVaultKeepWeakConfirm").write(PasswordPolicy.OVERRIDE_PHRASE);
        robot.clickOn("#createVault");
        waitFor(robot, "#keysPane");
        assertThat(context.session().isUnlocked()).isTrue();
    }

    @Test
    void editingTheRefusedPasswordTakesTheOverrideAwayAgain() throws Exception {
        startApp();
        waitFor(robot, "#createVaultPane");
        typeNewVaultPassword("short");
        robot.clickOn("#createVault");
        waitShown("#createVaultKeepWeak");
        assertThat(text("#createVaultWeakReason")).contains("It has 5 characters");
        robot.clickOn("#createVaultKeepWeak");
        assertThat(robot.lookup("#createVaultKeepWeak").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#newPassword").write("x");
        waitUntil(robot, () -> !shownNow("#createVaultKeepWeak"));
        assertThat(robot.lookup("#createVaultKeepWeak").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(context.session().isUnlocked()).isFalse();
    }

    @Test
    void thePasswordChangeRefusesAWeakNewPasswordAndSaysWhy() throws Exception {
        startApp();
        createVault("a long master password");
        robot.clickOn("#settingsButton");
        waitFor(robot, "#pwCurrent");
        robot.clickOn("#pwCurrent").write("a long master password");
        robot.clickOn("#pwNew").write("Summer2024");
        robot.clickOn("#pwRepeat").write("Summer2024");

        robot.clickOn("#pwChange");
        waitShown("#pwWeakReason");
        assertThat(text("#pwWeakReason")).contains("It has 10 characters").contains("at least 12")
                .doesNotContain("Summer2024");
        assertThat(text("#pwResult")).isEmpty();

        robot.clickOn("#pwKeepWeak");
        waitShown("#pwKeepWeakConfirm");
        robot.clickOn("#pwKeepWeakConfirm").write(PasswordPolicy.OVERRIDE_PHRASE);
        robot.clickOn("#pwChange");
        waitUntil(robot, () -> text("#pwResult").startsWith("The master password was changed"));
    }
}
