package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;

/** OKX's authentication and authorization rules, each with its code and HTTP status, over real loopback HTTP. */
class SandboxAuthTest {
    private static final String KEYS = "/api/v5/users/subaccount/apikey?subAcct=TradingDesk01";
    private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
    private final RawOkx raw = raw(server.masterKey());

    SandboxAuthTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private RawOkx raw(ApiCredentials k) {
        return new RawOkx(server.baseUrl(), k.apiKey(), new String(k.secretKey().chars()),
                new String(k.passphrase().chars()));
    }

    private void expect(RawOkx.Answer a, int status, String code) {
        assertThat(a.status()).as("HTTP status of %s", a.body()).isEqualTo(status);
        assertThat(a.code()).isEqualTo(code);
        if (status == 401 || status == 429) {
            // as live OKX answers: {"msg":"API key doesn't exist","code":"50119"}, no "data"
            assertThat(a.body().has("data")).as("data in %s", a.body()).isFalse();
        } else {
            assertThat(a.data().isArray()).isTrue();
        }
    }

    @Test
    void theMasterKeyListsKeysWithoutSecrets() throws Exception {
        RawOkx.Answer a = raw.get(KEYS);
        expect(a, 200, "0");
        assertThat(a.data()).hasSize(2);
        assertThat(a.data().get(0).has("secretKey")).isFalse();
        assertThat(a.body().path("msg").asText()).isEmpty();
        assertThat(a.body().fieldNames()).toIterable().containsExactlyInAnyOrder("code", "msg", "data");
        RawOkx.Answer config = raw.get("/api/v5/account/config");
        assertThat(config.data().get(0).fieldNames()).toIterable()
                .contains("uid", "mainUid", "acctLv", "label", "perm", "ip", "type", "posMode", "kycLv", "level");
    }

    @Test
    void missingHeaders() throws Exception {
        raw.overrides.put("OK-ACCESS-KEY", null);
        expect(raw.get(KEYS), 401, "50103");
        raw.overrides.clear();
        raw.overrides.put("OK-ACCESS-PASSPHRASE", null);
        expect(raw.get(KEYS), 401, "50104");
        raw.overrides.clear();
        raw.overrides.put("OK-ACCESS-SIGN", null);
        expect(raw.get(KEYS), 401, "50106");
        raw.overrides.clear();
        raw.overrides.put("OK-ACCESS-TIMESTAMP", null);
        expect(raw.get(KEYS), 401, "50107");
    }

    @Test
    void timestampMustBeWellFormedAndWithinThirtySeconds() throws Exception {
        raw.overrides.put("OK-ACCESS-TIMESTAMP", "2026-11-25T12:00:00Z");
        expect(raw.get(KEYS), 401, "50112");
        raw.overrides.clear();
        raw.time = Instant.now().minus(Duration.ofSeconds(45));
        expect(raw.get(KEYS), 401, "50102");
        raw.time = Instant.now().plus(Duration.ofSeconds(20));
        expect(raw.get(KEYS), 200, "0");
        server.faults().clockSkew(Duration.ofMinutes(2));
        raw.time = null;
        expect(raw.get(KEYS), 401, "50102");
    }

    @Test
    void unknownKeyWrongPassphraseAndBadSignature() throws Exception {
        String realKey = raw.apiKey;
        raw.apiKey = "00000000-0000-4000-8000-000000000000";
        RawOkx.Answer unknown = raw.get(KEYS);
        expect(unknown, 401, "50119");
        assertThat(unknown.body().path("msg").asText()).isEqualTo("API key doesn't exist");
        raw.apiKey = "not-a-key";
        expect(raw.get(KEYS), 401, "50111");
        raw.apiKey = realKey;
        String realPass = raw.passphrase;
        raw.passphrase = "Wrong-pass1";
        expect(raw.get(KEYS), 401, "50105");
        raw.passphrase = realPass;
        raw.secret = "ABCDEF0123456789ABCDEF0123456789";
        expect(raw.get(KEYS), 401, "50113");
    }

