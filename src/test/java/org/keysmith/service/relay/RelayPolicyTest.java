package org.keysmith.service.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.keysmith.service.UserFacingException;

/** The policy rules and the policy file format (docs/relay.md, "Policy"). */
class RelayPolicyTest {
    private static final Path FILE = Path.of("policy.json");
    private final AtomicLong now = new AtomicLong();
    private final RelayPolicyFile files = new RelayPolicyFile(now::get);
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RelayPolicy policy(String text) throws UserFacingException {
        return files.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Denial> check(RelayPolicy p, String method, String pathAndQuery, String body) {
        int q = pathAndQuery.indexOf('?');
        RelayRequest r = new RelayRequest(method, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
                q < 0 ? null : pathAndQuery.substring(q + 1), body.getBytes(StandardCharsets.UTF_8), h -> null);
        JsonNode node = null;
        boolean unreadable = false;
        if (!body.isEmpty()) {
            try {
                node = json.readTree(body);
            } catch (Exception e) {
                unreadable = true;
            }
        }
        return p.check(r, node, unreadable);
    }

    @Test
    void theDefaultsRefuseMoneyOutAndCredentialChangesAndLetTradingThrough() {
        RelayPolicy p = RelayPolicy.defaults();
        assertThat(check(p, "POST", "/api/v5/asset/withdrawal", "{}")).get().extracting(Denial::rule)
                .isEqualTo("withdrawal");
        assertThat(check(p, "POST", "/api/v5/asset/withdrawal-lightning", "{}")).isPresent();
        assertThat(check(p, "POST", "/api/v5/fiat/create-withdrawal", "{}")).isPresent();
        assertThat(check(p, "POST", "/api/v5/users/subaccount/modify-apikey", "{}")).get().extracting(Denial::rule)
                .isEqualTo("sub-accounts-and-keys");
        assertThat(check(p, "POST", "/api/v5/broker/nd/subaccount/apikey", "{}")).isPresent();
        assertThat(check(p, "POST", "/api/v5/asset/transfer", "{\"type\":\"1\",\"subAcct\":\"a\"}")).isPresent();
        assertThat(check(p, "POST", "/api/v5/asset/transfer", "{\"type\":\"0\",\"subAcct\":\"a\"}")).isPresent();
        assertThat(check(p, "POST", "/api/v5/asset/transfer", "not json")).isPresent();
        assertThat(check(p, "POST", "/api/v5/asset/transfer", "{\"from\":\"6\",\"to\":\"18\"}")).isEmpty();
        assertThat(check(p, "GET", "/api/v5/asset/withdrawal-history", "")).as("a read").isEmpty();
        assertThat(check(p, "POST", "/api/v5/trade/order", "{\"instId\":\"SHIB-USDT\"}")).isEmpty();
        assertThat(check(p, "GET", "/api/v5/account/balance", "")).isEmpty();
    }

    @Test
    void anInstrumentListChecksTheQueryTheBodyAndEveryOrderOfABatch() throws Exception {
        RelayPolicy p = policy("{\"instIds\":[\"BTC-USDT\",\"ETH-USDT-SWAP\"]}");
        assertThat(check(p, "POST", "/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"sz\":\"1\"}")).isEmpty();
        assertThat(check(p, "POST", "/api/v5/trade/order", "{\"instId\":\"SHIB-USDT\"}")).get()
                .extracting(Denial::message).asString().contains("instId SHIB-USDT");
        assertThat(check(p, "POST", "/api/v5/trade/batch-orders",
                "[{\"instId\":\"BTC-USDT\"},{\"instId\":\"PEPE-USDT\"}]")).isPresent();
        assertThat(check(p, "GET", "/api/v5/account/positions?instId=ETH-USDT-SWAP%2CDOGE-USDT-SWAP", ""))
                .isPresent();
        assertThat(check(p, "GET", "/api/v5/account/positions?instId=ETH-USDT-SWAP", "")).isEmpty();
        assertThat(check(p, "POST", "/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"instId\":\"PEPE-USDT\"}"))
                .as("a duplicate field could be read either way").isPresent();
        assertThat(check(p, "GET", "/api/v5/account/balance", "")).as("no instrument named").isEmpty();
    }

    @Test
    void anEndpointListAllowsOnlyWhatItNamesAndNeverLiftsTheDefaults() throws Exception {
        RelayPolicy p = policy("{\"endpoints\":[\"GET /api/v5/account/*\",\"POST /api/v5/trade/order\","
                + "\"/api/v5/asset/*\"]}");
        assertThat(check(p, "GET", "/api/v5/account/balance", "")).isEmpty();
        assertThat(check(p, "POST", "/api/v5/account/set-leverage", "{}")).get().extracting(Denial::rule)
                .isEqualTo("endpoint-allowlist");
        assertThat(check(p, "POST", "/api/v5/trade/order", "{}")).isEmpty();
        assertThat(check(p, "POST", "/api/v5/trade/batch-orders", "[]")).isPresent();
        assertThat(check(p, "POST", "/api/v5/asset/withdrawal", "{}")).get().extracting(Denial::rule)
                .isEqualTo("withdrawal");
    }

    @Test
    void theBudgetRefusesWhatIsOverItAndRefillsAsTheWindowSlides() throws Exception {
        RelayPolicy p = policy("{\"budget\":{\"requests\":2,\"perSeconds\":2}}");
        assertThat(p.takeBudget()).isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(p.takeBudget()).isTrue();
        assertThat(p.takeBudget()).isFalse();
        now.addAndGet(1_000_000_001L);
        assertThat(p.takeBudget()).as("the first left the window").isTrue();
        assertThat(p.takeBudget()).isFalse();
        assertThat(RelayPolicy.defaults().takeBudget()).isTrue();
    }

    @Test
    void aBadPolicyFileIsRefusedWithAMessageThatNamesTheProblem() {
        Map<String, String> bad = Map.of(
                "{\"endpoint\":[]}", "\"endpoint\" is not a policy field",
                "{\"instIds\":\"BTC-USDT\"}", "instIds must be a list",
                "{\"endpoints\":[\"DELETE /api/v5/x\"]}", "must look like",
                "{\"endpoints\":[\"/v5/x\"]}", "must look like",
                "{\"budget\":{\"requests\":0,\"perSeconds\":2}}", "budget needs",
                "{\"budget\":{\"requests\":\"5\",\"perSeconds\":2}}", "whole numbers",
                "{\"instIds\":[],\"instIds\":[]}", "not valid JSON",
                "[1]", "one JSON object",
                "{", "not valid JSON");
        bad.forEach((text, why) -> assertThatThrownBy(() -> policy(text)).as(text)
                .isInstanceOf(UserFacingException.class).hasMessageContaining(why)
                .hasMessageContaining("policy.json"));
        assertThatThrownBy(() -> files.read(Path.of("no-such-policy.json"))).hasMessageContaining("does not exist");
    }
}
