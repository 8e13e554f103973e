package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.okx.dto.SubAccountInfo;

/**
 * {@code POST /users/subaccount/set-transfer-out} on the Sandbox: the flag is kept per sub-account, shown as
 * {@code canTransOut} in the sub-account list, survives a restart from the state file, and the call has OKX's
 * access rules (main-account key with Trade and an IP binding) and parameter checks.
 */
class SandboxTransferOutTest {
    @TempDir
    Path dir;
    private SandboxServer server;
    private final OkxClients clients = new OkxClients(
            "Keysmith/test", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL);

    @AfterEach
    void stop() {
        clients.close();
        if (server != null) {
            server.stop();
        }
    }

    private OkxClient client() {
        return clients.forConnection(SandboxKeysTest.connection(server, server.masterKey()));
    }

    private static boolean canTransOut(OkxClient c, String sub) throws Exception {
        return c.subAccounts().stream().filter(s -> s.subAcct().equals(sub)).map(SubAccountInfo::canTransOut)
                .findFirst().orElseThrow();
    }

    private RawOkx raw(ApiCredentials k) {
        return new RawOkx(server.baseUrl(), k.apiKey(), new String(k.secretKey().chars()),
                new String(k.passphrase().chars()));
    }

    @Test
    void freezingIsKeptPerSubAccountShownInTheListAndSurvivesARestart() throws Exception {
        Path state = dir.resolve("state.json");
        server = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false).withStateFile(state));
        OkxClient c = client();
        assertThat(canTransOut(c, "TradingDesk01")).as("allowed by default, as on OKX").isTrue();

        var set = c.setTransferOut("TradingDesk01", false);
        assertThat(set.subAcct()).isEqualTo("TradingDesk01");
        assertThat(set.canTransOut()).isFalse();
        assertThat(canTransOut(c, "TradingDesk01")).isFalse();
        assertThat(canTransOut(c, "Arbitrage02")).as("only the one named").isTrue();

        server.stop();
        clients.close();
        server = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false).withStateFile(state));
        OkxClients again = new OkxClients("Keysmith/test", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL);
        try {
            OkxClient c2 = again.forConnection(SandboxKeysTest.connection(server, server.masterKey()));
            assertThat(canTransOut(c2, "TradingDesk01")).as("after a restart").isFalse();
            assertThat(c2.setTransferOut("TradingDesk01", true).canTransOut()).isTrue();
            assertThat(canTransOut(c2, "TradingDesk01")).isTrue();
        } finally {
            again.close();
        }
    }

    @Test
    void wireFormAndRefusals() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        RawOkx master = raw(server.masterKey());
        String path = "/api/v5/users/subaccount/set-transfer-out";

        RawOkx.Answer two = master.post(path, "{\"subAcct\":\"TradingDesk01,Research03\",\"canTransOut\":false}");
        assertThat(two.code()).as(two.body().toString()).isEqualTo("0");
        assertThat(two.data()).hasSize(2);
        assertThat(two.data().get(1).path("subAcct").asText()).isEqualTo("Research03");
        assertThat(two.data().get(1).path("canTransOut").isBoolean()).isTrue();
        assertThat(two.data().get(1).path("canTransOut").asBoolean()).isFalse();
        RawOkx.Answer list = master.get("/api/v5/users/subaccount/list?subAcct=Research03");
        assertThat(list.data().get(0).path("canTransOut").asBoolean()).isFalse();

        RawOkx.Answer byDefault = master.post(path, "{\"subAcct\":\"Research03\"}");
        assertThat(byDefault.data().get(0).path("canTransOut").asBoolean()).as("omitted means true").isTrue();

        assertThat(master.post(path, "{\"canTransOut\":false}").code()).isEqualTo("50014");
        assertThat(master.post(path, "{\"subAcct\":\"TradingDesk01\",\"canTransOut\":\"no\"}").code())
                .isEqualTo("51000");
        RawOkx.Answer unknown = master.post(path, "{\"subAcct\":\"TradingDesk01,NoSuchDesk9\",\"canTransOut\":true}");
        assertThat(unknown.code()).isEqualTo("59510");
        assertThat(master.get("/api/v5/users/subaccount/list?subAcct=TradingDesk01").data().get(0)
                .path("canTransOut").asBoolean()).as("all or nothing").isFalse();

        ApiCredentials sub = SandboxTestKeys.subKey(server, Permissions.of(Permission.READ, Permission.TRADE),
                "127.0.0.1");
        assertThat(raw(sub).post(path, "{\"subAcct\":\"TradingDesk01\",\"canTransOut\":true}").code())
                .as("a sub-account key").isEqualTo("59500");
        ApiCredentials unbound = SandboxTestKeys.mainKey(server, Permissions.of(Permission.READ, Permission.TRADE),
                "");
        RawOkx.Answer noIp = raw(unbound).post(path, "{\"subAcct\":\"TradingDesk01\",\"canTransOut\":true}");
        assertThat(noIp.status()).isEqualTo(403);
        assertThat(noIp.code()).isEqualTo("50035");

        OkxException e = catchThrowableOfType(OkxException.class,
                () -> client().setTransferOut("NoSuchDesk9", false));
        assertThat(e.code()).isEqualTo("59510");
    }
}
