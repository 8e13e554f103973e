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
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Slot;
import org.keysmith.service.CreateResult;
import org.keysmith.service.Deployments;
import org.keysmith.service.KeyNames;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.ReauthenticationRequired;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.Slots;
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
        run = runService(f);
        f.session.confirmPassword(ServiceFixture.password());
    }

    static RunService runService(ServiceFixture f) {
        Deployments deployments = new Deployments(f.session, Clock.systemUTC());
        return new RunService(f.session, f.keys, new ExportService(f.keys, f.connections, deployments),
                new KeyNames(f.session), deployments);
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
    void aSlotFollowsAFinishedRotationToTheNewKey() throws Exception {
        ApiKeyEntry old = key("bot8", "127.0.0.1", Permission.READ, Permission.TRADE);
        Slots slots = new Slots(f.session, new KeyNames(f.session), Clock.systemUTC());
        slots.set("gridbot", old.id());
        KeyRotation rotation = new KeyRotation(f.session, f.keys, f.connections, Clock.systemUTC());
        KeyRotation.Started s = rotation.start(old.id(), Duration.ofHours(24));
        ApiKeyEntry fresh = ((CreateResult.Created) s.created()).entry();
        try (RunService.Prepared p = run.prepare("gridbot", EnvFormat.OKX, null, false)) {
            assertThat(value(p, "OKX_API_KEY")).as("overlap: the new key").isEqualTo(fresh.apiKey());
        }
        assertThat(slots.of(old.id())).hasSize(1);
        rotation.finish(s.rotation().id());
        assertThat(slots.of(old.id())).isEmpty();
        assertThat(slots.of(fresh.id())).singleElement().satisfies(x -> assertThat(x.name()).isEqualTo("gridbot"));
        try (RunService.Prepared p = run.prepare("gridbot", EnvFormat.OKX, null, false)) {
            assertThat(p.entry().id()).isEqualTo(fresh.id());
            assertThat(value(p, "OKX_API_KEY")).isEqualTo(fresh.apiKey());
        }
        assertThat(f.keys.history(fresh.id())).anyMatch(a -> a.action() == AuditAction.SLOT_SET
                && a.detail().contains("rotation finished"));
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
            RunService late = runService(g);
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
    void recordsTheHandOverAsADeploymentWithoutTheSecretAndRefreshesItOnTheNextRun() throws Exception {
        ApiKeyEntry e = key("bot6", "127.0.0.1", Permission.READ);
        String secret = new String(e.secretKey().chars());
        Deployments.Use use = new Deployments.Use("gridbot", "vps-fra1", "freqtrade", Deployment.Via.RUN,
                "started freqtrade");
        try (RunService.Prepared p = run.prepare("bot6", EnvFormat.FREQTRADE, null, false)) {
            assertThat(run.recordStarted(p, use, "freqtrade", true)).isNull();
        }
        Deployment first = f.session.vault().deployments().get(0);
        try (RunService.Prepared p = run.prepare("bot6", EnvFormat.FREQTRADE, null, false)) {
            run.recordStarted(p, new Deployments.Use("gridbot", "vps-ams2", "freqtrade", Deployment.Via.RUN,
                    "started freqtrade"), "freqtrade", true);
        }
        assertThat(f.session.vault().deployments()).singleElement().satisfies(d -> {
            assertThat(d.keyId()).isEqualTo(e.id());
            assertThat(d.host()).isEqualTo("vps-ams2");
            assertThat(d.firstUsed()).isEqualTo(first.firstUsed());
            assertThat(d.lastUsed()).isAfterOrEqualTo(first.lastUsed());
            assertThat(d.toString()).doesNotContain(secret);
        });
        assertThat(f.keys.history(e.id())).filteredOn(a -> a.action() == AuditAction.KEY_DEPLOYED).hasSize(2)
                .allSatisfy(a -> assertThat(a.detail()).contains("deployment gridbot", "freqtrade")
                        .doesNotContain(secret));
    }

    @Test
    void aSlotNamesTheKeyItPointsAtAndAKeyOfTheSameNameIsRefused() throws Exception {
        ApiKeyEntry e = key("bot7", "127.0.0.1", Permission.READ);
        Slots slots = new Slots(f.session, new KeyNames(f.session), Clock.systemUTC());
        slots.set("grid-bot", e.id());
        try (RunService.Prepared p = run.prepare("grid-bot", EnvFormat.OKX, null, false)) {
            assertThat(p.entry().id()).isEqualTo(e.id());
            assertThat(p.notes()).anyMatch(n -> n.contains("Slot \"grid-bot\""));
        }
        assertThatThrownBy(() -> slots.set("bot7", e.id())).isInstanceOf(KeyNames.Ambiguous.class)
                .hasMessageContaining("already named \"bot7\"");
        ApiKeyEntry later = key("twinname", "127.0.0.1", Permission.READ);
        f.session.change(edit -> edit.put(new Slot("twinname", e.id(), Instant.now()), "made by an older version"));
        assertThatThrownBy(() -> run.prepare("twinname", EnvFormat.OKX, null, false))
                .isInstanceOf(KeyNames.Ambiguous.class).hasMessageContaining("both a slot and a key");
        assertThat(later.name()).isEqualTo("twinname");
    }
}
