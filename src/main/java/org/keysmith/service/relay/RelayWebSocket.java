package org.keysmith.service.relay;

import java.time.Clock;
import java.util.Set;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.okx.server.WebSocketServer;
import org.keysmith.okx.server.WebSocketSession;
import org.keysmith.okx.server.WsHandshake;

/**
 * The relay's WebSocket endpoint: {@code /ws/v5/private}, {@code /ws/v5/business} and {@code /ws/v5/public}, the
 * paths of OKX's own (https://www.okx.com/docs-v5/en/#overview-websocket-connect). Each bot connection gets a {@link
 * RelayBridge} to the same path at the exchange.
 */
final class RelayWebSocket implements WebSocketServer.Endpoint {
    static final Set<String> PATHS = Set.of("/ws/v5/private", "/ws/v5/business", "/ws/v5/public");
    private final String upstreamPrivateUrl;
    private final RelayAuthenticator auth;
    private final RelayPolicy policy;
    private final RelayUpstream upstream;
    private final OkxSocketDialer dialer;
    private final RelayCounters counters;
    private final RelayLog log;
    private final Clock clock;

    RelayWebSocket(String upstreamPrivateUrl, RelayAuthenticator auth, RelayPolicy policy, RelayUpstream upstream,
                   OkxSocketDialer dialer, RelayCounters counters, RelayLog log, Clock clock) {
        this.upstreamPrivateUrl = upstreamPrivateUrl;
        this.auth = auth;
        this.policy = policy;
        this.upstream = upstream;
        this.dialer = dialer;
        this.counters = counters;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public WebSocketSession.Listener accept(WsHandshake.Request request) throws WebSocketServer.Refusal {
        if (!PATHS.contains(request.path())) {
            throw new WebSocketServer.Refusal(404, "The Keysmith relay serves /ws/v5/private, /ws/v5/business and "
                    + "/ws/v5/public");
        }
        String target = upstreamPrivateUrl.substring(0, upstreamPrivateUrl.lastIndexOf('/') + 1)
                + request.path().substring(request.path().lastIndexOf('/') + 1)
                + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
        return new RelayBridge(this, target, clock);
    }

    RelayAuthenticator authenticator() {
        return auth;
    }

    RelayPolicy policy() {
        return policy;
    }

    RelayUpstream upstream() {
        return upstream;
    }

    OkxSocketDialer dialer() {
        return dialer;
    }

    RelayCounters counters() {
        return counters;
    }

    RelayLog log() {
        return log;
    }
}
