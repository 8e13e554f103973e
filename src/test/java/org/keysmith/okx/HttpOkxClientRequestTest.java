package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.ModifyApiKeyRequest;

/** Checks the exact request each method sends, with the signature recomputed from what the server received. */
class HttpOkxClientRequestTest {
    private final FakeOkx okx = new FakeOkx();
    private final ObjectMapper json = new ObjectMapper();

    HttpOkxClientRequestTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        okx.close();
    }

    private RecordedRequest only() {
        assertThat(okx.apiRequests()).hasSize(1);
        return okx.apiRequests().get(0);
    }

    private static void assertSignedByMaster(RecordedRequest r) {
        String ts = r.getHeader("OK-ACCESS-TIMESTAMP");
        assertThat(ts).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        DateTimeFormatter.ISO_INSTANT.parse(ts);
        assertThat(r.getHeader("OK-ACCESS-KEY")).isEqualTo(FakeOkx.MASTER_KEY);
        assertThat(r.getHeader("OK-ACCESS-PASSPHRASE")).isEqualTo(FakeOkx.MASTER_PASSPHRASE);
        String expected = new RequestSigner().sign(Secret.copyOf(FakeOkx.MASTER_SECRET.toCharArray()), ts,
                r.getMethod(), r.getPath(), r.getBody().readByteArray());
        assertThat(r.getHeader("OK-ACCESS-SIGN")).isEqualTo(expected);
        assertThat(r.getHeader("User-Agent")).isEqualTo("Keysmith/test");
    }

    @Test
    void createSendsTheDocumentedBodySignedByteForByte() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/apikey", FakeOkx.ok("[{\"subAcct\":\"trading01\",\"label\":\"bot1\","
                + "\"apiKey\":\"k-1\",\"secretKey\":\"S3CR3T\","
                + "\"passphrase\":\"Abc123!xyz\",\"perm\":\"read_only,trade\","
                + "\"ip\":\"203.0.113.7\",\"ts\":\"1700000000000\"}]"));
        CreateOutcome out = okx.client(Environment.LIVE).createApiKey(new CreateApiKeyRequest("trading01", "bot1",
                Secret.copyOf("Abc123!xyz".toCharArray()), "read_only,trade", "203.0.113.7"));
        RecordedRequest r = only();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/api/v5/users/subaccount/apikey");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(r.getHeader("x-simulated-trading")).isNull();
        JsonNode body = json.readTree(r.getBody().clone().readString(StandardCharsets.UTF_8));
        assertThat(body.get("subAcct").asText()).isEqualTo("trading01");
        assertThat(body.get("label").asText()).isEqualTo("bot1");
        assertThat(body.get("passphrase").asText()).isEqualTo("Abc123!xyz");
        assertThat(body.get("perm").asText()).isEqualTo("read_only,trade");
        assertThat(body.get("ip").asText()).isEqualTo("203.0.113.7");
        assertSignedByMaster(r);
        CreateOutcome.Created created = (CreateOutcome.Created) out;
        assertThat(created.key().apiKey()).isEqualTo("k-1");
        assertThat(created.key().secretKey().chars()).containsExactly("S3CR3T".toCharArray());
        assertThat(created.key().toString()).doesNotContain("S3CR3T").doesNotContain("Abc123!xyz");
    }

    @Test
    void setTransferOutSendsABooleanAndReadsTheListFlag() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/set-transfer-out",
                FakeOkx.ok("[{\"subAcct\":\"trading01\",\"canTransOut\":false}]"));
        var set = okx.client(Environment.LIVE).setTransferOut("trading01", false);
        RecordedRequest r = only();
        JsonNode body = json.readTree(r.getBody().clone().readString(StandardCharsets.UTF_8));
        assertThat(body.get("subAcct").asText()).isEqualTo("trading01");
        assertThat(body.get("canTransOut").isBoolean()).as("a JSON boolean, as OKX documents it").isTrue();
        assertThat(body.get("canTransOut").asBoolean()).isFalse();
        assertSignedByMaster(r);
        assertThat(set.canTransOut()).isFalse();
    }

    @Test
    void createWithoutIpsLeavesTheFieldOut() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/apikey", FakeOkx.ok("[{\"apiKey\":\"k\",\"secretKey\":\"s\"}]"));
        okx.client(Environment.LIVE).createApiKey(new CreateApiKeyRequest("trading01", "bot1",
                Secret.copyOf("Abc123!xyz".toCharArray()), "read_only", null));
        assertThat(json.readTree(only().getBody().readUtf8()).has("ip")).isFalse();
    }

    @Test
    void queryPutsTheSubAccountInTheSignedQueryAndSendsNoBody() throws Exception {
        okx.answer("GET /api/v5/users/subaccount/apikey", FakeOkx.ok("[{\"label\":\"bot1\",\"apiKey\":\"k-1\","
                + "\"perm\":\"read_only,trade\",\"ip\":\"1.1.1.1,2.2.2.2\",\"ts\":\"1700000000000\"}]"));
        var keys = okx.client(Environment.LIVE).apiKeys("trading01");
        RecordedRequest r = only();
        assertThat(r.getPath()).isEqualTo("/api/v5/users/subaccount/apikey?subAcct=trading01");
        assertThat(r.getBodySize()).isZero();
        assertSignedByMaster(r);
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.label()).isEqualTo("bot1");
            assertThat(k.ip()).isEqualTo("1.1.1.1,2.2.2.2");
        });
    }

    @Test
    void demoConnectionsSendTheSimulatedTradingHeader() throws Exception {
        okx.answer("GET /api/v5/account/config", FakeOkx.ok("[{\"uid\":\"1\",\"mainUid\":\"1\",\"label\":\"m\","
                + "\"perm\":\"read_only,trade\",\"ip\":\"127.0.0.1\",\"type\":\"0\"}]"));
        var config = okx.client(Environment.DEMO).accountConfig(FakeOkx.master());
        RecordedRequest r = only();
        assertThat(r.getHeader("x-simulated-trading")).isEqualTo("1");
        assertThat(r.getPath()).isEqualTo("/api/v5/account/config");
        assertSignedByMaster(r);
        assertThat(config.isMainAccount()).isTrue();
    }

    @Test
    void modifyDeleteAndCreateSubAccountBodies() throws Exception {
        okx.answer("POST /api/v5/users/subaccount/modify-apikey", FakeOkx.ok("[{\"subAcct\":\"trading01\","
                + "\"apiKey\":\"k-1\",\"label\":\"bot2\",\"perm\":\"read,trade\",\"ip\":\"\",\"ts\":\"1\"}]"));
        okx.answer("POST /api/v5/users/subaccount/delete-apikey", FakeOkx.ok("[{\"subAcct\":\"trading01\"}]"));
        okx.answer("POST /api/v5/users/subaccount/create-subaccount", FakeOkx.ok("[{\"subAcct\":\"newsub01\","
                + "\"label\":\"x\",\"uid\":\"99\",\"ts\":\"1\"}]"));
        OkxClient c = okx.client(Environment.LIVE);
        c.modifyApiKey(new ModifyApiKeyRequest("trading01", "k-1", "bot2", null, ""));
        c.deleteApiKey("trading01", "k-1");
        c.createSubAccount("newsub01", "x", null);
        var reqs = okx.apiRequests();
        JsonNode modify = json.readTree(reqs.get(0).getBody().clone().readUtf8());
        assertThat(modify.has("perm")).isFalse();
        assertThat(modify.get("ip").asText()).isEmpty();
        assertThat(modify.get("label").asText()).isEqualTo("bot2");
        assertThat(json.readTree(reqs.get(1).getBody().clone().readUtf8()).toString())
                .isEqualTo("{\"subAcct\":\"trading01\",\"apiKey\":\"k-1\"}");
        assertThat(json.readTree(reqs.get(2).getBody().clone().readUtf8()).get("type").asText()).isEqualTo("1");
        reqs.forEach(HttpOkxClientRequestTest::assertSignedByMaster);
    }

    @Test
    void serverTimeIsParsedFromMilliseconds() throws Exception {
        assertThat(okx.client(Environment.LIVE).serverTime()).isEqualTo(Instant.parse("2026-11-25T12:00:00.123Z"));
    }
}
