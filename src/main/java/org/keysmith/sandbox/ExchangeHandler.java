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

/**
 * Answers every request: reads at most {@value #MAX_BODY} body bytes, applies the fault plan, finds the route,
 * authenticates and authorizes the caller, enforces rate limits, and writes OKX's envelope. Never logs a
 * header or body.
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

    ExchangeHandler(Map<String, Route> routes, Authenticator auth, RateLimiter limiter, FaultPlan faults,
                    ObjectMapper json, Supplier<Instant> serverNow) {
        this.routes = routes;
        this.auth = auth;
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
                reply(ex, 200, error(Rejection.badParameter("body")), true);
                return;
            }
            answer(ex, new SandboxRequest(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), body, ex.getRequestHeaders(),
                    ex.getRemoteAddress().getAddress().getHostAddress()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Sandbox failed on " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath(), e);
            reply(ex, 500, error(new Rejection(OkxError.SYSTEM_ERROR)), true);
        }
    }

    private void answer(HttpExchange ex, SandboxRequest r) throws IOException {
        Route route = routes.get(r.method() + " " + r.path());
        try {
            if (route == null) {
                throw unknownRoute(r);
            }
            if (faults.takeTooManyRequests()) {
                throw new Rejection(OkxError.RATE_LIMIT);
            }
            if (faults.takeServerError()) {
                throw new Rejection(OkxError.SERVICE_UNAVAILABLE);
            }
            SandboxKey caller = null;
            if (route.access() != Route.Access.PUBLIC) {
                caller = auth.authenticate(r, serverNow.get());
                route.authorize(caller);
            }
            if (!limiter.tryAcquire(caller == null ? r.remoteIp() : caller.apiKey(), route.endpoint())) {
                throw new Rejection(OkxError.RATE_LIMIT);
            }
            List<?> rows = route.handler().handle(r, caller);
            if (route.endpoint() == OkxEndpoint.CREATE_API_KEY && faults.takeDropAfterCreate()) {
                ex.close();
                return;
            }
            reply(ex, 200, OkxEnvelope.success(rows), false);
        } catch (Rejection e) {
            reply(ex, e.status(), error(e), false);
        }
    }

    private Rejection unknownRoute(SandboxRequest r) {
        boolean otherMethod = routes.keySet().stream().anyMatch(k -> k.endsWith(" " + r.path()));
        return otherMethod ? new Rejection(OkxError.WRONG_METHOD) : new Rejection(OkxError.ENDPOINT_OFFLINE);
    }

    private static OkxEnvelope<Object> error(Rejection e) {
        return new OkxEnvelope<>(e.error().code(), e.okxMessage(), List.of());
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

    private void reply(HttpExchange ex, int status, OkxEnvelope<?> envelope, boolean close) throws IOException {
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
