package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.okx.OkxJson;
import org.keysmith.okx.RateLimiter;
import java.util.concurrent.ThreadFactory;

/**
 * Keysmith's embedded OKX-compatible exchange: the v5 endpoints Keysmith uses, with OKX's rules and error codes,
 * on 127.0.0.1 only. Start it with {@link #start}; {@link #masterKey()} is the main account's master key.
 */
public final class SandboxServer implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService workers;
    private final SandboxState state;
    private final String masterApiKey;
    private final FaultPlan faults;

    private SandboxServer(HttpServer http, ExecutorService workers, SandboxState state, String masterApiKey,
                          FaultPlan faults) {
        this.http = http;
        this.workers = workers;
        this.state = state;
        this.masterApiKey = masterApiKey;
        this.faults = faults;
    }

    public static SandboxServer start(SandboxOptions o) throws IOException {
        // The JDK server writes an answer's head and body separately; without TCP_NODELAY every loopback
        // answer waits ~40 ms for a delayed ACK. The property is read once, when the server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        StateFile file = o.stateFile() == null ? null : new StateFile(o.stateFile());
        StateFile.Loaded loaded = file != null && file.exists() ? file.load(o.random(), o.clock())
                : new Seed(o.random(), o.clock()).create(o.seed());
        if (file != null) {
            loaded.state().onChange(() -> file.save(loaded.state(), loaded.masterApiKey()));
            file.save(loaded.state(), loaded.masterApiKey());
        }
        FaultPlan faults = new FaultPlan();
        Supplier<Instant> now = () -> o.clock().instant().plus(faults.clockSkew());
        ObjectMapper json = OkxJson.newMapper();
        RateLimiter limiter = new RateLimiter(System::nanoTime, d -> { }, o.rateLimits());
        ExchangeHandler handler = new ExchangeHandler(new Routes(loaded.state(), json,
                () -> now.get().toEpochMilli(), faults).all(), loaded.state(), limiter, faults, json, now);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), o.port()), 64);
        ExecutorService workers = Executors.newFixedThreadPool(8, daemonThreads());
        http.setExecutor(workers);
        http.createContext("/", handler);
        http.start();
        return new SandboxServer(http, workers, loaded.state(), loaded.masterApiKey(), faults);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** A copy of the live master key's credentials (main account, Read + Trade, bound to 127.0.0.1). */
    public ApiCredentials masterKey() {
        return credentials(masterApiKey);
    }

    /** A copy of the demo-trading master key's credentials. */
    public ApiCredentials demoMasterKey() {
        return state.allKeys().stream().filter(k -> k.isMain() && Seed.DEMO_MASTER_LABEL.equals(k.label()))
                .findFirst().map(k -> credentials(k.apiKey()))
                .orElseThrow(() -> new IllegalStateException("this sandbox state has no demo master key"));
    }

    public SandboxState state() {
        return state;
    }

    public FaultPlan faults() {
        return faults;
    }

    public void stop() {
        http.stop(0);
        workers.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private ApiCredentials credentials(String apiKey) {
        SandboxKey k = state.key(apiKey).orElseThrow(() -> new IllegalStateException("master key missing"));
        return new ApiCredentials(k.apiKey(), k.secretKey().copy(), k.passphrase().copy());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
