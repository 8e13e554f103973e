package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.visible;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;

/** On unlock, keys OKX may delete within three days are named, and "Verify now" restarts their idle clock. */
class ExpiryBannerTest extends AppUiTest {

    @Test
    void unlockWarnsAboutAnIdleTradeKeyAndVerifyNowClearsIt() throws Exception {
        startApp();
        createVault("a long master password");
        ApiKeyEntry made = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("idle1", "", Permission.READ, Permission.TRADE)).entry();
        Instant twelveDaysAgo = Instant.now().minus(Duration.ofDays(12));
        context.session().vault().putEntry(new ApiKeyEntry(made.id(), made.connectionId(), made.name(),
                made.description(), made.type(), made.subAccount(), made.permissions(), made.ips(), made.apiKey(),
                made.secretKey(), made.passphrase(), made.site(), made.environment(), twelveDaysAgo, null,
                made.status(), null));
        context.session().save();

        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitUntil(robot, () -> visible(robot, "#expiryBanner").isPresent());
        assertThat(robot.lookup("#expiryText").queryAs(Label.class).getText()).contains("idle1 (expires in 2 days)");
        UiTestSupport.screenshot(robot, robot.lookup("#keysPane").query(), "expiry-banner");

        robot.clickOn("#expiryVerify");
        waitUntil(robot, () -> visible(robot, "#expiryBanner").isEmpty());
        assertThat(robot.lookup("#statusBar").queryAs(Label.class).getText()).startsWith("Verified 1 key(s)");
        assertThat(context.session().vault().entry(made.id()).orElseThrow().lastVerified()).isNotNull();
    }
}
