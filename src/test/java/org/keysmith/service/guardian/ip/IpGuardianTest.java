package org.keysmith.service.guardian.ip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ExistingKeys;
import org.keysmith.service.KeyCreator;
import org.keysmith.service.KeyService;
import org.keysmith.service.KeySync;
import org.keysmith.service.ReauthenticationRequired;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.TestClock;
import org.keysmith.service.VaultSession;
import org.keysmith.vault.TestVaults;

/**
 * The IP guardian against the in-process Sandbox, with the address this computer is seen at and the clock in the
 * test's hands: a change is noticed, only the keys bound to the old address are offered, the re-bind really changes
 * the keys' IPs on the exchange with the old address kept, the pending removal survives a restart, and it is done
 * after the overlap; a key is never left without an IP.
 */
class IpGuardianTest {
    private static final String OLD = "203.0.113.7";
    private static final String NEW = "198.51.100.9";
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicReference<String> here = new AtomicReference<>(OLD);

    private static String key(ServiceFixture f, Connection c, String name, String ips) throws Exception {
        f.session.confirmPassword(ServiceFixture.password());
        return ((CreateResult.Created) f.keys.create(c, ServiceFixture.request(name, ips, Permission.READ,
                Permission.TRADE))).entry().id();
    }

    private static String ipsOnExchange(ServiceFixture f, Connection c, String label) throws Exception {
        return f.clients.forConnection(c).apiKeys("TradingDesk01").stream().filter(k -> k.label().equals(label))
                .findFirst().orElseThrow().ip();
    }

    private IpGuardian guardian(VaultSession session, KeyService keys, ConnectionService connections) {
        return new IpGuardian(session, keys, connections, c -> here.get(), clock);
    }

