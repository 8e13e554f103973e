package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyEntryTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static ApiKeyEntry entry(Permissions perms, IpAllowlist ips, Environment env) {
        return new ApiKeyEntry("id-1", "sandbox", "bot1", "", KeyType.API_TRADING, "trading01", perms, ips,
                "ak-1", Secret.copyOf("SECRET123".toCharArray()), Secret.copyOf("Pass1!word".toCharArray()),
                Site.GLOBAL, env, T0, null, KeyStatus.ACTIVE, null);
    }

    @Test
    void tradeWithoutIpsIsExpiringAfterTenDaysUnverified() {
        ApiKeyEntry e = entry(Permissions.of(Permission.TRADE), IpAllowlist.empty(), Environment.LIVE);
        assertThat(e.isExpiring(T0.plus(Duration.ofDays(9)))).isFalse();
        assertThat(e.isExpiring(T0.plus(Duration.ofDays(10)))).isTrue();
        ApiKeyEntry verified = e.verified(T0.plus(Duration.ofDays(9)), e.permissions(), e.ips());
        assertThat(verified.isExpiring(T0.plus(Duration.ofDays(10)))).isFalse();
    }

    @Test
    void ipBoundReadOnlyAndDemoKeysDoNotExpire() {
        Instant later = T0.plus(Duration.ofDays(30));
        assertThat(entry(Permissions.of(Permission.TRADE), IpAllowlist.parse("1.2.3.4").get(), Environment.LIVE)
                .isExpiring(later)).isFalse();
        assertThat(entry(Permissions.readOnly(), IpAllowlist.empty(), Environment.LIVE).isExpiring(later)).isFalse();
        assertThat(entry(Permissions.of(Permission.TRADE), IpAllowlist.empty(), Environment.DEMO).isExpiring(later))
                .isFalse();
    }

    @Test
    void revokingWipesTheSecrets() {
        ApiKeyEntry e = entry(Permissions.readOnly(), IpAllowlist.empty(), Environment.LIVE);
        Secret secret = e.secretKey();
        ApiKeyEntry revoked = e.revoked(T0);
        assertThat(secret.isDestroyed()).isTrue();
        assertThat(revoked.secretKey()).isNull();
        assertThat(revoked.hasSecret()).isFalse();
        assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(T0);
    }

    @Test
    void toStringHidesSecrets() {
        assertThat(entry(Permissions.readOnly(), IpAllowlist.empty(), Environment.LIVE).toString())
                .doesNotContain("SECRET123").doesNotContain("Pass1!word");
    }
}
