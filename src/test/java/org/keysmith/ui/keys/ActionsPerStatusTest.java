package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Instant;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.keys.table.KeyRow;

/** Issue 16: the toolbar, the context menu and the details pane offer per key status what KeyActionRule says. */
class ActionsPerStatusTest extends AppUiTest {

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    private boolean disabled(String id) {
        return robot.lookup(id).query().isDisabled();
    }

    private MenuItem menuItem(String id) {
        return table().getContextMenu().getItems().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void everyStatusOffersOnlyWhatMakesSenseInEveryPlace() throws Exception {
        startApp();
        createVault("a long master password");
        var connection = context.sandbox().connection();
        for (KeyStatus status : KeyStatus.values()) {
            ApiKeyEntry.Builder b = ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(connection)
                    .name("k-" + status.name().toLowerCase()).subAccount("TradingDesk01")
                    .permissions(Permissions.readOnly()).apiKey("api-" + status.name()).created(Instant.now())
                    .status(status);
            if (status != KeyStatus.SECRET_LOST && status != KeyStatus.PENDING) {
                b.secrets(Secret.copyOf("secret".toCharArray()), Secret.copyOf("Passphrase1!".toCharArray()));
            }
            context.session().vault().putEntry(b.build());
        }
        context.session().save();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keysPane");
        // the unlock reconciles the PENDING entry with the exchange (it was never created there, so it goes);
        // KeyActionRuleTest covers PENDING
        waitUntil(robot, () -> table().getItems().size() == KeyStatus.values().length - 1);

        for (KeyStatus status : KeyStatus.values()) {
            if (status == KeyStatus.PENDING) {
                continue;
            }
            KeyRow row = table().getItems().stream().filter(r -> r.entry().status() == status).findFirst()
                    .orElseThrow();
            robot.interact(() -> table().getSelectionModel().select(row));
            var offered = KeyActionRule.offered(row.entry());
            boolean verify = offered.contains(KeyActionRule.KeyAction.VERIFY);
            boolean revoke = offered.contains(KeyActionRule.KeyAction.REVOKE);
            robot.interact(() -> {
                assertThat(disabled("#verifyButton")).as("Verify for %s", status).isEqualTo(!verify);
                assertThat(disabled("#revokeButton")).as("Revoke for %s", status).isEqualTo(!revoke);
                assertThat(menuItem("menuVerify").isDisable()).as("menu Verify for %s", status).isEqualTo(!verify);
                assertThat(menuItem("menuRevoke").isDisable()).as("menu Revoke for %s", status).isEqualTo(!revoke);
                assertThat(menuItem("menuEdit").isDisable()).isEqualTo(status != KeyStatus.ACTIVE);
                assertThat(robot.lookup("#detailActions").queryAs(Label.class).getText())
                        .isEqualTo(KeyActionRule.summary(row.entry()));
            });
        }
        KeyRow revoked = table().getItems().stream().filter(r -> r.entry().status() == KeyStatus.REVOKED)
                .findFirst().orElseThrow();
        robot.interact(() -> table().getSelectionModel().select(revoked));
        assertThat(disabled("#revokeButton")).isTrue();
        assertThat(disabled("#verifyButton")).isTrue();
        assertThat(robot.lookup("#detailActions").queryAs(Label.class).getText()).isEqualTo("Copy API key");
    }
}
