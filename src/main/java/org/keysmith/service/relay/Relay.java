package org.keysmith.service.relay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.keysmith.domain.ApiKeyEntry;

/**
 * One running relay: an OKX-compatible HTTP endpoint on this computer that takes the bot's requests signed with the
 * {@link RelayCredential} and forwards them re-signed with the real key (docs/relay.md). Holds the only copies of the
 * real key and the relay credential it uses; {@link #close()} stops serving and wipes both.
 */
public final class Relay implements AutoCloseable {
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

    /** Starts serving on {@code listen}; on failure everything given is wiped and closed. */
    static Relay start(InetSocketAddress listen, RelayCredential credential, RelayPolicy policy,
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
            http.createContext("/", new RelayHandler(new RelayAuthenticator(credential), policy, upstream, counters,
                    log, clock));
            http.start();
            return new Relay(http, workers, credential, upstream, counters, log, policy, warnings, notes);
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
