package org.keysmith.ui.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.keysmith.app.TestContexts;
import org.keysmith.domain.Permission;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;

/**
 * The IP guardian in the main window: its rounds run by themselves once the vault is unlocked; when this computer's
 * address changes, the banner names the key bound to the old one, and "Re-bind…" with a chosen overlap adds the new
 * address on the exchange and keeps the removal of the old one pending in the vault.
 */
class IpBannerTest extends AppUiTest {
    private static final String PASSWORD = "a long master password";
    private final AtomicReference<String> here = new AtomicReference<>("203.0.113.7");

    private String ipOnExchange(String label) throws Exception {
        try (OkxClients clients = new OkxClients("Keysmith/test", Clock.systemUTC(), RateLimiter.disabled(),
                Sleeper.REAL)) {
            return clients.forConnection(context.sandbox().connection()).apiKeys("TradingDesk01").stream()
                    .filter(k -> k.label().equals(label)).findFirst().orElseThrow().ip();
        }
    }

    private boolean knows(String connectionId) {
        try {
            return context.session().vault().guardian().knownIp(connectionId).isPresent();
        } catch (Exception locked) {
            return false;
        }
    }

    @Test
    void aChangedAddressIsOfferedAndReboundWithTheChosenOverlap() throws Exception {
        startApp(TestContexts.context(home, c -> here.get()));
        createVault(PASSWORD);
        context.keys().create(context.sandbox().connection(), ServiceFixture.request("desk", "203.0.113.7",
                Permission.READ, Permission.TRADE));
        String sandbox = context.sandbox().connection().id();
        context.guardianTimer().runNow();
        waitUntil(robot, () -> knows(sandbox));
        assertThat(visible(robot, "#ipBanner")).as("the first address is only remembered").isEmpty();

        here.set("198.51.100.9");
        context.guardianTimer().runNow();
        waitUntil(robot, () -> visible(robot, "#ipBanner").isPresent());
        Label text = robot.lookup("#ipBannerText").queryAs(Label.class);
        assertThat(text.getText()).contains("203.0.113.7").contains("198.51.100.9").contains("desk");
        assertThat(ipOnExchange("desk")).as("nothing sent before the user says so").isEqualTo("203.0.113.7");

        robot.clickOn("#ipRebind");
        waitUntil(robot, () -> robot.lookup("#ipRebindOverlap").tryQuery().isPresent());
        ListView<String> keys = robot.lookup("#ipRebindKeys").queryListView();
        assertThat(keys.getItems()).singleElement().satisfies(l -> assertThat(l).startsWith("desk"));
        ComboBox<Duration> overlap = robot.lookup("#ipRebindOverlap").queryComboBox();
        assertThat(overlap.getValue()).isEqualTo(Duration.ofHours(24));
        robot.interact(() -> overlap.setValue(Duration.ofDays(3)));
        context.session().confirmPassword(PASSWORD.toCharArray());
        robot.clickOn(button(robot, "Re-bind"));

        waitUntil(robot, () -> visible(robot, "#ipBanner").isEmpty());
        assertThat(ipOnExchange("desk")).isEqualTo("203.0.113.7,198.51.100.9");
        assertThat(context.ipGuardian().pending()).singleElement().satisfies(p -> {
            assertThat(p.oldIp()).isEqualTo("203.0.113.7");
            assertThat(p.removeAfter()).isAfter(context.clock().instant().plus(Duration.ofDays(3))
                    .minus(Duration.ofMinutes(5)));
        });
        Label status = robot.lookup("#statusBar").queryAs(Label.class);
        waitUntil(robot, () -> status.getText().contains("Re-bound desk"));
    }
}
