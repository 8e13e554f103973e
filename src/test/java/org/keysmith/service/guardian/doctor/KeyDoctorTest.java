package org.keysmith.service.guardian.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.PublicIpService;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.guardian.doctor.DoctorCheck.Topic;
import org.keysmith.service.guardian.doctor.DoctorCheck.Verdict;

/**
 * The doctor against real Sandboxes: one built into the fixture, and a second standing in for OKX's EEA site, so a
 * key made "on EEA" is unknown (50119) at the first and the doctor must find it at the second. Each fault the
 * Sandbox can produce is named by the check it belongs to, and no report carries a secret.
 */
class KeyDoctorTest {
    @TempDir
    Path dir;
    private ServiceFixture fx;
    private SandboxServer eea;
    private KeyDoctor doctor;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ServiceFixture(dir);
        eea = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        Map<KeyPlace, String> urls = Map.of(KeyPlace.GLOBAL, fx.server().baseUrl(), KeyPlace.EEA, eea.baseUrl(),
                KeyPlace.US, fx.server().baseUrl());
        Connection sandbox = fx.connection();
        DoctorSites sites = (place, env) -> place == KeyPlace.SANDBOX ? sandbox.withEnvironment(env)
                : new Connection("test-" + place.cliName(), place.toString(), Site.CUSTOM, urls.get(place), env,
                null);
        PublicIpService ip = new PublicIpService(fx.clients::plainHttp, URI.create("https://127.0.0.1:9/never"));
        doctor = new KeyDoctor(fx.keys, fx.connections, fx.clients, ip, sites, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        eea.close();
        fx.close();
    }

