package org.keysmith.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.sandbox.WsBot;
import org.keysmith.service.relay.Relay;
import org.keysmith.service.relay.RelayCredential;
import org.keysmith.service.relay.RelayPolicy;
import org.keysmith.service.relay.Relays;

/**
 * {@code relay}: a signed {@code GET /api/v5/account/config} from Keysmith's own client, through the relay (default
 * policy) and, as the baseline in the same run, straight to the same Sandbox; one request at a time, the two
 * alternating, p50/p99 of each and the difference (goal: p50 added at most 0.5 ms on loopback). Then sustained
 * signed requests per second through the relay with 4 client threads for 5 s (goal at least 2000 on 2 cores), and
 * the same straight to the Sandbox. Then an {@code order} op over the private WebSocket and its answer, through
 * the relay and straight to the Sandbox, alternating: p50 of each and the difference.
 */
public final class RelayBench implements BenchSuite {
    private static final int SAMPLES = 3000;
    private static final int THREADS = 4;
    private static final long RUN_NANOS = 5_000_000_000L;
    private static final int WS_SAMPLES = 2000;

    @Override
    public void run(BenchReport report) throws Exception {
        Path logs = Files.createTempDirectory("relay-bench");
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
             OkxClients clients = new OkxClients("Keysmith/bench", Clock.systemUTC(), RateLimiter.disabled(),
                     Sleeper.REAL);
             Relay relay = Relays.start(s.baseUrl(), s.privateWebSocketUrl(), s.masterKey(), Environment.LIVE,
                     RelayPolicy.defaults(), logs, Duration.ofSeconds(20))) {
            RelayCredential rc = relay.credential();
            ApiCredentials relayKey = new ApiCredentials(rc.apiKey(), rc.secretKey().copy(), rc.passphrase().copy());
            OkxClient direct = clients.forConnection(new Connection("direct", "direct", Site.CUSTOM, s.baseUrl(),
                    Environment.LIVE, s.masterKey()));
            OkxClient relayed = clients.forConnection(new Connection("relay", "relay", Site.CUSTOM, relay.url(),
                    Environment.LIVE, relayKey));
            ApiCredentials master = s.masterKey();
            for (int i = 0; i < 2000; i++) {
                direct.accountConfig(master);
                relayed.accountConfig(relayKey);
            }
            long[] d = new long[SAMPLES];
            long[] r = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long t = System.nanoTime();
                direct.accountConfig(master);
                d[i] = System.nanoTime() - t;
                t = System.nanoTime();
                relayed.accountConfig(relayKey);
                r[i] = System.nanoTime() - t;
            }
            Stats sd = Stats.of(d);
            Stats sr = Stats.of(r);
            report.metric("direct_p50_ms", sd.median() / 1e6, "ms");
            report.metric("direct_p99_ms", sd.percentile(99) / 1e6, "ms");
            report.metric("relay_p50_ms", sr.median() / 1e6, "ms");
            report.metric("relay_p99_ms", sr.percentile(99) / 1e6, "ms");
            report.metric("added_p50_ms", (sr.median() - sd.median()) / 1e6, "ms");
            report.metric("added_p99_ms", (sr.percentile(99) - sd.percentile(99)) / 1e6, "ms");
            report.metric("relay_requests_per_s", throughput(relayed, relayKey), "req/s");
            report.metric("direct_requests_per_s", throughput(direct, master), "req/s");
            webSocket(report, s, relay);
            report.note(relay.counters().snapshot().line());
        } finally {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(logs);
        }
    }

    /**
     * An {@code order} op and its answer over the private WebSocket, through the relay (login swapped, the op checked
     * against the policy) and straight to the Sandbox, one at a time, alternating.
     */
    private static void webSocket(BenchReport report, SandboxServer s, Relay relay) throws Exception {
        ApiCredentials m = s.masterKey();
        RelayCredential rc = relay.credential();
        try (WsBot direct = WsBot.connect(s.privateWebSocketUrl());
             WsBot relayed = WsBot.connect(relay.webSocketUrl())) {
            direct.login(m.apiKey(), m.secretKey().exposeAsString(), m.passphrase().exposeAsString());
            relayed.login(rc.apiKey(), new String(rc.secretKey().chars()), new String(rc.passphrase().chars()));
            int n = WS_SAMPLES;
            long[] d = new long[n];
            long[] r = new long[n];
            for (int i = -500; i < n; i++) {
                long t = System.nanoTime();
                order(direct, "d" + (i + 500));
                long dt = System.nanoTime() - t;
                t = System.nanoTime();
                order(relayed, "r" + (i + 500));
                long rt = System.nanoTime() - t;
                if (i >= 0) {
                    d[i] = dt;
                    r[i] = rt;
                }
            }
            Stats sd = Stats.of(d);
            Stats sr = Stats.of(r);
            report.metric("ws_direct_order_p50_ms", sd.median() / 1e6, "ms");
            report.metric("ws_relay_order_p50_ms", sr.median() / 1e6, "ms");
            report.metric("ws_added_p50_ms", (sr.median() - sd.median()) / 1e6, "ms");
            report.metric("ws_added_p99_ms", (sr.percentile(99) - sd.percentile(99)) / 1e6, "ms");
        }
    }

    private static void order(WsBot bot, String id) throws InterruptedException {
        bot.send("{\"id\":\"" + id + "\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1000\",\"sz\":\"0.01\"}]}");
        String quoted = "\"id\":\"" + id + "\"";
        bot.next(msg -> msg.contains(quoted));
    }

    private static double throughput(OkxClient c, ApiCredentials key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long end = System.nanoTime() + RUN_NANOS;
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    c.accountConfig(key);
                    n++;
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get();
        }
        pool.shutdown();
        return total / (RUN_NANOS / 1e9);
    }
}
