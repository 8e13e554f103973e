package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.Secret;
import org.keysmith.okx.CreateOutcome;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.okx.dto.CreateApiKeyRequest;

/** Rate limits, faults, concurrent clients, the state file, and requests that are too big or broken. */
class SandboxRobustnessTest {
    @TempDir
    Path dir;

    private static CreateApiKeyRequest create(String label) {
        return new CreateApiKeyRequest("TradingDesk01", label, Secret.copyOf(
                "Abc123!xyz".toCharArray()), "read_only", null);
    }

    private static OkxClient client(OkxClients clients, SandboxServer s) {
        return clients.forConnection(SandboxKeysTest.connection(s, s.masterKey()));
    }

    @Test
    void rateLimitsAnswer429With50011() throws Exception {
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults());
             OkxClients clients = new OkxClients("t", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
            OkxClient c = client(clients, s);
            c.createApiKey(create("first"));
            OkxException e = catchThrowableOfType(OkxException.class, () -> c.createApiKey(create("second")));
            assertThat(e.httpStatus()).isEqualTo(429);
            assertThat(e.code()).isEqualTo("50011");
        }
    }

    @Test
    void faultPlanDropsACommittedCreatesAnswer() throws Exception {
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
             OkxClients clients = new OkxClients("t", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
            OkxClient c = client(clients, s);
            s.faults().dropAfterCreate(1);
            assertThat(c.createApiKey(create("lost1"))).isInstanceOf(CreateOutcome.ResponseLost.class);
            assertThat(c.apiKeys("TradingDesk01")).anyMatch(k -> k.label().equals("lost1"));
            assertThat(c.createApiKey(create("kept1"))).isInstanceOf(CreateOutcome.Created.class);
        }
    }

    @Test
    void faultPlanServerErrorsBurstsAndLatency() throws Exception {
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
             OkxClients clients = new OkxClients("t", Clock.systemUTC(), RateLimiter.disabled(), d -> { })) {
            OkxClient c = client(clients, s);
            c.serverTime();
            s.faults().serverErrors(1.0);
            assertThat(catchThrowableOfType(OkxException.class,
                    () -> c.apiKeys("TradingDesk01")).code()).isEqualTo("50001");
            assertThat(c.createApiKey(create("maybe1"))).isInstanceOf(CreateOutcome.ResponseLost.class);
            s.faults().reset().tooManyRequests(2);
            assertThat(c.apiKeys("TradingDesk01")).isNotEmpty();
            s.faults().reset().latency(Duration.ofMillis(150));
            long t = System.nanoTime();
            c.serverTime();
            assertThat(Duration.ofNanos(System.nanoTime() - t)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void eightThreadsCreatingAndDeletingLoseAndDuplicateNothing() throws Exception {
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
             OkxClients clients = new OkxClients("t", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
            OkxClient c = client(clients, s);
            for (int i = 1; i <= 8; i++) {
                c.createSubAccount("Worker0" + i, null, null);
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Set<String>>> kept = new ArrayList<>();
            for (int t = 1; t <= 8; t++) {
                String sub = "Worker0" + t;
                kept.add(pool.submit(() -> {
                    Set<String> mine = new HashSet<>();
                    for (int i = 0; i < 30; i++) {
                        var k = ((CreateOutcome.Created) c.createApiKey(new CreateApiKeyRequest(sub, "k" + i,
                                Secret.copyOf("Abc123!xyz".toCharArray()), "read_only", null))).key();
                        if (i % 3 == 0) {
                            c.deleteApiKey(sub, k.apiKey());
                        } else {
                            mine.add(k.apiKey());
                        }
                    }
                    return mine;
                }));
            }
            Set<String> expected = new HashSet<>();
            for (Future<Set<String>> f : kept) {
                expected.addAll(f.get());
            }
            pool.shutdown();
            Set<String> onServer = new HashSet<>();
            for (int t = 1; t <= 8; t++) {
                c.apiKeys("Worker0" + t).forEach(k -> assertThat(onServer.add(k.apiKey())).isTrue());
            }
            assertThat(expected).hasSize(8 * 20);
            assertThat(onServer).isEqualTo(expected);
        }
    }

    @Test
    void stateFileRoundTripKeepsKeysAndMasterKey() throws Exception {
        Path state = dir.resolve("sandbox-state.json");
        String masterKey;
        String createdKey;
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false)
                .withStateFile(state));
             OkxClients clients = new OkxClients("t", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
            masterKey = s.masterKey().apiKey();
            createdKey = ((CreateOutcome.Created) client(clients, s).createApiKey(create("persist1"))).key().apiKey();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false)
                .withStateFile(state));
             OkxClients clients = new OkxClients("t", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
            assertThat(s.masterKey().apiKey()).isEqualTo(masterKey);
            assertThat(client(clients, s).apiKeys("TradingDesk01")).anyMatch(k -> k.apiKey().equals(createdKey));
        }
    }

    @Test
    void tenMegabyteBodyAndMalformedJsonGetOkxStyleErrors() throws Exception {
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false))) {
            RawOkx raw = new RawOkx(s.baseUrl(), s.masterKey().apiKey(), new String(s.masterKey().secretKey().chars()),
                    new String(s.masterKey().passphrase().chars()));
            RawOkx.Answer big = raw.post("/api/v5/users/subaccount/apikey",
                    "{\"label\":\"" + "x".repeat(10 << 20) + "\"}");
            assertThat(big.code()).isEqualTo("51000");
            assertThat(big.body().path("msg").asText()).contains("body");
            RawOkx.Answer broken = raw.post("/api/v5/users/subaccount/apikey", "{\"subAcct\": ");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.code()).isEqualTo("50002");
            raw.overrides.put("Content-Type", "text/plain");
            assertThat(raw.post("/api/v5/users/subaccount/apikey", "{}").code()).isEqualTo("50006");
            HttpResponse<String> empty = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(s.baseUrl()
                            + "/api/v5/users/subaccount/apikey")).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(empty.body()).contains("\"code\":\"50103\"");
        }
    }
}
