package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import java.util.logging.SimpleFormatter;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Site;

/** Clock re-sync, rate-limit retries, lost create answers, pagination and what gets logged. */
class HttpOkxClientBehaviourTest {
    private final FakeOkx okx = new FakeOkx();

    HttpOkxClientBehaviourTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        okx.close();
    }

    private static CreateApiKeyRequest createRequest(String passphrase) {
        return new CreateApiKeyRequest("trading01", "bot1", Secret.copyOf(passphrase.toCharArray()), "read_only", null);
    }

    @Test
    void signsWithServerTimeNotLocalTime() throws Exception {
        Clock localIsTwoMinutesLate = Clock.fixed(okx.serverTime.minus(Duration.ofMinutes(2)), ZoneOffset.UTC);
        okx.answer("GET /api/v5/users/subaccount/apikey", FakeOkx.ok("[]"));
        okx.clients(localIsTwoMinutesLate, Duration.ofSeconds(5)).forConnection(okx.connection(Environment.LIVE))
                .apiKeys("trading01");
        Instant signed = Instant.parse(okx.apiRequests().get(0).getHeader("OK-ACCESS-TIMESTAMP"));
        assertThat(Duration.between(okx.serverTime, signed).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void timestampExpiredResyncsAndRepeatsAReadOnce() throws Exception {
        okx.answer("GET /api/v5/users/subaccount/apikey", FakeOkx.error(401, "50102", "Timestamp request expired"),
                FakeOkx.ok("[{\"label\":\"bot1\",\"apiKey\":\"k\"}]"));
        var client = okx.client(Environment.LIVE);
        client.serverTime();
        okx.serverTime = okx.serverTime.plus(Duration.ofMinutes(5));
        assertThat(client.apiKeys("trading01")).hasSize(1);
        var api = okx.apiRequests();
        assertThat(api).hasSize(2);
        Instant second = Instant.parse(api.get(1).getHeader("OK-ACCESS-TIMESTAMP"));
        assertThat(Duration.between(okx.serverTime, second).abs()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void timestampExpiredOnAWriteResyncsButDoesNotRepeat() {
        okx.answer("POST /api/v5/users/subaccount/apikey", FakeOkx.error(401, "50102", "Timestamp request expired"));
        OkxException e = catchThrowableOfType(OkxException.class,
                () -> okx.client(Environment.LIVE).createApiKey(createRequest("Abc123!xyz")));
        assertThat(e.userMessage()).contains("nothing was changed").contains("try again");
        assertThat(okx.apiRequests()).hasSize(1);
    }

    @Test
    void rateLimitedReadsBackOffAndRetryThenGiveUp() throws Exception {
        MockResponse tooMany = FakeOkx.json("{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}").setResponseCode(429);
        okx.answer("GET /api/v5/users/subaccount/apikey", tooMany, tooMany, FakeOkx.ok("[]"));
        assertThat(okx.client(Environment.LIVE).apiKeys("trading01")).isEmpty();
        assertThat(okx.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        okx.answer("GET /api/v5/users/subaccount/apikey", tooMany, tooMany, tooMany, tooMany, tooMany);
        OkxException e = catchThrowableOfType(OkxException.class, () -> okx.client(Environment.LIVE).apiKeys("x1x1x1"));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.RATE_LIMITED);
        assertThat(okx.apiRequests()).hasSize(3 + 4);
    }

    @Test
    void rateLimitedWritesAreNotRetried() {
        okx.answer("POST /api/v5/users/subaccount/apikey", FakeOkx.error(429, "50011", "Too Many Requests"));
        OkxException e = catchThrowableOfType(OkxException.class,
                () -> okx.client(Environment.LIVE).createApiKey(createRequest("Abc123!xyz")));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.RATE_LIMITED);
        assertThat(okx.apiRequests()).hasSize(1);
        assertThat(okx.sleeps).isEmpty();
    }

    @Test
    void createWhoseAnswerIsLostIsReportedAsSuchAndNotRepeated() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/apikey",
                new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        CreateOutcome out = okx.client(Environment.LIVE).createApiKey(createRequest("Abc123!xyz"));
        assertThat(out).isInstanceOf(CreateOutcome.ResponseLost.class);
        assertThat(okx.apiRequests()).hasSize(1);
    }

    @Test
    void createTimingOutOrFailingWithA5xxIsLostToo() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/apikey", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
                new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"),
                FakeOkx.error(500, "50026", "System error"));
        OkxClient client = okx.clients(Clock.systemUTC(), Duration.ofMillis(400)).forConnection(okx.connection(
                Environment.LIVE));
        for (int i = 0; i < 3; i++) {
            assertThat(client.createApiKey(createRequest("Abc123!xyz"))).isInstanceOf(CreateOutcome.ResponseLost.class);
        }
        assertThat(okx.apiRequests()).hasSize(3);
    }

    @Test
    void createRefusedBeforeSendingIsADefiniteFailure() throws Exception {
        OkxClient client = okx.client(Environment.LIVE);
        okx.server.shutdown();
        OkxException e = catchThrowableOfType(OkxException.class,
                () -> client.createApiKey(createRequest("Abc123!xyz")));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.TRANSPORT);
        assertThat(e.userMessage()).contains("Could not connect");
    }

    @Test
    void createNeverRidesAKeptAliveConnectionThatMayBeStale() throws Exception {
        okx.answer("GET /api/v5/users/subaccount/apikey", FakeOkx.ok("[]"));
        OkxClient client = okx.client(Environment.LIVE);
        client.apiKeys("trading01");
        okx.server.shutdown();
        // a read left a kept-alive connection; the create must not use it (a stale socket would make a create that
        // never reached the exchange look "possibly sent"), so it fails as a definite "could not connect"
        OkxException e = catchThrowableOfType(OkxException.class,
                () -> client.createApiKey(createRequest("Abc123!xyz")));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.TRANSPORT);
    }

    @Test
    void signedRequestsGoOnlyOverHttpsOrToThisComputer() {
        OkxClient remote = okx.clients(Clock.systemUTC(), Duration.ofSeconds(2)).forConnection(
                new Connection("x", "x", Site.CUSTOM, "http://exchange.example",
                        Environment.LIVE, FakeOkx.master()));
        OkxException e = catchThrowableOfType(OkxException.class, () -> remote.apiKeys("trading01"));
        assertThat(e.userMessage()).contains("https://");
    }

    @Test
    void subAccountListWalksEveryPage() throws Exception {
        okx.answer("GET /api/v5/users/subaccount/list", FakeOkx.ok(page(0, 100)), FakeOkx.ok(page(100, 37)));
        var all = okx.client(Environment.LIVE).subAccounts();
        assertThat(all).hasSize(137);
        var reqs = okx.apiRequests();
        assertThat(reqs.get(0).getPath()).isEqualTo("/api/v5/users/subaccount/list?limit=100");
        assertThat(reqs.get(1).getPath()).isEqualTo("/api/v5/users/subaccount/list?after=" + (2_000_000 - 99)
                + "&limit=100");
    }

    private static String page(int from, int n) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            rows.add("{\"subAcct\":\"sub" + i + "abc\",\"ts\":\"" + (2_000_000 - i) + "\",\"enable\":true}");
        }
        return "[" + String.join(",", rows) + "]";
    }

    @Test
    void logsNeverContainSecretsOrPassphrases() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level was = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            okx.answer("POST /api/v5/users/subaccount/apikey",
                    FakeOkx.ok("[{\"subAcct\":\"trading01\",\"label\":\"bot1\","
                    + "\"apiKey\":\"k-1\",\"secretKey\":\"NEWKEYSECRET99\",\"passphrase\":\"NewPass-77x\"}]"),
                    FakeOkx.error(200, "59505", "The passphrase format is incorrect."));
            OkxClient client = okx.client(Environment.LIVE);
            client.createApiKey(createRequest("NewPass-77x"));
            catchThrowableOfType(OkxException.class, () -> client.createApiKey(createRequest("NewPass-77x")));
        } finally {
            root.removeHandler(capture);
            root.setLevel(was);
        }
        assertThat(records).isNotEmpty();
        StringBuilder all = new StringBuilder();
        for (LogRecord r : records) {
            all.append(new SimpleFormatter().format(r));
        }
        assertThat(all.toString()).contains("POST /api/v5/users/subaccount/apikey")
                .doesNotContain("NEWKEYSECRET99").doesNotContain("NewPass-77x")
                .doesNotContain(FakeOkx.MASTER_SECRET).doesNotContain(FakeOkx.MASTER_PASSPHRASE);
    }
}
