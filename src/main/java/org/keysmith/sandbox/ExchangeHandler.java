package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.keysmith.okx.OkxEndpoint;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.dto.OkxEnvelope;
import org.keysmith.okx.server.LoopbackHost;
import org.keysmith.okx.server.OkxRejection;

/**
 * Answers every request: reads at most {@value #MAX_BODY} body bytes, checks the Host header, applies the fault
 * plan, finds the route, authenticates and authorizes the caller, enforces rate limits (per OKX user id, as OKX
 * counts them), and writes OKX's envelope. Never logs a header or body.
 */
final class ExchangeHandler implements HttpHandler {
    static final int MAX_BODY = 64 * 1024;
    private static final long MAX_DRAIN = 32L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(ExchangeHandler.class.getName());
    private final Map<String, Route> routes;
    private final Authenticator auth;
    private final RateLimiter limiter;
    private final FaultPlan faults;
    private final ObjectMapper json;
    private final Supplier<Instant> serverNow;
    private final SandboxState state;

    ExchangeHandler(Map<String, Route> routes, SandboxState state, RateLimiter limiter, FaultPlan faults,
                    ObjectMapper json, Supplier<Instant> serverNow) {
        this.routes = routes;
        this.state = state;
        this.auth = new Authenticator(state);
        this.limiter = limiter;
        this.faults = faults;
        this.json = json;
        this.serverNow = serverNow;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            pause();
            byte[] body = readBody(ex);
            if (body == null) {
                reply(ex, 200, Rejection.badParameter("body").body(), true);
                return;
            }
            answer(ex, new SandboxRequest(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), body, ex.getRequestHeaders(),
                    ex.getRemoteAddress().getAddress().getHostAddress()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Sandbox failed on " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath(), e);
            reply(ex, 500, new Rejection(OkxError.SYSTEM_ERROR).body(), true);
        }
    }

    private void answer(HttpExchange ex, SandboxRequest r) throws IOException {
        Route route = routes.get(r.method() + " " + r.path());
        try {
            if (route == null) {
                throw unknownRoute(r);
            }
            if (!LoopbackHost.isThisServer(r.header("Host"), ex.getLocalAddress().getPort())) {
                throw new Rejection(OkxError.EXCHANGE_DOMAIN_MISSING);
            }
            if (faults.takeTooManyRequests()) {
                throw new Rejection(OkxError.RATE_LIMIT);
            }
            if (faults.takeRateLimitedWithHttp200()) {
                throw Rejection.rateLimitedWithHttp200();
            }
            if (faults.takeServerError() || faults.takeServerErrorAt(route.endpoint())) {
                throw new Rejection(OkxError.SERVICE_UNAVAILABLE);
            }
            SandboxKey caller = null;
            if (route.access() != Route.Access.PUBLIC) {
                Instant now = serverNow.get();
                faults.idleExpiry().ifPresent(idle -> state.expireIdleKeys(now.minus(idle)));
                caller = auth.authenticate(r, now);
                route.authorize(caller);
            }
            if (!limiter.tryAcquire(caller == null ? r.remoteIp() : state.userId(caller), route.endpoint())) {
                throw new Rejection(OkxError.RATE_LIMIT);
            }
            List<?> rows = route.handler().handle(r, caller);
            if (route.endpoint() == OkxEndpoint.CREATE_API_KEY && faults.takeDropAfterCreate()) {
                ex.close();
                return;
            }
            reply(ex, 200, OkxEnvelope.success(rows), false);
        } catch (OkxRejection e) {
            reply(ex, e.status(), e.body(), false);
        }
    }

    private Rejection unknownRoute(SandboxRequest r) {
        boolean otherMethod = routes.keySet().stream().anyMatch(k -> k.endsWith(" " + r.path()));
        return otherMethod ? new Rejection(OkxError.WRONG_METHOD) : new Rejection(OkxError.ENDPOINT_OFFLINE);
    }

    /** The body, or null when it is larger than allowed (the rest is drained so the client reads the answer). */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length <= MAX_BODY) {
            return body;
        }
        long drained = 0;
        byte[] sink = new byte[64 * 1024];
        for (int n; drained < MAX_DRAIN && (n = in.read(sink)) > 0; ) {
            drained += n;
        }
        return null;
    }

    private void reply(HttpExchange ex, int status, Object envelope, boolean close) throws IOException {
        byte[] bytes = json.writeValueAsBytes(envelope);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (close) {
            ex.getResponseHeaders().set("Connection", "close");
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void pause() {
        long ms = faults.latency().toMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
