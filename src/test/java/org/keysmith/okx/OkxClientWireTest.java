package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import java.util.logging.SimpleFormatter;

/** What goes on the wire in the cases the fidelity and security reviews named (B2, B6, B7, L2) and what is logged. */
class OkxClientWireTest {
    private final FakeOkx okx = new FakeOkx();

    OkxClientWireTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        okx.close();
    }

    private OkxClient clientAt(String baseUrl) {
        return okx.clients(Clock.systemUTC(), Duration.ofSeconds(5)).forConnection(
                new Connection("c1", "Test", Site.CUSTOM, baseUrl, Environment.LIVE, FakeOkx.master()));
    }

    @Test
    void aHostNameThatOnlyStartsWith127IsNotThisComputer() {
        String lookalike = "http://127.0.0.1.evil.example:" + okx.server.getPort();
        OkxException e = catchThrowableOfType(OkxException.class, () -> clientAt(lookalike).apiKeys("trading01"));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.TRANSPORT);
        assertThat(e.userMessage()).contains("https://").contains("127.0.0.1");
        assertThat(okx.requests).as("refused before anything was sent, the clock sync included").isEmpty();
    }

    @Test
    void aBaseUrlWithItsOwnPathSignsOkxsRequestPath() throws Exception {
        okx.answer("GET /okx/api/v5/users/subaccount/apikey", FakeOkx.ok("[]"));
        clientAt(okx.baseUrl() + "/okx").apiKeys("trading01");
        RecordedRequest r = okx.apiRequests().get(0);
        assertThat(r.getPath()).isEqualTo("/okx/api/v5/users/subaccount/apikey?subAcct=trading01");
        String ts = r.getHeader("OK-ACCESS-TIMESTAMP");
        String expected = new RequestSigner().sign(Secret.copyOf(FakeOkx.MASTER_SECRET.toCharArray()), ts, "GET",
                "/api/v5/users/subaccount/apikey?subAcct=trading01", null);
        assertThat(r.getHeader("OK-ACCESS-SIGN")).as("signed over /api/v5/..., as OKX sees it behind the proxy")
                .isEqualTo(expected);
    }

    @Test
    void aKybMainAccountCanSendTheSubAccountsLoginPassword() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/create-subaccount", FakeOkx.ok("[{\"subAcct\":\"newsub01\","
                + "\"label\":\"desk one\",\"uid\":\"446556018520336384\",\"ts\":\"1700000000000\"}]"),
                FakeOkx.ok("[{\"subAcct\":\"newsub02\",\"label\":\"\",\"uid\":\"1\",\"ts\":\"1\"}]"));
        OkxClient client = okx.client(Environment.LIVE);
        try (Secret pwd = Secret.copyOf("Login-Pass7".toCharArray())) {
            assertThat(client.createSubAccount("newsub01", "desk one", pwd).uid()).isEqualTo("446556018520336384");
        }
        client.createSubAccount("newsub02", null, null);
        ObjectMapper json = new ObjectMapper();
        JsonNode kyb = json.readTree(okx.apiRequests().get(0).getBody().readString(StandardCharsets.UTF_8));
        assertThat(kyb.path("pwd").asText()).isEqualTo("Login-Pass7");
        assertThat(kyb.path("type").asText()).isEqualTo("1");
        JsonNode plain = json.readTree(okx.apiRequests().get(1).getBody().readString(StandardCharsets.UTF_8));
        assertThat(plain.has("pwd")).isFalse();
        assertThat(plain.has("label")).isFalse();
    }

    @Test
    void keysOfTheSameOkxUserShareOneRateLimit() throws Exception {
        String config = "[{\"uid\":\"44705892343619584\",\"mainUid\":\"44705892343619584\",\"label\":\"m\","
                + "\"perm\":\"read_only,trade\",\"ip\":\"1.2.3.4\",\"type\":\"0\"}]";
        for (int i = 0; i < 8; i++) {
            okx.answer("GET /api/v5/account/config", FakeOkx.ok(config));
        }
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(now::get, d -> {
            waits.add(d);
            now.addAndGet(d.toNanos());
        }, true);
        OkxClients clients = new OkxClients(OkxClients.defaultHttp().readTimeout(5, TimeUnit.SECONDS).build(),
                "Keysmith/test", Clock.systemUTC(), limiter, d -> { });
        OkxClient client = clients.forConnection(okx.connection(Environment.LIVE));
        ApiCredentials live = FakeOkx.master();
        ApiCredentials other = new ApiCredentials("0d0e0f00-0000-4000-8000-00000000beef",
                Secret.copyOf("OTHERSECRET".toCharArray()), Secret.copyOf("Other-Pass1".toCharArray()));
        client.accountConfig(live);
        client.accountConfig(other);
        assertThat(waits).isEmpty();
        for (int i = 0; i < 6; i++) {
            client.accountConfig(i % 2 == 0 ? live : other);
        }
        // 5 per 2 s for /account/config: the sixth call of the one user waits, though each key made only three
        assertThat(waits).hasSize(1);
        clients.close();
    }

    @Test
    void theRequestLogIsOffAtTheDefaultLevelAndNeverHoldsSecrets() throws Exception {
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
        Logger logger = Logger.getLogger(OkxTransport.class.getName());
        Level was = logger.getLevel();
        logger.addHandler(capture);
        try {
            logger.setLevel(Level.INFO);
            okx.answer("GET /api/v5/users/subaccount/apikey", FakeOkx.ok("[]"), FakeOkx.ok("[]"));
            OkxClient client = okx.client(Environment.LIVE);
            client.apiKeys("trading01");
            assertThat(records).as("nothing per request at INFO, the default").isEmpty();
            logger.setLevel(Level.FINE);
            client.apiKeys("trading01");
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(was);
        }
        assertThat(records).hasSize(1);
        String line = new SimpleFormatter().format(records.get(0));
        assertThat(line).contains("GET /api/v5/users/subaccount/apikey").contains("HTTP 200")
                .doesNotContain(FakeOkx.MASTER_SECRET).doesNotContain(FakeOkx.MASTER_PASSPHRASE);
    }
}
