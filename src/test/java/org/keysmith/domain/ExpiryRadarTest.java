package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 14-day idle clock of live Trade keys without IP binding, on a fixed "now". */
class ExpiryRadarTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static ApiKeyEntry entry(String name, Permissions perms, IpAllowlist ips, Environment env,
                                     Instant lastVerified) {
        return new ApiKeyEntry("id-" + name, "sandbox", name, "", KeyType.API_TRADING, "trading01", perms, ips,
                "ak-" + name, null, null, Site.GLOBAL, env, T0, lastVerified, KeyStatus.ACTIVE, null);
    }

    private static ApiKeyEntry tradeNoIp(String name, Instant lastVerified) {
        return entry(name, Permissions.of(Permission.TRADE), IpAllowlist.empty(), Environment.LIVE, lastVerified);
    }

    @Test
    void countsWholeDaysFromTheLastVerificationOrCreation() {
        ApiKeyEntry never = tradeNoIp("never", null);
        assertThat(ExpiryRadar.daysLeft(never, T0)).hasValue(14);
        assertThat(ExpiryRadar.daysLeft(never, T0.plus(Duration.ofHours(1)))).hasValue(14);
        assertThat(ExpiryRadar.daysLeft(never, T0.plus(Duration.ofDays(13)))).hasValue(1);
        assertThat(ExpiryRadar.daysLeft(never, T0.plus(Duration.ofDays(14)))).hasValue(0);
        assertThat(ExpiryRadar.badge(never, T0.plus(Duration.ofDays(9)))).hasValue("expires in 5 days");
        assertThat(ExpiryRadar.badge(never, T0.plus(Duration.ofDays(13)))).hasValue("expires within a day");
        assertThat(ExpiryRadar.badge(never, T0.plus(Duration.ofDays(20)))).get().asString().contains("expired already");
        ApiKeyEntry verified = tradeNoIp("v", T0.plus(Duration.ofDays(10)));
        assertThat(ExpiryRadar.daysLeft(verified, T0.plus(Duration.ofDays(13)))).hasValue(11);
    }

    @Test
    void keysOkxKeepsHaveNoBadge() {
        Instant later = T0.plus(Duration.ofDays(30));
        assertThat(ExpiryRadar.badge(entry("ip", Permissions.of(Permission.TRADE), IpAllowlist.parse("1.2.3.4").get(),
                Environment.LIVE, null), later)).isEmpty();
        assertThat(ExpiryRadar.badge(entry("read", Permissions.readOnly(), IpAllowlist.empty(), Environment.LIVE, null),
                later)).isEmpty();
        assertThat(ExpiryRadar.badge(entry("demo", Permissions.of(Permission.TRADE), IpAllowlist.empty(),
                Environment.DEMO, null), later)).isEmpty();
        assertThat(ExpiryRadar.badge(tradeNoIp("gone", null).goneOnExchange(), later)).isEmpty();
    }

    @Test
    void dueSoonListsKeysWithinThreeDaysSoonestFirst() {
        Instant now = T0.plus(Duration.ofDays(12));
        ApiKeyEntry a = tradeNoIp("a", null);
        ApiKeyEntry b = tradeNoIp("b", T0.minus(Duration.ofDays(1)));
        ApiKeyEntry fresh = tradeNoIp("fresh", T0.plus(Duration.ofDays(11)));
        assertThat(ExpiryRadar.dueSoon(List.of(a, fresh, b), now)).extracting(ApiKeyEntry::name)
                .containsExactly("b", "a");
    }
}
