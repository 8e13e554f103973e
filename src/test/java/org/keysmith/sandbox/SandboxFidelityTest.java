package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Secret;
import org.keysmith.okx.CreateOutcome;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.okx.dto.CreateApiKeyRequest;

/** The Sandbox answers as live OKX does (fidelity review A1-A3, B12, B13) and refuses what it should (I1, L4). */
class SandboxFidelityTest {
    private static final String KEYS = "/api/v5/users/subaccount/apikey?subAcct=TradingDesk01";
    private final MovableClock clock = new MovableClock(Instant.now());
    private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false)
            .withClock(clock));
    private final OkxClients clients = new OkxClients("t", clock, RateLimiter.disabled(), Sleeper.REAL);

    @TempDir
    Path dir;

    SandboxFidelityTest() throws Exception {
    }

    @AfterEach
    void stop() {
        clients.close();
        server.stop();
    }

    private RawOkx raw() {
        ApiCredentials k = server.masterKey();
        RawOkx raw = new RawOkx(server.baseUrl(), k.apiKey(), new String(k.secretKey().chars()),
                new String(k.passphrase().chars()));
        raw.time = clock.instant();
        return raw;
    }

    @Test
    void a429SaysTooManyRequestsWithoutData() throws Exception {
        server.faults().tooManyRequests(1);
        RawOkx.Answer a = raw().get(KEYS);
        assertThat(a.status()).isEqualTo(429);
        assertThat(a.body().path("msg").asText()).isEqualTo("Too Many Requests");
        assertThat(a.code()).isEqualTo("50011");
        assertThat(a.body().has("data")).isFalse();
    }

    @Test
    void rateLimitCanAlsoComeAsHttp200AndTheClientRetriesTheRead() throws Exception {
        server.faults().rateLimitedWithHttp200(1);
        RawOkx.Answer a = raw().get(KEYS);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).isEqualTo("50011");
        assertThat(a.body().path("msg").asText()).startsWith("Rate limit reached.");
        assertThat(a.data().isArray()).isTrue();
        server.faults().rateLimitedWithHttp200(1);
        OkxClient client = clients.forConnection(SandboxKeysTest.connection(server, server.masterKey()));
        assertThat(client.apiKeys("TradingDesk01")).isNotEmpty();
    }

    @Test
    void anUnknownKeyIs401WithoutData() throws Exception {
        RawOkx raw = raw();
        raw.apiKey = "00000000-0000-4000-8000-000000000000";
        RawOkx.Answer a = raw.get(KEYS);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body().toString()).isEqualTo("{\"msg\":\"API key doesn't exist\",\"code\":\"50119\"}");
    }

    @Test
    void subAccountListHasEveryDocumentedField() throws Exception {
        RawOkx.Answer a = raw().get("/api/v5/users/subaccount/list");
        assertThat(a.data().get(0).fieldNames()).toIterable().contains("type", "enable", "subAcct", "uid", "label",
                "mobile", "gAuth", "frozenFunc", "canTransOut", "ts", "subAcctLv", "firstLvSubAcct", "ifDma");
    }

    @Test
    void idleUnboundTradeKeysExpireWhenThePlanSaysSo() throws Exception {
        OkxClient client = clients.forConnection(SandboxKeysTest.connection(server, server.masterKey()));
        String unbound = created(client.createApiKey(request("idle1", "read_only,trade", null)));
        String bound = created(client.createApiKey(request("idle2", "read_only,trade", "203.0.113.7")));
        String readOnly = created(client.createApiKey(request("idle3", "read_only", null)));
        server.faults().expireIdleKeysAfter(Duration.ofDays(14));
        clock.advance(Duration.ofDays(13));
        assertThat(client.apiKeys("TradingDesk01")).extracting(k -> k.apiKey()).contains(unbound);
        clock.advance(Duration.ofDays(2));
        assertThat(client.apiKeys("TradingDesk01")).extracting(k -> k.apiKey())
                .doesNotContain(unbound).contains(bound, readOnly);
    }

    @Test
    void aHostHeaderNamingAnotherSiteIsRefused() throws Exception {
        assertThat(rawHttp("127.0.0.1:" + server.port())).startsWith("HTTP/1.1 200");
        assertThat(rawHttp("localhost:" + server.port())).startsWith("HTTP/1.1 200");
        String rebound = rawHttp("evil.example:" + server.port());
        assertThat(rebound).startsWith("HTTP/1.1 401").contains("\"code\":\"50109\"");
    }

    @Test
    void anOversizedStateFileIsRefusedWithAMessage() throws Exception {
        Path state = dir.resolve("sandbox-state.json");
        try (RandomAccessFile f = new RandomAccessFile(state.toFile(), "rw")) {
            f.setLength(StateFile.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.defaults().withStateFile(state)))
                .hasMessageContaining("was not read").hasMessageContaining("16 MB")
                .hasMessageContaining(state.toString());
    }

    @Test
    void aKybMainAccountMustGiveTheSubAccountALoginPassword() throws Exception {
        server.faults().kybMainAccount(true);
        OkxClient client = clients.forConnection(SandboxKeysTest.connection(server, server.masterKey()));
        OkxException e = catchThrowableOfType(OkxException.class,
                () -> client.createSubAccount("KybDesk01", null, null));
        assertThat(e.code()).isEqualTo("50014");
        assertThat(e.okxMessage()).isEqualTo("Parameter pwd can not be empty.");
        try (Secret weak = Secret.copyOf("password".toCharArray());
             Secret good = Secret.copyOf("Login-Pass7".toCharArray())) {
            assertThat(catchThrowableOfType(OkxException.class,
                    () -> client.createSubAccount("KybDesk01", null, weak)).code()).isEqualTo("51000");
            assertThat(client.createSubAccount("KybDesk01", null, good).subAcct()).isEqualTo("KybDesk01");
        }
    }

    private static CreateApiKeyRequest request(String label, String perm, String ip) {
        return new CreateApiKeyRequest("TradingDesk01", label, Secret.copyOf("Abc123!xyz".toCharArray()), perm, ip);
    }

    private static String created(CreateOutcome o) {
        return ((CreateOutcome.Created) o).key().apiKey();
    }

    private String rawHttp(String host) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/v5/public/time HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A clock the test moves by hand; the Sandbox and the client share it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
