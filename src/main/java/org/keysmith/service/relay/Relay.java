package org.keysmith.service.relay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.okx.server.WebSocketServer;

/**
 * One running relay: an OKX-compatible HTTP endpoint on this computer that takes the bot's requests signed with the
 * {@link RelayCredential} and forwards them re-signed with the real key (docs/relay.md). Holds the only copies of the
 * real key and the relay credential it uses; {@link #close()} stops serving and wipes both.
 */
public final class Relay implements AutoCloseable {
    /** The largest WebSocket message a bot may send (OKX's own ops are a few KiB; a batch of 20 orders well under). */
    static final int MAX_WS_MESSAGE = 256 * 1024;
    private final HttpServer http;
    private final ExecutorService workers;
    private final RelayCredential credential;
    private final RelayUpstream upstream;
    private final RelayCounters counters;
    private final RelayLog log;
    private final RelayPolicy policy;
    private final List<String> warnings;
    private final List<String> notes;
    private ApiKeyEntry entry;
    private WebSocketServer ws;
    private OkxSocketDialer dialer;

    private Relay(HttpServer http, ExecutorService workers, RelayCredential credential, RelayUpstream upstream,
                  RelayCounters counters, RelayLog log, RelayPolicy policy, List<String> warnings, List<String> notes) {
        this.http = http;
        this.workers = workers;
        this.credential = credential;
        this.upstream = upstream;
        this.counters = counters;
        this.log = log;
        this.policy = policy;
        this.warnings = warnings;
        this.notes = notes;
    }

    /**
     * Where the relay's WebSocket listens and where it connects to: {@code upstreamUrl} is the exchange's private
     * WebSocket ({@code wss://…/ws/v5/private}, or the Sandbox's {@code ws://127.0.0.1:…}).
     */
    record WebSocketPlan(InetSocketAddress listen, String upstreamUrl) {
    }

    /**
     * Starts serving on {@code listen}, and the WebSocket per {@code ws} (null: REST only); on failure everything
     * given is wiped and closed.
     */
    static Relay start(InetSocketAddress listen, WebSocketPlan wsPlan, RelayCredential credential, RelayPolicy policy,
                       RelayUpstream upstream, RelayLog log, Clock clock, List<String> warnings, List<String> notes)
            throws IOException {
        // As for the Sandbox: without TCP_NODELAY each loopback answer waits for a delayed ACK (read once).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        RelayCounters counters = new RelayCounters();
        try {
            HttpServer http = HttpServer.create(listen, 128);
            ExecutorService workers = Executors.newFixedThreadPool(16, daemonThreads());
            http.setExecutor(workers);
            RelayAuthenticator auth = new RelayAuthenticator(credential);
            http.createContext("/", new RelayHandler(auth, policy, upstream, counters, log, clock));
            Relay relay = new Relay(http, workers, credential, upstream, counters, log, policy, warnings, notes);
            if (wsPlan != null) {
                relay.dialer = new OkxSocketDialer(Duration.ofSeconds(10));
                try {
                    relay.ws = WebSocketServer.start(wsPlan.listen(), ServerSocketFactory.getDefault(),
                            new RelayWebSocket(wsPlan.upstreamUrl(), auth, policy, upstream, relay.dialer, counters,
                                    log, clock), 64, MAX_WS_MESSAGE, true, "relay-ws");
                } catch (IOException | RuntimeException e) {
                    relay.dialer.close();
                    workers.shutdownNow();
                    http.stop(0);
                    throw e;
                }
            }
            http.start();
            return relay;
        } catch (IOException | RuntimeException e) {
            credential.close();
            upstream.close();
            log.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:PORT} (or the address it listens on): the base URL a bot is given. */
    public String url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code ws://127.0.0.1:PORT/ws/v5/private}, the bot's private WebSocket URL; null when the relay has none. */
    public String webSocketUrl() {
        if (ws == null) {
            return null;
        }
        String host = ws.address().getAddress().getHostAddress();
        return "ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + ws.port() + "/ws/v5/private";
    }

    public RelayCredential credential() {
        return credential;
    }

    public RelayCounters counters() {
        return counters;
    }

    public Path logFile() {
        return log.file();
    }

    /** The real key's API key (public) and where its requests go. */
    public String upstreamApiKey() {
        return upstream.apiKey();
    }

    public String upstreamUrl() {
        return upstream.baseUrl();
    }

    public RelayPolicy policy() {
        return policy;
    }

    /** What the user should know before pointing a bot at it (same warnings as {@code keysmith run}). */
    public List<String> warnings() {
        return warnings;
    }

    public List<String> notes() {
        return notes;
    }

    /** The vault entry it serves (its name, site and environment; its secrets are the vault's, not used here). */
    ApiKeyEntry entry() {
        return entry;
    }

    Relay serving(ApiKeyEntry e) {
        this.entry = e;
        return this;
    }

    @Override
    public void close() {
        if (ws != null) {
            ws.close();
            dialer.close();
        }
        http.stop(0);
        workers.shutdownNow();
        upstream.close();
        credential.close();
        log.close();
    }

    @Override
    public String toString() {
        return "Relay[" + url() + " -> " + upstream.baseUrl() + " as " + upstream.apiKey() + "]";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "relay-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
