package org.keysmith.service.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Permission;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.TestClock;

/**
 * The expiry keep-alive against the Sandbox with its 14-day idle deletion switched on, one clock for Keysmith and
 * the exchange: off by default, refused where OKX keeps the key anyway, and with it on, one read every 3 days keeps
 * the key while its twin without keep-alive is deleted by the exchange.
 */
class KeepAliveTest {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

    private static String key(ServiceFixture f, Connection c, String name, String ips, Permission... perms)
            throws Exception {
        f.session.confirmPassword(ServiceFixture.password());
        return ((CreateResult.Created) f.keys.create(c, ServiceFixture.request(name, ips, perms))).entry().id();
    }

    private static long reads(ServiceFixture f, String id) throws Exception {
        return f.keys.history(id).stream().filter(e -> e.action() == AuditAction.KEY_VERIFIED).count();
    }

    @Test
    void aKeyWithKeepAliveOutlivesOkxsIdleDeletionAndOneWithoutDoesNot() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir, clock, clock)) {
            Connection c = f.connection();
            f.server().faults().expireIdleKeysAfter(Duration.ofDays(14));
            String kept = key(f, c, "kept", "", Permission.READ, Permission.TRADE);
            String twin = key(f, c, "twin", "", Permission.READ, Permission.TRADE);
            KeepAlive keepAlive = new KeepAlive(f.session, f.keys, clock);
            assertThat(keepAlive.isOn(kept)).as("off by default").isFalse();

            keepAlive.set(kept, true);
            assertThat(keepAlive.isOn(kept)).isTrue();
            assertThat(f.keys.history(kept)).filteredOn(e -> e.action() == AuditAction.KEY_EDITED)
                    .anyMatch(e -> e.detail().startsWith("keep-alive on"));
            assertThat(keepAlive.runDue()).as("just created").isEmpty();

            for (int day = 1; day <= 20; day++) {
                clock.advance(Duration.ofDays(1));
                List<String> lines = keepAlive.runDue();
                assertThat(lines).as("day " + day).hasSize(day % 3 == 0 ? 1 : 0);
            }
            assertThat(reads(f, kept)).as("one read every 3 days").isEqualTo(6);
            assertThat(reads(f, twin)).isZero();
            List<SubAccountApiKey> left = f.clients.forConnection(c).apiKeys("TradingDesk01");
            assertThat(left).extracting(SubAccountApiKey::label).contains("kept").doesNotContain("twin");
            assertThat(f.keys.entry(kept).lastVerified()).isEqualTo(clock.instant().minus(Duration.ofDays(2)));

            keepAlive.set(kept, false);
            clock.advance(Duration.ofDays(5));
            assertThat(keepAlive.runDue()).as("off again").isEmpty();
        }
    }

    @Test
    void refusedWhereOkxKeepsTheKeyAnyway() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir, clock, clock)) {
            Connection c = f.connection();
            String bound = key(f, c, "bound", "203.0.113.7", Permission.READ, Permission.TRADE);
            String readOnly = key(f, c, "reader", "", Permission.READ);
            KeepAlive keepAlive = new KeepAlive(f.session, f.keys, clock);
            assertThatThrownBy(() -> keepAlive.set(bound, true)).hasMessageContaining("not needed")
                    .hasMessageContaining("bound to IP addresses");
            assertThatThrownBy(() -> keepAlive.set(readOnly, true)).hasMessageContaining("not needed");
            f.keys.revoke(key(f, c, "gone", "", Permission.READ, Permission.TRADE));
            String gone = f.keys.entries().stream().filter(e -> e.name().equals("gone")).findFirst().orElseThrow()
                    .id();
            assertThatThrownBy(() -> keepAlive.set(gone, true)).hasMessageContaining("secret");
            assertThat(keepAlive.isOn(bound)).isFalse();
            assertThat(KeepAlive.RISK).contains("14 days").contains("leaked").contains("IP address");
        }
    }
}
