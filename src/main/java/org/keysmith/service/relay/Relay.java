package org.keysmith.service.relay;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.okx.server.WebSocketServer;
import org.keysmith.service.LocalHost;

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
    private RelayTls tls;
    private RelayStatus status;
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
    static Relay start(InetSocketAddress listen, WebSocketPlan wsPlan, RelayTls tls, RelayCredential credential,
                       RelayPolicy policy, RelayUpstream upstream, RelayLog log, Clock clock, List<String> warnings,
                       List<String> notes) throws IOException {
        // As for the Sandbox: without TCP_NODELAY each loopback answer waits for a delayed ACK (read once).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        RelayCounters counters = new RelayCounters();
        try {
            boolean hostCheck = listen.getAddress().isLoopbackAddress();
            HttpServer http = tls == null ? HttpServer.create(listen, 128) : https(listen, tls);
            ExecutorService workers = Executors.newFixedThreadPool(16, daemonThreads());
            http.setExecutor(workers);
            RelayAuthenticator auth = new RelayAuthenticator(credential);
            http.createContext("/", new RelayHandler(auth, policy, upstream, counters, log, clock,
                    hostCheck));
            Relay relay = new Relay(http, workers, credential, upstream, counters, log, policy, warnings, notes);
            relay.tls = tls;
            if (wsPlan != null) {
                relay.dialer = new OkxSocketDialer(Duration.ofSeconds(10));
                try {
                    relay.ws = WebSocketServer.start(wsPlan.listen(), tls == null ? ServerSocketFactory.getDefault()
                                    : tlsSockets(tls),
                            new RelayWebSocket(wsPlan.upstreamUrl(), auth, policy, upstream, relay.dialer, counters,
                                    log, clock), 64, MAX_WS_MESSAGE, hostCheck, "relay-ws");
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

    /**
     * {@code http://127.0.0.1:PORT} (or the address it listens on; {@code https://} with TLS, and this computer's
     * name when it listens on every address): the base URL a bot is given.
     */
    public String url() {
        return (tls == null ? "http://" : "https://") + host(http.getAddress()) + ":" + http.getAddress().getPort();
    }

    /** The TLS certificate's SHA-256 fingerprint, or null when the relay speaks plain HTTP (on loopback). */
    public String tlsFingerprint() {
        return tls == null ? null : tls.fingerprint();
    }

    private static String host(InetSocketAddress a) {
        if (a.getAddress().isAnyLocalAddress()) {
            return LocalHost.name();
        }
        String host = a.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static HttpServer https(InetSocketAddress listen, RelayTls tls) throws IOException {
        HttpsServer s = HttpsServer.create(listen, 128);
        s.setHttpsConfigurator(new HttpsConfigurator(tls.context()) {
            @Override
            public void configure(HttpsParameters p) {
                p.setSSLParameters(tls.parameters());
            }
        });
        return s;
    }

    /** TLS server sockets with the relay's certificate and protocols, for the WebSocket listener. */
    private static ServerSocketFactory tlsSockets(RelayTls tls) {
        SSLServerSocketFactory f = tls.context().getServerSocketFactory();
        return new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return configured(f.createServerSocket());
            }

            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                return configured(f.createServerSocket(port));
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                return configured(f.createServerSocket(port, backlog));
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                return configured(f.createServerSocket(port, backlog, address));
            }

            private ServerSocket configured(ServerSocket s) {
                ((SSLServerSocket) s).setSSLParameters(tls.parameters());
                return s;
            }
        };
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code ws://127.0.0.1:PORT/ws/v5/private}, the bot's private WebSocket URL; null when the relay has none. */
    public String webSocketUrl() {
        if (ws == null) {
            return null;
        }
        return (tls == null ? "ws://" : "wss://") + host(ws.address()) + ":" + ws.port() + "/ws/v5/private";
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

    /** Keeps {@code s} (the status file for {@code keysmith relay status}) up to date until the relay stops. */
    Relay reporting(RelayStatus s) {
        this.status = s;
        return this;
    }

    @Override
    public void close() {
        if (status != null) {
            status.close();
        }
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
