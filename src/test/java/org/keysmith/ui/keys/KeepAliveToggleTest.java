package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.keys.table.KeyRow;

/**
 * "Keep alive" in the key details: shown only for a key OKX may delete when idle, off by default, and ticking it
 * explains the risk and asks; Cancel leaves it off, OK turns it on in the vault.
 */
class KeepAliveToggleTest extends AppUiTest {
    private static final String PASSWORD = "a long master password";

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    private void select(String name) throws Exception {
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow()));
    }

    private boolean isOn(String id) {
        try {
            return context.keepAlive().isOn(id);
        } catch (Exception locked) {
            return false;
        }
    }

    @Test
    void offByDefaultAndTurnedOnOnlyAfterTheRiskIsShown() throws Exception {
        startApp();
        createVault(PASSWORD);
        ApiKeyEntry idle = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("idle", "", Permission.READ, Permission.TRADE)).entry();
        context.session().confirmPassword(PASSWORD.toCharArray());
        context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("bound", "203.0.113.7", Permission.READ, Permission.TRADE));
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write(PASSWORD);
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");

        select("bound");
        waitFor(robot, "#detailName");
        assertThat(visible(robot, "#keepAliveToggle")).as("OKX keeps an IP-bound key").isEmpty();

        select("idle");
        waitFor(robot, "#keepAliveToggle");
        CheckBox toggle = robot.lookup("#keepAliveToggle").queryAs(CheckBox.class);
        waitUntil(robot, () -> !toggle.isDisabled());
        assertThat(toggle.isSelected()).as("off by default").isFalse();

        robot.clickOn("#keepAliveToggle");
        waitUntil(robot, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("14 days")
                .contains("leaked");
        robot.clickOn(button(robot, "Cancel"));
        waitUntil(robot, () -> !toggle.isSelected());
        assertThat(context.keepAlive().isOn(idle.id())).isFalse();

        robot.clickOn("#keepAliveToggle");
        waitUntil(robot, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot, "OK"));
        waitUntil(robot, () -> isOn(idle.id()));
        assertThat(toggle.isSelected()).isTrue();
    }
}
