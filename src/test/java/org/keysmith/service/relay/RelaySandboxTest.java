package org.keysmith.service.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;

/** Real OKX clients (Keysmith's own OkxClient, raw signed HTTP) through a relay whose upstream is the Sandbox. */
class RelaySandboxTest {
    @TempDir
    static Path logs;
    private static SandboxServer sandbox;
    private static Relay relay;
    private static OkxClients clients;
    private static String realSecret;
    private static String realPassphrase;

    @BeforeAll
    static void relayInFrontOfTheSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        ApiCredentials master = sandbox.masterKey();
        realSecret = master.secretKey().exposeAsString();
        realPassphrase = master.passphrase().exposeAsString();
        relay = Relays.start(sandbox.baseUrl(), master, Environment.LIVE, RelayPolicy.defaults(), logs,
                Duration.ofSeconds(10));
        clients = new OkxClients("relay-test", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL);
    }

    @AfterAll
    static void stop() {
        clients.close();
        relay.close();
        sandbox.stop();
    }

    private static ApiCredentials relayCredential() {
        RelayCredential c = relay.credential();
        return new ApiCredentials(c.apiKey(), c.secretKey().copy(), c.passphrase().copy());
    }

    private static OkxClient client(String url, ApiCredentials key) {
        return clients.forConnection(new Connection("relay", "relay", Site.CUSTOM, url, Environment.LIVE, key));
    }

    @Test
    void keysmithsOwnClientWorksUnchangedThroughTheRelay() throws Exception {
        AccountConfig direct = client(sandbox.baseUrl(), sandbox.masterKey()).accountConfig(sandbox.masterKey());
        AccountConfig relayed = client(relay.url(), relayCredential()).accountConfig(relayCredential());
        assertThat(relayed.uid()).isEqualTo(direct.uid());
        assertThat(relayed.isMainAccount()).isTrue();
    }

    @Test
    void keyManagementIsDeniedWithAnOkxShapedError() {
        OkxException e = catchThrowableOfType(OkxException.class,
                () -> client(relay.url(), relayCredential()).subAccounts());
        assertThat(e.code()).isEqualTo(OkxError.NO_PERMISSION.code());
        assertThat(e.okxMessage()).contains("Keysmith relay policy").contains("sub-accounts-and-keys");
    }

    @Test
    void rawSignedAndPublicRequestsPassThrough() throws Exception {
        RawBot bot = RawBot.of(relay);
        RawBot.Answer config = bot.get("/api/v5/account/config");
        assertThat(config.status()).as(config.body()).isEqualTo(200);
        assertThat(config.code()).isEqualTo("0");
        RawBot.Answer time = bot.unsigned("/api/v5/public/time");
        assertThat(time.status()).isEqualTo(200);
        assertThat(time.body()).contains("\"ts\"");
        RawBot.Answer unknown = bot.get("/api/v5/account/balance?ccy=BTC");
        assertThat(unknown.status()).as("the Sandbox's own answer, passed on").isEqualTo(410);
        assertThat(unknown.code()).isEqualTo("50005");
    }

    @Test
    void theRelayCredentialIsCheckedWithOkxsCodes() throws Exception {
        RawBot sign = RawBot.of(relay);
        sign.secret = sign.secret + "x";
        assertError(sign.get("/api/v5/account/config"), 401, "50113");
        RawBot stale = RawBot.of(relay);
        stale.time = Instant.now().minusSeconds(45);
        assertError(stale.get("/api/v5/account/config"), 401, "50102");
        RawBot pass = RawBot.of(relay);
        pass.passphrase = pass.passphrase + "x";
        assertError(pass.get("/api/v5/account/config"), 401, "50105");
        RawBot uuid = RawBot.of(relay);
        uuid.apiKey = UUID.randomUUID().toString();
        assertError(uuid.get("/api/v5/account/config"), 401, "50119");
        RawBot garbage = RawBot.of(relay);
        garbage.apiKey = "not-a-key";
        assertError(garbage.get("/api/v5/account/config"), 401, "50111");
        RawBot noSign = RawBot.of(relay);
        noSign.overrides.put("OK-ACCESS-SIGN", null);
        assertError(noSign.get("/api/v5/account/config"), 401, "50106");
        RawBot demo = RawBot.of(relay);
        demo.demo = true;
        assertError(demo.get("/api/v5/account/config"), 401, "50101");
        RawBot real = new RawBot(relay.url(), relay.upstreamApiKey(), realSecret, realPassphrase);
        assertError(real.get("/api/v5/account/config"), 401, "50119");
    }

    @Test
    void nothingTheBotCanReadHoldsTheRealSecretOrPassphrase() throws Exception {
        RawBot bot = RawBot.of(relay);
        List<String> seen = new ArrayList<>();
        seen.add(bot.get("/api/v5/account/config").all());
        seen.add(bot.get("/api/v5/account/balance").all());
        seen.add(bot.post("/api/v5/asset/withdrawal", "{\"ccy\":\"BTC\"}").all());
        seen.add(bot.unsigned("/api/v5/account/config").all());
        RawBot bad = RawBot.of(relay);
        bad.secret = "wrong";
        seen.add(bad.get("/api/v5/account/config").all());
        seen.add(relay.toString());
        seen.add(relay.credential().toString());
        seen.add(Files.readString(relay.logFile()));
        for (String s : seen) {
            assertThat(s).doesNotContain(realSecret).doesNotContain(realPassphrase)
                    .doesNotContain(new String(relay.credential().secretKey().chars()));
        }
        assertThat(seen.get(0)).doesNotContainIgnoringCase("ok-access-sign");
    }

    @Test
    void theLogIsOwnerOnlyAndHoldsMethodPathCodesOnly() throws Exception {
        RawBot bot = RawBot.of(relay);
        bot.get("/api/v5/account/config?instId=BTC-USDT");
        bot.post("/api/v5/asset/withdrawal", "{\"ccy\":\"BTC\",\"toAddr\":\"bc1qsecretaddress\"}");
        String log = Files.readString(relay.logFile());
        assertThat(log).contains("GET /api/v5/account/config instId=BTC-USDT http=200 code=0 upstream=")
                .contains("POST /api/v5/asset/withdrawal http=200 code=50030 denied=withdrawal")
                .doesNotContain("?instId").doesNotContain("bc1qsecretaddress").doesNotContain(bot.apiKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(relay.logFile())))
                .isEqualTo("rw-------");
        RelayCounters.Snapshot s = relay.counters().snapshot();
        assertThat(s.denials()).containsKey("withdrawal");
        assertThat(s.codes()).containsKeys("0", "50030");
        assertThat(s.p99Millis()).isGreaterThanOrEqualTo(s.p50Millis()).isGreaterThan(0);
    }

    private static void assertError(RawBot.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.code()).as(a.body()).isEqualTo(code);
    }
}