    @Test
    void signatureCoversTheQueryString() throws Exception {
        String sig = raw.sign("x");
        raw.overrides.put("OK-ACCESS-SIGN", sig);
        expect(raw.get(KEYS), 401, "50113");
    }

    @Test
    void demoHeaderMustMatchTheKeysEnvironment() throws Exception {
        raw.demo = true;
        expect(raw.get(KEYS), 401, "50101");
        RawOkx demo = raw(server.demoMasterKey());
        expect(demo.get(KEYS), 401, "50101");
        demo.demo = true;
        expect(demo.get(KEYS), 200, "0");
    }

    @Test
    void callersIpMustBeOnTheKeysAllowlist() throws Exception {
        ApiCredentials elsewhere = mainKey(Permissions.of(Permission.TRADE), "203.0.113.0/24");
        RawOkx.Answer a = raw(elsewhere).get(KEYS);
        expect(a, 401, "50110");
        assertThat(a.body().path("msg").asText()).contains("127.0.0.1");
        expect(raw(mainKey(Permissions.of(Permission.TRADE), "10.0.0.1,127.0.0.0/8")).get(KEYS), 200, "0");
    }

    @Test
    void writesNeedTradeAndAnIpBoundMasterKey() throws Exception {
        String body = "{\"subAcct\":\"TradingDesk01\",\"label\":\"x1\",\"passphrase\":\"Abc123!xyz\"}";
        expect(raw(mainKey(Permissions.readOnly(), "127.0.0.1")).post("/api/v5/users/subaccount/apikey", body), 200,
                "50120");
        expect(raw(mainKey(Permissions.of(Permission.TRADE), "")).post("/api/v5/users/subaccount/apikey", body), 403,
                "50035");
        expect(raw(mainKey(Permissions.readOnly(), "")).get(KEYS), 200, "0");
    }

    @Test
    void subAccountKeysMayNotManageKeys() throws Exception {
        RawOkx.Answer created = raw.post("/api/v5/users/subaccount/apikey", "{\"subAcct\":\"TradingDesk01\","
                + "\"label\":\"subkey1\",\"passphrase\":\"Abc123!xyz\","
                + "\"perm\":\"read_only,trade\",\"ip\":\"127.0.0.1\"}");
        expect(created, 200, "0");
        RawOkx sub = new RawOkx(server.baseUrl(), created.data().get(0).path("apiKey").asText(),
                created.data().get(0).path("secretKey").asText(), "Abc123!xyz");
        expect(sub.get(KEYS), 200, "59604");
        expect(sub.post("/api/v5/users/subaccount/delete-apikey", "{\"subAcct\":\"TradingDesk01\",\"apiKey\":\"x\"}"),
                200, "59500");
        RawOkx.Answer config = sub.get("/api/v5/account/config");
        expect(config, 200, "0");
        assertThat(config.data().get(0).path("label").asText()).isEqualTo("subkey1");
        assertThat(config.data().get(0).path("type").asText()).isEqualTo("1");
        assertThat(config.data().get(0).path("uid").asText()).isNotEqualTo(config.data().get(0).path("mainUid")
                .asText());
    }

    @Test
    void wrongMethodUnknownPathAndPublicTime() throws Exception {
        expect(raw.send("DELETE", "/api/v5/users/subaccount/apikey", ""), 405, "50115");
        expect(raw.get("/api/v5/no/such/endpoint"), 410, "50005");
        raw.overrides.put("OK-ACCESS-KEY", null);
        RawOkx.Answer time = raw.get("/api/v5/public/time");
        expect(time, 200, "0");
        long ts = Long.parseLong(time.data().get(0).path("ts").asText());
        assertThat(Math.abs(ts - System.currentTimeMillis())).isLessThan(5000);
    }

    private ApiCredentials mainKey(Permissions perms, String ips) {
        Secret pass = Secret.copyOf("Other-pass1".toCharArray());
        SandboxKey k = server.state().addMainKey("extra" + System.nanoTime() % 100000, pass, perms,
                IpAllowlist.parse(ips).get(), Environment.LIVE);
        return new ApiCredentials(k.apiKey(), k.secretKey().copy(), pass.copy());
    }
}
