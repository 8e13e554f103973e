package org.keysmith.service.relay;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.okx.OkxForwarder;

/** Starts a relay in this process in front of a given upstream and real key (tests only; no vault). */
public final class Relays {
    private Relays() {
    }

    public static Relay start(String upstreamUrl, ApiCredentials realKey, Environment env, RelayPolicy policy,
                              Path logDir, Duration readTimeout) throws IOException {
        return start(upstreamUrl, null, realKey, env, policy, logDir, readTimeout);
    }

    /** As above, with the WebSocket too when {@code upstreamWs} is given (the Sandbox's private WebSocket URL). */
    public static Relay start(String upstreamUrl, String upstreamWs, ApiCredentials realKey, Environment env,
                              RelayPolicy policy, Path logDir, Duration readTimeout) throws IOException {
        return start(upstreamUrl, upstreamWs, null, realKey, env, policy, logDir, readTimeout);
    }

    /** As above, serving TLS with {@code tls} (null: plain). */
    public static Relay start(String upstreamUrl, String upstreamWs, RelayTls tls, ApiCredentials realKey,
                              Environment env, RelayPolicy policy, Path logDir, Duration readTimeout)
            throws IOException {
        Clock clock = Clock.systemUTC();
        RelayUpstream upstream = new RelayUpstream(upstreamUrl, env, realKey,
                new OkxForwarder(Duration.ofSeconds(2), readTimeout), clock);
        upstream.syncClock();
        Relay.WebSocketPlan ws = upstreamWs == null ? null : new Relay.WebSocketPlan(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), upstreamWs);
        return Relay.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ws, tls,
                RelayCredential.generate(new SecureRandom(), env), policy, upstream,
                new RelayLog(logDir.resolve("relay.log")), clock, List.of(), List.of());
    }
}
