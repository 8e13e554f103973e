package org.keysmith.okx;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.keysmith.domain.Connection;

/**
 * Makes {@link OkxClient}s. Holds what every client shares: one OkHttpClient (connection pool, 10 s connect and
 * 20 s read timeouts, never silently re-sending a request), one ObjectMapper, one rate limiter (with what it has
 * learnt of each key's OKX user id) and one server clock per base URL.
 */
public final class OkxClients implements AutoCloseable {
    private final Supplier<OkHttpClient> httpFactory;
    private OkHttpClient http;
    private ObjectMapper json;
    private OkxTransport transport;
    private final String userAgent;
    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Map<String, ServerClock> clocks = new ConcurrentHashMap<>();
    private final RateKeys rateKeys = new RateKeys();

    public OkxClients(String userAgent, Clock clock, RateLimiter limiter, Sleeper sleeper) {
        this(() -> defaultHttp().build(), userAgent, clock, limiter, sleeper);
    }

    OkxClients(OkHttpClient http, String userAgent, Clock clock, RateLimiter limiter, Sleeper sleeper) {
        this(() -> http, userAgent, clock, limiter, sleeper);
    }

    private OkxClients(Supplier<OkHttpClient> http, String userAgent, Clock clock,
                       RateLimiter limiter, Sleeper sleeper) {
        this.httpFactory = http;
        this.userAgent = userAgent;
        this.limiter = limiter;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The HTTP settings every client uses; tests shorten the timeouts. */
    static OkHttpClient.Builder defaultHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .writeTimeout(20, TimeUnit.SECONDS)
                .callTimeout(Duration.ofSeconds(45))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .eventListenerFactory(SendTracker.FACTORY);
    }

    public OkxClient forConnection(Connection connection) {
        ServerClock serverClock = clocks.computeIfAbsent(connection.baseUrl(), u -> new ServerClock(clock));
        OkxTransport t = transport();
        return new HttpOkxClient(connection, new CallRunner(connection, t, serverClock, limiter, rateKeys, sleeper),
                json);
    }

    /** OkHttp and Jackson are set up on first use, so they cost nothing before the first window shows. */
    private synchronized OkxTransport transport() {
        if (transport == null) {
            http = httpFactory.get();
            json = OkxJson.newMapper();
            transport = new OkxTransport(http, new OkxResponseReader(json), userAgent);
        }
        return transport;
    }

    /**
     * The one OkHttp client of this process (its connection pool, TLS set-up and timeouts), for the few plain
     * requests that are not OKX calls, such as the public-IP echo. Built on first use, like the OKX transport.
     */
    public synchronized OkHttpClient plainHttp() {
        transport();
        return http;
    }

    /** Sets up OkHttp and Jackson now (called in the background after start-up). */
    public void warmUp() {
        transport();
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
