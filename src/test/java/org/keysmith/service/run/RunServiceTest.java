package org.keysmith.service.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Permission;
import org.keysmith.service.CreateResult;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.ReauthenticationRequired;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.TestClock;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.export.ExportService;

/** The run rules against the real service layer and the sandbox. */
class RunServiceTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private RunService run;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        run = new RunService(f.session, f.keys, new ExportService(f.keys, f.connections, f.session));
        f.session.confirmPassword(ServiceFixture.password());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private ApiKeyEntry key(String name, String ips, Permission... perms) throws Exception {
        CreateResult r = f.keys.create(f.connection(), ServiceFixture.request(name, ips, perms));
        ApiKeyEntry e = r.entry();
        ((CreateResult.Created) r).destroyRevealedSecrets();
        return e;
    }

    private static String value(RunService.Prepared p, String name) {
        return new String(p.environment().variables().get(name));
    }

    @Test
    void handsTheNamedKeysCredentialsToTheChild() throws Exception {
        ApiKeyEntry e = key("bot1", "127.0.0.1", Permission.READ, Permission.TRADE);
        try (RunService.Prepared p = run.prepare("bot1", EnvFormat.OKX, null, false)) {
            assertThat(p.entry().id()).isEqualTo(e.id());
            assertThat(value(p, "OKX_API_KEY")).isEqualTo(e.apiKey());
            assertThat(value(p, "OKX_API_SECRET")).isEqualTo(new String(e.secretKey().chars()));
            assertThat(value(p, "OKX_BASE_URL")).startsWith("http://127.0.0.1:");
            assertThat(p.warnings()).isEmpty();
        }
    }

    @Test
    void duringARotationsOverlapTheNewKeyServes() throws Exception {
        ApiKeyEntry old = key("bot2", "127.0.0.1", Permission.READ, Permission.TRADE);
        KeyRotation rotation = new KeyRotation(f.session, f.keys, f.connections, Clock.systemUTC());
        KeyRotation.Started s = rotation.start(old.id(), Duration.ofHours(24));
        ApiKeyEntry fresh = ((CreateResult.Created) s.created()).entry();
        try (RunService.Prepared p = run.prepare("bot2", EnvFormat.OKX, null, false)) {
            assertThat(value(p, "OKX_API_KEY")).isEqualTo(fresh.apiKey()).isNotEqualTo(old.apiKey());
            assertThat(p.notes()).anyMatch(n -> n.contains("new key"));
        }
        rotation.finish(s.rotation().id());
        assertThatThrownBy(() -> run.prepare("bot2", EnvFormat.OKX, null, false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("was revoked");
    }

    @Test
    void refusesARevokedKeyAndAnUnknownName() throws Exception {
        ApiKeyEntry e = key("bot3", "127.0.0.1", Permission.READ);
        f.keys.revoke(e.id());
        assertThatThrownBy(() -> run.prepare("bot3", EnvFormat.OKX, null, false))
                .hasMessageContaining("\"bot3\" was revoked");
        assertThatThrownBy(() -> run.prepare("nobot", EnvFormat.OKX, null, false))
                .hasMessageContaining("no key named \"nobot\"");
    }

    @Test
    void warnsAboutATradeKeyWithoutIpBindingAndAFailedLastVerification() throws Exception {
        ApiKeyEntry e = key("bot4", "", Permission.READ, Permission.TRADE);
        f.clients.forConnection(f.connection()).deleteApiKey(e.subAccount(), e.apiKey());
        assertThatThrownBy(() -> f.keys.verify(e.id())).isInstanceOf(UserFacingException.class);
        try (RunService.Prepared p = run.prepare("bot4", EnvFormat.OKX, null, false)) {
            assertThat(p.warnings()).anyMatch(w -> w.contains("not bound to an IP address"))
                    .anyMatch(w -> w.contains("last check") && w.contains("failed"));
        }
    }

    @Test
    void needsTheMasterPasswordWithinTheLastMinute(@TempDir Path other) throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
        try (ServiceFixture g = new ServiceFixture(other, clock)) {
            RunService late = new RunService(g.session, g.keys, new ExportService(g.keys, g.connections, g.session));
            g.session.confirmPassword(ServiceFixture.password());
            CreateResult r = g.keys.create(g.connection(), ServiceFixture.request("bot5", "127.0.0.1",
                    Permission.READ));
            ((CreateResult.Created) r).destroyRevealedSecrets();
            clock.advance(Duration.ofSeconds(61));
            assertThatThrownBy(() -> late.prepare("bot5", EnvFormat.OKX, null, false))
                    .isInstanceOf(ReauthenticationRequired.class);
            g.session.confirmPassword(ServiceFixture.password());
            try (RunService.Prepared p = late.prepare("bot5", EnvFormat.OKX, null, false)) {
                assertThat(p.entry().name()).isEqualTo("bot5");
            }
        }
    }

    @Test
    void recordsTheHandOverWithoutTheSecret() throws Exception {
        ApiKeyEntry e = key("bot6", "127.0.0.1", Permission.READ);
        String secret = new String(e.secretKey().chars());
        try (RunService.Prepared p = run.prepare("bot6", EnvFormat.FREQTRADE, null, false)) {
            run.recordStarted(p, "freqtrade", "vps-fra1", true);
        }
        assertThat(f.keys.history(e.id())).filteredOn(a -> a.action() == AuditAction.KEY_DEPLOYED).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("freqtrade", "vps-fra1").doesNotContain(secret));
    }
}