    @Test
    void noticesAChangeRebindsWithOverlapAndRemovesTheOldAddressAfterARestart() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir, clock)) {
            Connection c = f.connection();
            String desk = key(f, c, "desk", OLD);
            String both = key(f, c, "both", "10.0.0.5," + OLD);
            key(f, c, "vps", "192.0.2.44");
            key(f, c, "nobind", "");
            IpGuardian g = guardian(f.session, f.keys, f.connections);

            assertThat(g.round().changes()).as("the first address is only remembered").isEmpty();
            assertThat(f.session.vault().guardian().knownIp(c.id())).contains(OLD);
            assertThat(g.round().isQuiet()).isTrue();

            here.set(NEW);
            IpRound seen = g.round();
            assertThat(seen.changes()).singleElement().satisfies(ch -> {
                assertThat(ch.oldIp()).isEqualTo(OLD);
                assertThat(ch.newIp()).isEqualTo(NEW);
                assertThat(ch.affected()).extracting(e -> e.name()).containsExactlyInAnyOrder("desk", "both");
                assertThat(ch.describe()).contains(OLD).contains(NEW).contains("desk");
            });
            assertThat(ipsOnExchange(f, c, "desk")).as("nothing sent before the user says so").isEqualTo(OLD);

            clock.advance(Duration.ofMinutes(5));
            IpChange change = seen.changes().get(0);
            assertThatThrownBy(() -> g.rebind(change, Duration.ofHours(24)))
                    .isInstanceOf(ReauthenticationRequired.class);
            f.session.confirmPassword(ServiceFixture.password());
            RebindReport r = g.rebind(change, Duration.ofHours(24));
            assertThat(r.failed()).isEmpty();
            assertThat(r.rebound()).containsExactlyInAnyOrder("desk", "both");
            assertThat(r.removeAfter()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
            assertThat(ipsOnExchange(f, c, "desk")).isEqualTo(OLD + "," + NEW);
            assertThat(ipsOnExchange(f, c, "both")).isEqualTo("10.0.0.5," + OLD + "," + NEW);
            assertThat(ipsOnExchange(f, c, "vps")).as("bound elsewhere: left alone").isEqualTo("192.0.2.44");
            assertThat(f.keys.entry(desk).ips().entries()).containsExactly(OLD, NEW);
            assertThat(f.keys.history(desk)).filteredOn(e -> e.action() == AuditAction.KEY_EDITED)
                    .anyMatch(e -> e.detail().contains("IP guardian: added " + NEW));
            assertThat(f.session.vault().guardian().knownIp(c.id())).contains(NEW);

            clock.advance(Duration.ofHours(23));
            assertThat(g.round().isQuiet()).as("within the overlap").isTrue();
            assertThat(ipsOnExchange(f, c, "desk")).isEqualTo(OLD + "," + NEW);

            // a restart: a new session on the same file still has the pending removals
            f.session.lock();
            VaultSession again = new VaultSession(TestVaults.fastStore(), f.vaultFile, clock, Runnable::run);
            again.unlock(ServiceFixture.password());
            ConnectionService connections = new ConnectionService(again, f.sandbox, f.clients);
            KeyService keys = new KeyService(again, connections, f.clients, clock, new KeyCreator(again, clock),
                    new KeySync(again, clock), new ExistingKeys(again, connections, f.clients, clock));
            IpGuardian g2 = guardian(again, keys, connections);
            assertThat(g2.pending()).hasSize(2).allMatch(p -> p.oldIp().equals(OLD));

            clock.advance(Duration.ofHours(2));
            IpRound after = g2.round();
            assertThat(after.removed()).hasSize(2).allMatch(l -> l.startsWith(OLD + " taken off"));
            assertThat(ipsOnExchange(f, c, "desk")).isEqualTo(NEW);
            assertThat(ipsOnExchange(f, c, "both")).isEqualTo("10.0.0.5," + NEW);
            assertThat(keys.entry(both).ips().entries()).containsExactly("10.0.0.5", NEW);
            assertThat(g2.pending()).isEmpty();
            assertThat(g2.round().isQuiet()).as("done once").isTrue();
            again.lock();
        }
    }

    @Test
    void neverLeavesAKeyWithoutAnIpAndKeepsAnAddressThatIsThisComputersAgain() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir, clock)) {
            Connection c = f.connection();
            String only = key(f, c, "only", OLD);
            String back = key(f, c, "back", "10.0.0.5," + OLD);
            IpGuardian g = guardian(f.session, f.keys, f.connections);
            g.round();
            here.set(NEW);
            IpChange change = g.round().changes().get(0);
            f.session.confirmPassword(ServiceFixture.password());
            assertThat(g.rebind(change, Duration.ZERO).failed()).isEmpty();

            // the user takes the new address off "only" meanwhile: the old one is then its only address
            f.keys.changeIps(only, IpAllowlist.parse(OLD).get(), "by hand");
            assertThatThrownBy(() -> f.keys.changeIps(only, IpAllowlist.empty(), "by hand"))
                    .hasMessageContaining("without IP binding");
            IpRound r = g.round();
            assertThat(r.problems()).anyMatch(p -> p.contains("only address"));
            assertThat(ipsOnExchange(f, c, "only")).isEqualTo(OLD);
            assertThat(r.removed()).singleElement().satisfies(l -> assertThat(l).contains("back"));

            // a second move and straight back: the old address is this computer's again, so it stays
            here.set("192.0.2.1");
            IpChange second = g.round().changes().get(0);
            f.session.confirmPassword(ServiceFixture.password());
            g.rebind(second, Duration.ofHours(1));
            here.set(NEW);
            clock.advance(Duration.ofHours(2));
            IpRound home = g.round();
            assertThat(home.changes()).as("every key still has " + NEW).isEmpty();
            assertThat(home.problems()).anyMatch(p -> p.contains("this computer's address again"));
            assertThat(ipsOnExchange(f, c, "back")).contains(NEW);
            assertThat(f.keys.entry(back).ips().entries()).contains(NEW, "192.0.2.1");
        }
    }

    @Test
    void dismissKeepsTheKeysAsTheyAre() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir, clock)) {
            Connection c = f.connection();
            key(f, c, "desk", OLD);
            IpGuardian g = guardian(f.session, f.keys, f.connections);
            g.round();
            here.set(NEW);
            List<IpChange> changes = g.round().changes();
            g.dismiss(changes.get(0));
            assertThat(g.round().isQuiet()).isTrue();
            assertThat(ipsOnExchange(f, c, "desk")).isEqualTo(OLD);
        }
    }
}
