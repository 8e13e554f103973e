package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.keys.KeyActionRule.KeyAction;
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

    private void assertEnabled(String menuId, boolean enabled, String why) {
        assertThat(menuItem(menuId).isDisable()).as("%s for %s", menuId, why).isEqualTo(!enabled);
    }

    private KeyRow row(String name) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyStatusOffersOnlyWhatMakesSenseInEveryPlace() throws Exception {
        startApp();
        createVault("a long master password");
        var connection = context.sandbox().connection();
        for (KeyStatus status : KeyStatus.values()) {
            ApiKeyEntry.Builder b = ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(connection)
                    .name("k-" + status.name().toLowerCase(Locale.ROOT)).subAccount("TradingDesk01")
                    .permissions(Permissions.readOnly()).apiKey("api-" + status.name()).created(Instant.now())
                    .status(status);
            if (status != KeyStatus.SECRET_LOST && status != KeyStatus.PENDING) {
                b.secrets(Secret.copyOf("secret".toCharArray()), Secret.copyOf("Passphrase1!".toCharArray()));
            }
            context.session().vault().putEntry(b.build());
        }
        context.session().vault().putEntry(ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(connection)
                .name("main-key").permissions(Permissions.readOnly()).apiKey("api-main").created(Instant.now())
                .status(KeyStatus.ACTIVE)
                .secrets(Secret.copyOf("secret".toCharArray()), Secret.copyOf("Passphrase1!".toCharArray()))
                .build());
        // a real rotation on the Sandbox, left in its grace period: both keys live, linked to each other
        CreateResult made = context.keys().create(connection,
                ServiceFixture.request("rotold", "127.0.0.1", Permission.READ, Permission.TRADE));
        ((CreateResult.Created) made).destroyRevealedSecrets();
        CreateResult successor = context.rotation().start(made.entry().id(), Duration.ofHours(24)).created();
        ((CreateResult.Created) successor).destroyRevealedSecrets();
        context.session().save();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keysPane");
        // the unlock reconciles the PENDING entry with the exchange (it was never created there, so it goes);
        // KeyActionRuleTest covers PENDING
        waitUntil(robot, () -> table().getItems().size() == KeyStatus.values().length - 1 + 3);
        waitUntil(robot, () -> row("rotold").inRotation() && row("rotoldr2").inRotation());

        for (KeyRow row : List.copyOf(table().getItems())) {
            robot.interact(() -> table().getSelectionModel().select(row));
            var offered = KeyActionRule.offered(row);
            robot.interact(() -> {
                String name = row.name();
                assertThat(disabled("#verifyButton")).as("Verify for %s", name)
                        .isEqualTo(!offered.contains(KeyAction.VERIFY));
                assertThat(disabled("#revokeButton")).as("Revoke for %s", name)
                        .isEqualTo(!offered.contains(KeyAction.REVOKE));
                assertEnabled("menuCopyApiKey", offered.contains(KeyAction.COPY_API_KEY), name);
                assertEnabled("menuCopySecret", offered.contains(KeyAction.COPY_SECRET), name);
                assertEnabled("menuExport", offered.contains(KeyAction.EXPORT), name);
                assertEnabled("menuVerify", offered.contains(KeyAction.VERIFY), name);
                assertEnabled("menuDoctor", offered.contains(KeyAction.VERIFY), name);
                assertEnabled("menuEdit", offered.contains(KeyAction.EDIT), name);
                assertEnabled("menuRevoke", offered.contains(KeyAction.REVOKE), name);
                assertEnabled("menuRotate", offered.contains(KeyAction.ROTATE), name);
                assertEnabled("menuFinishRotation", offered.contains(KeyAction.FINISH_ROTATION), name);
                assertThat(robot.lookup("#detailActions").queryAs(Label.class).getText())
                        .isEqualTo(KeyActionRule.summary(row));
            });
        }
        // what each status must (not) offer, spelled out here rather than read back from the rule
        robot.interact(() -> table().getSelectionModel().select(row("k-revoked")));
        assertThat(disabled("#revokeButton")).isTrue();
        assertThat(disabled("#verifyButton")).isTrue();
        assertThat(robot.lookup("#detailActions").queryAs(Label.class).getText()).isEqualTo("Copy API key");
        robot.interact(() -> table().getSelectionModel().select(row("k-secret_lost")));
        assertThat(disabled("#revokeButton")).isFalse();
        assertThat(disabled("#verifyButton")).isTrue();
        assertEnabled("menuCopySecret", false, "secret lost");
        assertEnabled("menuExport", false, "secret lost");
        robot.interact(() -> table().getSelectionModel().select(row("k-not_seen")));
        assertThat(disabled("#revokeButton")).isFalse();
        assertThat(disabled("#verifyButton")).isFalse();
        assertEnabled("menuEdit", false, "not seen");
        assertEnabled("menuRotate", false, "not seen");
        robot.interact(() -> table().getSelectionModel().select(row("k-active")));
        assertEnabled("menuRotate", true, "active");
        assertEnabled("menuFinishRotation", false, "active");
        robot.interact(() -> table().getSelectionModel().select(row("main-key")));
        assertEnabled("menuRotate", false, "a main-account key");
        for (String inRotation : List.of("rotold", "rotoldr2")) {
            robot.interact(() -> table().getSelectionModel().select(row(inRotation)));
            assertEnabled("menuRotate", false, inRotation);
            assertEnabled("menuFinishRotation", true, inRotation);
            assertThat(disabled("#revokeButton")).isFalse();
        }
    }
}
