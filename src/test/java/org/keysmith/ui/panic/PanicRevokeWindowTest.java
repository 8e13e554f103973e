package org.keysmith.ui.panic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;

/** "Panic revoke…" from the main window: the plan, one click, a line per key, every key revoked. */
class PanicRevokeWindowTest extends AppUiTest {

    @Test
    void showsThePlanThenRevokesEveryLiveKey() throws Exception {
        Stage main = startApp();
        createVault("a long master password");
        String a = ((CreateResult.Created) context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("panic1", "", Permission.READ))).entry().id();
        String b = ((CreateResult.Created) context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("panic2", "", Permission.READ))).entry().id();

        robot.clickOn("#panicRevokeButton");
        waitFor(robot, "#panicStart");
        Button start = robot.lookup("#panicStart").queryButton();
        Label status = robot.lookup("#panicStatus").queryAs(Label.class);
        ListView<String> lines = robot.lookup("#panicLines").queryListView();
        assertThat(((Stage) start.getScene().getWindow()).getOwner()).isSameAs(main);
        waitUntil(robot, () -> !start.isDisabled());
        assertThat(start.getText()).isEqualTo("Revoke 2 key(s)");
        assertThat(lines.getItems()).anyMatch(l -> l.contains("panic1")).anyMatch(l -> l.contains("panic2"));
        assertThat(context.keys().entry(a).status()).as("nothing sent before the click").isEqualTo(KeyStatus.ACTIVE);

        robot.clickOn("#panicStart");
        waitUntil(robot, () -> status.getText().contains("2 revoked"));
        assertThat(lines.getItems()).contains("panic1: revoked", "panic2: revoked");
        assertThat(context.keys().entry(a).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(context.keys().entry(b).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(canTransOut("TradingDesk01")).as("the freeze is off unless ticked").isTrue();
    }

    @Test
    void theFreezeChoiceIsOffByDefaultAndFreezesTheSubAccountWhenTicked() throws Exception {
        startApp();
        createVault("a long master password");
        context.keys().create(context.sandbox().connection(), ServiceFixture.request("panic3", "", Permission.READ));

        robot.clickOn("#panicRevokeButton");
        waitFor(robot, "#panicStart");
        Button start = robot.lookup("#panicStart").queryButton();
        waitUntil(robot, () -> !start.isDisabled());
        CheckBox freeze = robot.lookup("#panicFreeze").queryAs(CheckBox.class);
        ListView<String> lines = robot.lookup("#panicLines").queryListView();
        assertThat(freeze.isVisible()).isTrue();
        assertThat(freeze.isSelected()).as("an explicit choice").isFalse();
        assertThat(freeze.getText()).contains("this sub-account").contains("website");
        assertThat(lines.getItems()).noneMatch(l -> l.startsWith("Freeze"));

        robot.clickOn("#panicFreeze");
        String connection = context.sandbox().connection().name();
        assertThat(lines.getItems().get(0)).isEqualTo("Freeze   transfers out of sub-account TradingDesk01 on "
                + connection);
        Label status = robot.lookup("#panicStatus").queryAs(Label.class);
        robot.clickOn("#panicStart");
        waitUntil(robot, () -> status.getText().contains("1 revoked"));
        assertThat(status.getText()).contains("Transfers out frozen on 1 sub-account(s).");
        assertThat(lines.getItems()).anyMatch(l -> l.endsWith("TradingDesk01 on " + connection
                + ": transfers out frozen"));
        assertThat(canTransOut("TradingDesk01")).isFalse();
    }

    private boolean canTransOut(String sub) throws Exception {
        try (OkxClients clients = new OkxClients("Keysmith/test", Clock.systemUTC(), RateLimiter.disabled(),
                Sleeper.REAL)) {
            return clients.forConnection(context.sandbox().connection()).subAccounts().stream()
                    .filter(s -> s.subAcct().equals(sub)).findFirst().orElseThrow().canTransOut();
        }
    }
}
