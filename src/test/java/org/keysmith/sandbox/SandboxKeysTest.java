package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.okx.CreateOutcome;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.ModifyApiKeyRequest;

/** Sub-account and key management through Keysmith's client against the sandbox: rules and their codes. */
class SandboxKeysTest {
    private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
    private final OkxClients clients = new OkxClients(
            "Keysmith/test", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL);
    private final OkxClient client = clients.forConnection(connection(server, server.masterKey()));

    SandboxKeysTest() throws Exception {
    }

    static Connection connection(SandboxServer s, ApiCredentials master) {
        return new Connection("sandbox", "Sandbox", Site.CUSTOM, s.baseUrl(), Environment.LIVE, master);
    }

    @AfterEach
    void stop() {
        clients.close();
        server.stop();
    }

    private static CreateApiKeyRequest create(String sub, String label, String pass, String perm, String ip) {
        return new CreateApiKeyRequest(sub, label, Secret.copyOf(pass.toCharArray()), perm, ip);
    }

    private String code(ThrowingCall call) {
        OkxException e = catchThrowableOfType(OkxException.class, call::run);
        assertThat(e).as("expected an OKX error").isNotNull();
        return e.code();
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void seedHasThreeSubAccountsWithKeys() throws Exception {
        assertThat(client.subAccounts()).extracting(s -> s.subAcct())
                .containsExactlyInAnyOrder("TradingDesk01", "Arbitrage02", "Research03");
        assertThat(client.apiKeys("TradingDesk01")).extracting(k -> k.label()).containsExactlyInAnyOrder("gridbot",
                "dcabot");
        assertThat(client.accountConfig(server.masterKey()).isMainAccount()).isTrue();
    }

    @Test
    void createQueryVerifyModifyDelete() throws Exception {
        CreateOutcome.Created c = (CreateOutcome.Created) client.createApiKey(
                create("TradingDesk01", "bot1", "Abc123!xyz", "read_only,trade", "127.0.0.1,2001:db8::/32"));
        assertThat(c.key().apiKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(new String(c.key().secretKey().chars())).matches("[0-9A-F]{32}");
        assertThat(c.key().perm()).isEqualTo("read_only,trade");
        assertThat(c.key().ip()).isEqualTo("127.0.0.1,2001:db8::/32");
        var listed = client.apiKeys("TradingDesk01").stream().filter(k -> k.apiKey().equals(c.key().apiKey()))
                .findFirst();
        assertThat(listed).get().satisfies(k -> assertThat(k.label()).isEqualTo("bot1"));
        var own = client.accountConfig(new ApiCredentials(c.key().apiKey(), c.key().secretKey(),
                Secret.copyOf("Abc123!xyz".toCharArray())));
        assertThat(own.label()).isEqualTo("bot1");
        assertThat(own.perm()).isEqualTo("read_only,trade");
        assertThat(own.isMainAccount()).isFalse();
        var modified = client.modifyApiKey(new ModifyApiKeyRequest("TradingDesk01", c.key().apiKey(), "bot1b",
                "read_only", ""));
        assertThat(modified.label()).isEqualTo("bot1b");
        assertThat(modified.perm()).as("spelt as in OKX's modify-apikey example").isEqualTo("read");
        assertThat(modified.ip()).isEmpty();
        var untouched = client.modifyApiKey(new ModifyApiKeyRequest("TradingDesk01", c.key().apiKey(), null, null,
                null));
        assertThat(untouched.label()).isEqualTo("bot1b");
        client.deleteApiKey("TradingDesk01", c.key().apiKey());
        assertThat(client.apiKeys("TradingDesk01")).noneMatch(k -> k.apiKey().equals(c.key().apiKey()));
        assertThat(code(() -> client.deleteApiKey("TradingDesk01", c.key().apiKey()))).isEqualTo("59506");
    }

    @Test
    void createRules() {
        String twentyOne = IntStream.range(0, 21).mapToObj(i -> "10.0.0." + i).collect(Collectors.joining(","));
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "gridbot", "Abc123!xyz", "read_only", null))))
                .isEqualTo("59502");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "b2", "abc123xyz", "read_only", null))))
                .isEqualTo("59505");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "b3", "Abc123!xyz", "read_only", twentyOne))))
                .isEqualTo("59503");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "b4", "Abc123!xyz", "read_only,withdraw",
                null))))
                .isEqualTo("59504");
        assertThat(code(() -> client.createApiKey(create("NoSuchSub01", "b5", "Abc123!xyz", "read_only", null))))
                .isEqualTo("59510");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "bad-label", "Abc123!xyz", "read_only",
                null))))
                .isEqualTo("51000");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "b6", "Abc123!xyz", "fly", null))))
                .isEqualTo("51000");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "b7", "Abc123!xyz", "read_only",
                "1.2.3.999"))))
                .isEqualTo("51000");
        assertThat(code(() -> client.createApiKey(create("TradingDesk01", "", "Abc123!xyz", "read_only", null))))
                .isEqualTo("50014");
        assertThat(code(() -> client.apiKeys("NoSuchSub01"))).isEqualTo("59510");
    }

    @Test
    void fiftyKeysPerSubAccount() throws Exception {
        client.createSubAccount("Crowded01", null, null);
        for (int i = 0; i < 50; i++) {
            client.createApiKey(create("Crowded01", "k" + i, "Abc123!xyz", "read_only", null));
        }
        assertThat(code(() -> client.createApiKey(create("Crowded01", "k50", "Abc123!xyz", "read_only", null))))
                .isEqualTo("59501");
    }

    @Test
    void subAccountCreationRules() throws Exception {
        assertThat(client.createSubAccount("NewDesk04", "My new desk", null).subAcct()).isEqualTo("NewDesk04");
        assertThat(client.subAccounts()).extracting(s -> s.subAcct()).contains("NewDesk04");
        assertThat(code(() -> client.createSubAccount("NewDesk04", null, null))).isEqualTo("59601");
        assertThat(code(() -> client.createSubAccount("bad_name", null, null))).isEqualTo("51000");
        assertThat(code(() -> client.createSubAccount("Short", null, null))).isEqualTo("51000");
    }

    @Test
    void modifyRules() throws Exception {
        String id = client.apiKeys("TradingDesk01").get(0).apiKey();
        assertThat(code(() -> client.modifyApiKey(new ModifyApiKeyRequest("TradingDesk01", "nope", "x", null, null))))
                .isEqualTo("59506");
        assertThat(code(() -> client.modifyApiKey(new ModifyApiKeyRequest("Arbitrage02", id, "x", null, null))))
                .isEqualTo("59506");
        String other = client.apiKeys("TradingDesk01").get(1).label();
        assertThat(code(() -> client.modifyApiKey(new ModifyApiKeyRequest("TradingDesk01", id, other, null, null))))
                .isEqualTo("59502");
        assertThat(code(() -> client.modifyApiKey(new ModifyApiKeyRequest("TradingDesk01", id, null, "withdraw",
                null))))
                .isEqualTo("59504");
    }

    @Test
    void newKeysSecretIsOnlyInTheCreateAnswer() throws Exception {
        CreateOutcome.Created c = (CreateOutcome.Created) client.createApiKey(
                create("Research03", "once", "Abc123!xyz", "read_only", null));
        String secret = new String(c.key().secretKey().chars());
        RawOkx raw = new RawOkx(server.baseUrl(), server.masterKey().apiKey(),
                new String(server.masterKey().secretKey().chars()),
                        new String(server.masterKey().passphrase().chars()));
        assertThat(raw.get("/api/v5/users/subaccount/apikey?subAcct=Research03").body().toString())
                .doesNotContain(secret);
        assertThat(raw.get("/api/v5/users/subaccount/list").body().toString()).doesNotContain(secret);
    }
}