    @Test
    void aHealthySubAccountKeyHasNoFaultAndAllChecksRun() throws Exception {
        ApiCredentials k = SandboxTestKeys.subKey(fx.server(), Permissions.of(Permission.READ, Permission.TRADE),
                "127.0.0.1");
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, k);
        assertThat(r.hasFault()).as(r.toString()).isFalse();
        assertThat(r.checks()).extracting(DoctorCheck::topic).containsExactly(Topic.CLOCK, Topic.SITE,
                Topic.ENVIRONMENT, Topic.PASSPHRASE, Topic.IP, Topic.PERMISSIONS, Topic.ACCOUNT, Topic.EXPIRY);
        assertThat(r.check(Topic.IP).orElseThrow().message()).contains("127.0.0.1");
        assertThat(r.workingSite()).isEqualTo("the Sandbox");
        assertNoSecret(r, k);
    }

    @Test
    void aKeyOfAnotherSiteIsFoundThereReadOnly() throws Exception {
        ApiCredentials k = SandboxTestKeys.subKey(eea, Permissions.of(Permission.READ), "");
        DoctorReport r = doctor.examine(KeyPlace.GLOBAL, Environment.LIVE, k);
        DoctorCheck site = r.check(Topic.SITE).orElseThrow();
        assertThat(site.verdict()).isEqualTo(Verdict.FAULT);
        assertThat(site.message()).contains("50119").contains("my.okx.com").contains("(eea)");
        assertThat(r.workingSite()).contains("EEA");
        assertThat(r.check(Topic.PASSPHRASE).orElseThrow().verdict()).isEqualTo(Verdict.OK);
        assertThat(r.faults()).hasSize(1);
        assertNoSecret(r, k);
    }

    @Test
    void aKeyNoSiteKnowsIsNamedAsSuch() throws Exception {
        ApiCredentials k = new ApiCredentials(UUID.randomUUID().toString(),
                Secret.copyOf("0123456789ABCDEF0123456789ABCDEF".toCharArray()),
                Secret.copyOf("Pass-word1".toCharArray()));
        DoctorReport r = doctor.examine(KeyPlace.GLOBAL, Environment.LIVE, k);
        assertThat(r.faults()).extracting(DoctorCheck::topic).containsExactly(Topic.SITE);
        assertThat(r.check(Topic.SITE).orElseThrow().message()).contains("No OKX site knows");
        assertThat(r.workingSite()).isEmpty();
    }

    @Test
    void aDemoKeyUsedAsLiveIsAnEnvironmentFault() throws Exception {
        ApiCredentials k = SandboxTestKeys.mainKey(fx.server(), Permissions.of(Permission.READ), "",
                Environment.DEMO);
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, k);
        DoctorCheck env = r.check(Topic.ENVIRONMENT).orElseThrow();
        assertThat(env.verdict()).isEqualTo(Verdict.FAULT);
        assertThat(env.message()).contains("50101").contains("Demo key, used as Live");
        assertThat(r.faults()).hasSize(1);
        assertThat(r.check(Topic.EXPIRY).orElseThrow().message()).contains("demo key");
    }

    @Test
    void aWrongPassphraseIsNamed() throws Exception {
        ApiCredentials k = SandboxTestKeys.subKey(fx.server(), Permissions.of(Permission.READ), "");
        ApiCredentials wrong = new ApiCredentials(k.apiKey(), k.secretKey(),
                Secret.copyOf("Wrong-pass9".toCharArray()));
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, wrong);
        assertThat(r.faults()).extracting(DoctorCheck::topic).containsExactly(Topic.PASSPHRASE);
        assertThat(r.check(Topic.PASSPHRASE).orElseThrow().message()).contains("50105");
        assertNoSecret(r, wrong);
        assertThat(r.toString()).doesNotContain(SandboxTestKeys.PASSPHRASE);
    }

    @Test
    void aWrongSecretKeyIsNamed() throws Exception {
        ApiCredentials k = SandboxTestKeys.subKey(fx.server(), Permissions.of(Permission.READ), "");
        ApiCredentials wrong = new ApiCredentials(k.apiKey(),
                Secret.copyOf("0123456789ABCDEF0123456789ABCDEF".toCharArray()), k.passphrase());
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, wrong);
        assertThat(r.faults()).extracting(DoctorCheck::topic).containsExactly(Topic.SECRET_KEY);
        assertThat(r.check(Topic.SECRET_KEY).orElseThrow().message()).contains("50113");
    }

    @Test
    void anAllowlistWithoutThisComputerIsAnIpFault() throws Exception {
        ApiCredentials k = SandboxTestKeys.subKey(fx.server(), Permissions.of(Permission.READ), "203.0.113.7");
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, k);
        assertThat(r.faults()).extracting(DoctorCheck::topic).containsExactly(Topic.IP);
        assertThat(r.check(Topic.IP).orElseThrow().message()).contains("50110").contains("127.0.0.1");
    }

    @Test
    void aSkewedClockIsAFaultThoughKeysmithItselfCorrectsForIt() throws Exception {
        ApiCredentials k = SandboxTestKeys.subKey(fx.server(), Permissions.of(Permission.READ), "127.0.0.1");
        fx.server().faults().clockSkew(Duration.ofSeconds(45));
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, k);
        DoctorCheck clock = r.check(Topic.CLOCK).orElseThrow();
        assertThat(clock.verdict()).isEqualTo(Verdict.FAULT);
        assertThat(clock.message()).contains("behind").contains("50102");
        assertThat(r.faults()).hasSize(1);
        assertThat(r.check(Topic.PASSPHRASE).orElseThrow().verdict()).isEqualTo(Verdict.OK);

        fx.server().faults().clockSkew(Duration.ofSeconds(-10));
        DoctorCheck warn = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, k).check(Topic.CLOCK).orElseThrow();
        assertThat(warn.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(warn.message()).contains("ahead of");
    }

    @Test
    void withdrawIsAFaultAndAMainAccountKeyAWarning() throws Exception {
        ApiCredentials k = SandboxTestKeys.mainKey(fx.server(), Permissions.of(Permission.READ, Permission.TRADE,
                Permission.WITHDRAW), "");
        DoctorReport r = doctor.examine(KeyPlace.SANDBOX, Environment.LIVE, k);
        assertThat(r.faults()).extracting(DoctorCheck::topic).containsExactly(Topic.PERMISSIONS);
        assertThat(r.check(Topic.ACCOUNT).orElseThrow().verdict()).isEqualTo(Verdict.WARNING);
        assertThat(r.check(Topic.IP).orElseThrow().verdict()).isEqualTo(Verdict.WARNING);
        DoctorCheck expiry = r.check(Topic.EXPIRY).orElseThrow();
        assertThat(expiry.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(expiry.message()).contains("14 days");
    }

    @Test
    void aVaultKeyIsCheckedWithItsStoredCredentials() throws Exception {
        ApiKeyEntry e = fx.keys.create(fx.connection(), ServiceFixture.request("doc1", "", Permission.READ,
                Permission.TRADE)).entry();
        DoctorReport r = doctor.examine(e.id());
        assertThat(r.subject()).isEqualTo("\"doc1\"");
        assertThat(r.hasFault()).as(r.toString()).isFalse();
        assertThat(r.check(Topic.ACCOUNT).orElseThrow().message()).contains("TradingDesk01");
        assertThat(r.check(Topic.EXPIRY).orElseThrow().verdict()).isEqualTo(Verdict.WARNING);
        ApiKeyEntry stored = fx.keys.entry(e.id());
        assertThat(stored.hasSecret()).as("the doctor's copy was wiped, not the vault's").isTrue();
        assertNoSecret(r, new ApiCredentials(stored.apiKey(), stored.secretKey(), stored.passphrase()));
    }

    private static void assertNoSecret(DoctorReport r, ApiCredentials k) {
        String all = r.toString();
        assertThat(all).doesNotContain(new String(k.secretKey().chars()))
                .doesNotContain(new String(k.passphrase().chars()));
    }
}
