package org.keysmith.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;

/**
 * {@code sandbox}: cold start of the embedded server (the first start in a fresh JVM; warm restarts as a median), and
 * signed
 * {@code GET /users/subaccount/apikey} throughput with 4 client threads for 5 s (rate limits off).
 */
public final class SandboxBench implements BenchSuite {
    private static final int THREADS = 4;
    private static final long RUN_NANOS = 5_000_000_000L;

    @Override
    public void run(BenchReport report) throws Exception {
        long[] starts = new long[10];
        for (int i = 0; i < starts.length; i++) {
            long t = System.nanoTime();
            SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
            starts[i] = System.nanoTime() - t;
            s.stop();
        }
        report.metric("start_ms", starts[0] / 1e6, "ms");
        report.metric("start_ms_warm_median", Stats.of(starts).median() / 1e6, "ms");
        try (SandboxServer s = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
             OkxClients clients = new OkxClients(
                     "Keysmith/bench", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
            OkxClient c = clients.forConnection(new Connection("sandbox", "Sandbox", Site.CUSTOM, s.baseUrl(),
                    Environment.LIVE, s.masterKey()));
            for (int i = 0; i < 2000; i++) {
                c.apiKeys("TradingDesk01");
            }
            report.metric("requests_per_s", throughput(c), "req/s");
        }
    }

    private static double throughput(OkxClient c) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long end = System.nanoTime() + RUN_NANOS;
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    c.apiKeys("TradingDesk01");
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
