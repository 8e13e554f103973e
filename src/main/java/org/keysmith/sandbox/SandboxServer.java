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
import javax.net.ServerSocketFactory;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.okx.OkxJson;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.server.WebSocketServer;
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
    private final WebSocketServer ws;
    private final SandboxOrders orders;

    private SandboxServer(HttpServer http, ExecutorService workers, SandboxState state, String masterApiKey,
                          FaultPlan faults, WebSocketServer ws, SandboxOrders orders) {
        this.ws = ws;
        this.orders = orders;
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
        SandboxOrders orders = new SandboxOrders(o.clock());
        WebSocketServer ws;
        try {
            ws = WebSocketServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    ServerSocketFactory.getDefault(), new PrivateWebSocket(loaded.state(), orders, json, now,
                            o.random()), 64, 64 * 1024, true, "sandbox-ws");
        } catch (IOException e) {
            http.stop(0);
            workers.shutdownNow();
            throw e;
        }
        http.start();
        return new SandboxServer(http, workers, loaded.state(), loaded.masterApiKey(), faults, ws, orders);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /**
     * {@code ws://127.0.0.1:<port>/ws/v5/private}: the private WebSocket (login, the {@code orders} channel, the
     * order ops), on a port of its own beside the REST one.
     */
    public String privateWebSocketUrl() {
        return "ws://127.0.0.1:" + ws.port() + PrivateWebSocket.PATH;
    }

    /** How many orders the Sandbox holds for the OKX user {@code uid} (tests). */
    public int orderCount(String uid) {
        return orders.of(uid).size();
    }

    /** The OKX user id of the main account, which its master keys' orders belong to. */
    public String mainUid() {
        return state.mainUid();
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
        ws.close();
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
