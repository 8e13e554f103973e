package org.keysmith.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the unlock has to say reaches the user: wrong passwords on the unlock screen, the back-off after too many
 * of them, and, once unlocked, the vault's notices (here: the wrong passwords tried since the last unlock), which
 * only the command line printed before.
 */
class UnlockNoticesTest extends AppUiTest {
    private static final String PASSWORD = "a long master password";

    private String error() {
        return robot.lookup("#unlockError").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Types {@code password} and presses Unlock in one go (typing key by key could outlast a short back-off). */
    private void tryUnlock(String password) throws Exception {
        robot.interact(() -> {
            TextInputControl field = robot.lookup("#masterPassword").queryAs(TextInputControl.class);
            field.replaceText(0, field.getLength(), password);
            robot.lookup("#unlock").queryAs(Button.class).fire();
        });
        waitUntil(robot, () -> visible(robot, "#keysPane").isPresent() || !error().isEmpty());
    }

    @Test
    void wrongPasswordsBackOffAndAreReportedAfterTheUnlock() throws Exception {
        startApp();
        createVault(PASSWORD);
        assertThat(visible(robot, "#vaultNotices")).as("nothing to report after creating the vault").isEmpty();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");

        for (int i = 0; i < 3; i++) {
            tryUnlock("not the password " + i);
            assertThat(error()).startsWith("Wrong master password");
        }
        tryUnlock(PASSWORD);
        Instant refused = Instant.now();
        Matcher wait = Pattern.compile("Wait (\\d+) second").matcher(error());
        assertThat(error()).startsWith("Too many wrong master passwords in a row");
        assertThat(wait.find()).as(error()).isTrue();
        assertThat(visible(robot, "#keysPane")).isEmpty();
        UiTestSupport.screenshot(robot, robot.lookup("#unlockPane").query(), "unlock-back-off");

        // the back-off is measured on the wall clock: wait it out, then the right password opens the vault
        Instant allowed = refused.plusSeconds(Long.parseLong(wait.group(1)));
        WaitForAsyncUtils.waitFor(70, TimeUnit.SECONDS, () -> Instant.now().isAfter(allowed));
        tryUnlock(PASSWORD);
        assertThat(visible(robot, "#unlockError")).as("after the back-off: %s", error()).isEmpty();
        waitFor(robot, "#keysPane");
        waitFor(robot, "#vaultNotices");
        assertThat(robot.lookup("#vaultNoticesText").queryAs(Label.class).getText())
                .contains("3 wrong master passwords were tried since the last unlock")
                .contains("If that was not you").containsPattern("the last at \\S+T\\d\\d:\\d\\d:\\d\\dZ \\(UTC\\)");
        UiTestSupport.screenshot(robot, robot.lookup("#keysPane").query(), "unlock-notices");
        robot.clickOn("#vaultNoticesDismiss");
        waitUntil(robot, () -> visible(robot, "#vaultNotices").isEmpty());

        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        tryUnlock(PASSWORD);
        waitFor(robot, "#keysPane");
        assertThat(visible(robot, "#vaultNotices")).as("no wrong password since the last unlock").isEmpty();
    }
}
