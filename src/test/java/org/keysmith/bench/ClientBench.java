package org.keysmith.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.RequestSigner;
import org.keysmith.okx.Sleeper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * {@code client}: the cost of one signature, and round trips of signed {@code GET /users/subaccount/apikey} over a
 * kept-alive loopback connection to MockWebServer (client rate limit off), as p50/p99 of 1 000 calls; then signed
 * {@code GET /account/config} against the standalone Sandbox, and through ccxt against it when given.
 */
public final class ClientBench implements BenchSuite {
    private static final int CALLS = 1000;

    @Override
    public void run(BenchReport report) throws Exception {
        report.metric("sign_ns", signNanos(), "ns");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    String body = r.getPath().startsWith("/api/v5/public/time")
                            ? "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + System.currentTimeMillis() + "\"}]}"
                            : "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"label\":\"bot1\",\"apiKey\":\"k-1\","
                            + "\"perm\":\"read_only,trade\",\"ip\":\"1.1.1.1\",\"ts\":\"1700000000000\"}]}";
                    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
                }
            });
            server.setServerSocketFactory(new NoDelayServerSockets());
            server.start();
            String base = server.url("/").toString();
            Connection c = new Connection("b", "bench", Site.CUSTOM, base.substring(0, base.length() - 1),
                    Environment.LIVE, new ApiCredentials("key", Secret.copyOf("SECRET0123456789".toCharArray()),
                    Secret.copyOf("Pass-word1".toCharArray())));
            try (OkxClients clients = new OkxClients(
                    "Keysmith/bench", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
                OkxClient client = clients.forConnection(c);
                for (int i = 0; i < 200; i++) {
                    client.apiKeys("trading01");
                }
                long[] ms = new long[CALLS];
                for (int i = 0; i < CALLS; i++) {
                    long t = System.nanoTime();
                    client.apiKeys("trading01");
                    ms[i] = System.nanoTime() - t;
                }
                Stats s = Stats.of(ms);
                report.metric("roundtrip_ms_p50", s.median() / 1e6, "ms");
                report.metric("roundtrip_ms_p99", s.percentile(99) / 1e6, "ms");
            }
        }
        standaloneSandbox(report);
    }

    /**
     * Signed {@code GET /api/v5/account/config} against {@code keysmith sandbox --no-rate-limits} in its own JVM
     * (the jar's command line, as a user starts it), and the same call through ccxt's okx class with node against
     * the same server in the same run when {@code -Dbench.ccxt=DIR} names a folder with {@code node_modules/ccxt}.
     */
    private static void standaloneSandbox(BenchReport report) throws Exception {
        Path target = Path.of(System.getProperty("keysmith.target", "target"));
        Path state = Files.createTempDirectory("keysmith-client-bench").resolve("sandbox-state.json");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                target.resolve("keysmith.jar").toString(), "sandbox", "--port", "0", "--no-rate-limits",
                "--state", state.toString());
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            Map<String, String> printed = new HashMap<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line; printed.size() < 4 && (line = out.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (colon > 0 && (line.startsWith("base URL") || line.startsWith("api key")
                        || line.startsWith("secret key") || line.startsWith("passphrase"))) {
                    printed.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
            String base = printed.get("base URL");
            ApiCredentials master = new ApiCredentials(printed.get("api key"),
                    Secret.copyOf(printed.get("secret key").toCharArray()),
                    Secret.copyOf(printed.get("passphrase").toCharArray()));
            Connection c = new Connection("s", "bench", Site.CUSTOM, base, Environment.LIVE, master);
            double ours;
            try (OkxClients clients = new OkxClients(
                    "Keysmith/bench", Clock.systemUTC(), RateLimiter.disabled(), Sleeper.REAL)) {
                OkxClient client = clients.forConnection(c);
                for (int i = 0; i < 200; i++) {
                    client.accountConfig(master);
                }
                long[] ns = new long[CALLS];
                for (int i = 0; i < CALLS; i++) {
                    long t = System.nanoTime();
                    client.accountConfig(master);
                    ns[i] = System.nanoTime() - t;
                }
                Stats s = Stats.of(ns);
                ours = s.median() / 1e6;
                report.metric("sandbox_roundtrip_ms_p50", ours, "ms");
                report.metric("sandbox_roundtrip_ms_p99", s.percentile(99) / 1e6, "ms");
            }
            ccxt(report, printed, ours);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void ccxt(BenchReport report, Map<String, String> sandbox, double oursMs) throws Exception {
        String dir = System.getProperty("bench.ccxt", "");
        if (dir.isBlank() || !Files.isDirectory(Path.of(dir, "node_modules", "ccxt"))) {
            report.note("no ccxt to compare with (-Dbench.ccxt=DIR, a folder where `npm install ccxt` was run)");
            return;
        }
        Path script = Path.of(dir, "keysmith-ccxt-roundtrip.js");
        try (InputStream in = ClientBench.class.getResourceAsStream("ccxt-roundtrip.js")) {
            Files.write(script, in.readAllBytes());
        }
        Process node = new ProcessBuilder("node", script.toString(), sandbox.get("base URL"), sandbox.get("api key"),
                sandbox.get("secret key"), sandbox.get("passphrase"), "200", String.valueOf(CALLS))
                .directory(new File(dir)).redirectErrorStream(true).start();
        String answer = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (node.waitFor() != 0 || !answer.startsWith("P50 ")) {
            report.note("ccxt run failed: " + answer);
            return;
        }
        String[] f = answer.split(" ");
        double ccxtMs = Double.parseDouble(f[1]);
        report.metric("ccxt_roundtrip_ms_p50", ccxtMs, "ms");
        report.metric("ccxt_roundtrip_ms_p99", Double.parseDouble(f[3]), "ms");
        report.metric("sandbox_roundtrip_to_ccxt_ratio", oursMs / ccxtMs, "x");
    }

    /**
     * MockWebServer writes the head and the body of an answer separately; without TCP_NODELAY, Nagle's algorithm
     * and delayed ACKs add ~40 ms to every loopback round trip, which would measure the mock, not the client.
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket s = super.accept();
                    s.setTcpNoDelay(true);
                    return s;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress a)
                throws IOException {
            throw new UnsupportedOperationException();
        }
    }

    private static double signNanos() {
        RequestSigner signer = new RequestSigner();
        Secret secret = Secret.copyOf("22582BD0CFF14C41EDBF1AB98506286D".toCharArray());
        byte[] body = "{\"subAcct\":\"test00001\",\"label\":\"bot1\"}".getBytes(StandardCharsets.UTF_8);
        String ts = RequestSigner.timestamp(Instant.now());
        for (int i = 0; i < 50_000; i++) {
            signer.sign(secret, ts, "POST", "/api/v5/users/subaccount/apikey", body);
        }
        long[] samples = new long[21];
        for (int s = 0; s < samples.length; s++) {
            long t = System.nanoTime();
            for (int i = 0; i < 10_000; i++) {
                signer.sign(secret, ts, "POST", "/api/v5/users/subaccount/apikey", body);
            }
            samples[s] = (System.nanoTime() - t) / 10_000;
        }
        return Stats.of(samples).median();
    }
}
