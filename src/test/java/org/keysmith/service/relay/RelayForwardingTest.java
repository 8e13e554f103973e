package org.keysmith.service.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.okx.RequestSigner;

/** The relay against a canned upstream (MockWebServer): what reaches the exchange, and what comes back. */
class RelayForwardingTest {
    private static final String REAL_KEY = "9e1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
    private static final String REAL_SECRET = "REALSECRET0123456789ABCDEFREALSEC";
    private static final String REAL_PASS = "Real-Passphrase-1";
    @TempDir
    Path logs;
    private MockWebServer upstream;
    private Relay relay;

    @BeforeEach
    void start() throws Exception {
        upstream = new MockWebServer();
        upstream.start();
        // the relay measures the upstream's clock once at start
        upstream.enqueue(json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + System.currentTimeMillis()
                + "\"}]}"));
        relay = Relays.start(upstream.url("/").toString(), realKey(), Environment.DEMO, RelayPolicy.defaults(), logs,
                Duration.ofMillis(700));
        upstream.takeRequest();
    }

    @AfterEach
    void stop() throws IOException {
        relay.close();
        upstream.shutdown();
    }

    private static ApiCredentials realKey() {
        return new ApiCredentials(REAL_KEY, Secret.copyOf(REAL_SECRET.toCharArray()),
                Secret.copyOf(REAL_PASS.toCharArray()));
    }

    private RawBot bot() {
        RawBot b = RawBot.of(relay);
        b.demo = true;
        return b;
    }

    @Test
    void theExchangeSeesTheBotsMethodPathQueryAndBodyByteForByteSignedWithTheRealKey() throws Exception {
        upstream.enqueue(json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
        upstream.enqueue(json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
        String body = "{ \"instId\":\"BTC-USDT\",\"side\":\"buy\",  \"sz\":\"0.01\",\"tag\":\"caf\u00e9\"}";
        RawBot bot = bot();
        bot.overrides.put("Content-Type", "application/json; charset=UTF-8");
        bot.overrides.put("User-Agent", "my-bot/1.0");
        assertThat(bot.post("/api/v5/trade/order", body).status()).isEqualTo(200);
        assertThat(bot.get("/api/v5/account/positions?instId=BTC-USDT-SWAP,ETH-USDT-SWAP&after=1%2C2&limit=5")
                .status()).isEqualTo(200);

        RecordedRequest post = upstream.takeRequest(5, TimeUnit.SECONDS);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getPath()).isEqualTo("/api/v5/trade/order");
        assertThat(post.getBody().readByteArray()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(post.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(post.getHeader("User-Agent")).isEqualTo("my-bot/1.0");
        assertSignedWithTheRealKey(post, "/api/v5/trade/order", body.getBytes(StandardCharsets.UTF_8));

        RecordedRequest get = upstream.takeRequest(5, TimeUnit.SECONDS);
        String pq = "/api/v5/account/positions?instId=BTC-USDT-SWAP,ETH-USDT-SWAP&after=1%2C2&limit=5";
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getPath()).isEqualTo(pq);
        assertThat(get.getBodySize()).isZero();
        assertSignedWithTheRealKey(get, pq, null);
    }

    private static void assertSignedWithTheRealKey(RecordedRequest r, String pathAndQuery, byte[] body) {
        assertThat(r.getHeader("OK-ACCESS-KEY")).isEqualTo(REAL_KEY);
        assertThat(r.getHeader("OK-ACCESS-PASSPHRASE")).isEqualTo(REAL_PASS);
        assertThat(r.getHeader("x-simulated-trading")).isEqualTo("1");
        assertThat(r.getHeaders().values("OK-ACCESS-SIGN")).hasSize(1);
        assertThat(new RequestSigner().verify(Secret.copyOf(REAL_SECRET.toCharArray()),
                r.getHeader("OK-ACCESS-TIMESTAMP"), r.getMethod(), pathAndQuery, body,
                r.getHeader("OK-ACCESS-SIGN"))).isTrue();
    }

    @Test
    void theExchangesAnswerComesBackUnchangedWithoutHopByHopHeaders() throws Exception {
        String answer = "{\"msg\":\"Service temporarily unavailable. Please try again later.\",\"code\":\"50001\"}";
        upstream.enqueue(json(503, answer).addHeader("x-okx-trace", "abc123").addHeader("Keep-Alive", "timeout=5"));
        RawBot.Answer a = bot().get("/api/v5/account/balance");
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.body()).isEqualTo(answer);
        assertThat(a.headers().firstValue("x-okx-trace")).contains("abc123");
        assertThat(a.headers().firstValue("Keep-Alive")).isEmpty();
        assertThat(a.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void aWriteWhoseAnswerIsLostIsNeverRepeatedAndIsAnsweredLikeOkxsTimeout() throws Exception {
        upstream.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        upstream.enqueue(json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ordId\":\"second\"}]}"));
        RawBot.Answer a = bot().post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"side\":\"buy\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.code()).isEqualTo("50004");
        assertThat(a.body()).contains("API endpoint request timeout");
        assertThat(upstream.getRequestCount()).as("the clock sync and the order, once").isEqualTo(2);
        upstream.takeRequest();
        assertThat(upstream.takeRequest(300, TimeUnit.MILLISECONDS)).as("no second attempt").isNull();
    }

    @Test
    void aDroppedConnectionIsNotRetriedEither() throws Exception {
        upstream.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        upstream.enqueue(json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
        RawBot.Answer a = bot().post("/api/v5/trade/cancel-order", "{\"instId\":\"BTC-USDT\",\"ordId\":\"1\"}");
        assertThat(a.code()).isEqualTo("50004");
        assertThat(upstream.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnreachableExchangeIsOkxsServiceUnavailable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (Relay down = Relays.start("http://127.0.0.1:" + closed, realKey(), Environment.LIVE,
                RelayPolicy.defaults(), logs.resolve("down"), Duration.ofSeconds(1))) {
            RawBot.Answer a = RawBot.of(down).get("/api/v5/account/balance");
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.code()).isEqualTo("50001");
        }
    }

    @Test
    void deniedRequestsNeverReachTheExchange() throws Exception {
        RawBot bot = bot();
        assertDenied(bot.post("/api/v5/asset/withdrawal", "{\"ccy\":\"USDT\",\"amt\":\"100\",\"dest\":\"4\"}"),
                "withdrawal");
        assertDenied(bot.post("/api/v5/asset/transfer", "{\"ccy\":\"USDT\",\"amt\":\"1\",\"from\":\"18\","
                + "\"to\":\"6\",\"type\":\"2\",\"subAcct\":\"other\"}"), "transfer-out");
        assertDenied(bot.post("/api/v5/asset/transfer", "{\"type\":\"0\",\"type\":\"3\"}"), "transfer-out");
        assertDenied(bot.post("/api/v5/asset/subaccount/transfer", "{\"ccy\":\"USDT\"}"), "transfer-out");
        assertDenied(bot.post("/api/v5/users/subaccount/apikey", "{\"subAcct\":\"x\"}"), "sub-accounts-and-keys");
        assertDenied(bot.get("/api/v5/users/subaccount/list"), "sub-accounts-and-keys");
        assertThat(upstream.getRequestCount()).as("only the clock sync").isEqualTo(1);
        upstream.enqueue(json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
        assertThat(bot.post("/api/v5/asset/transfer", "{\"ccy\":\"USDT\",\"amt\":\"1\",\"from\":\"6\",\"to\":\"18\"}")
                .code()).as("within the account").isEqualTo("0");
        assertThat(relay.counters().snapshot().denials()).containsEntry("transfer-out", 3L);
    }

    static void assertDenied(RawBot.Answer a, String rule) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.code()).isEqualTo("50030");
        assertThat(a.body()).contains("Denied by the Keysmith relay policy").contains("rule " + rule)
                .contains("\"data\":[]");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }
}
