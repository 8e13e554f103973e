package org.keysmith.service.relay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxForwarder;
import org.keysmith.okx.server.LoopbackHost;
import org.keysmith.okx.server.OkxRejection;
import org.keysmith.okx.server.OkxReplies;

/**
 * Answers one bot request: reads the body (at most {@value #MAX_BODY} bytes), checks the Host header (DNS
 * rebinding), authenticates the relay credential when the request is signed, applies the policy and the budget,
 * forwards it re-signed with the real key, and streams the exchange's status, end-to-end headers and body back
 * unchanged. Counts and logs each request (never a header or a body). Never retries.
 */
final class RelayHandler implements HttpHandler {
    static final int MAX_BODY = 1024 * 1024;
    /** Hop-by-hop headers (RFC 9110 section 7.6.1) and the ones the HTTP server or the forwarder sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade",
            "content-length", "host", "date");
    private static final int PEEK = 4096;
    private final RelayAuthenticator auth;
    private final RelayPolicy policy;
    private final RelayUpstream upstream;
    private final RelayCounters counters;
    private final RelayLog log;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ObjectMapper writer = new ObjectMapper();

    private final boolean loopbackHostOnly;

    /**
     * With {@code loopbackHostOnly} (a relay on this computer's address) the Host header must name this computer
     * (against DNS rebinding); a relay listening elsewhere serves TLS, where a rebound name fails the certificate.
     */
    RelayHandler(RelayAuthenticator auth, RelayPolicy policy, RelayUpstream upstream, RelayCounters counters,
                 RelayLog log, Clock clock, boolean loopbackHostOnly) {
        this.loopbackHostOnly = loopbackHostOnly;
        this.auth = auth;
        this.policy = policy;
        this.upstream = upstream;
        this.counters = counters;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        counters.received();
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getRawPath();
        try (ex) {
            byte[] body = ex.getRequestBody().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                refuse(ex, method, path, List.of(), new OkxRejection(OkxError.PARAMETER_ERROR, "body"), null);
                return;
            }
            RelayRequest r = new RelayRequest(method, path, ex.getRequestURI().getRawQuery(), body,
                    name -> ex.getRequestHeaders().getFirst(name));
            try {
                serve(ex, r);
            } catch (RuntimeException e) {
                // never the exception's text: it could carry request data; the bot gets OKX's "system error"
                refuse(ex, method, path, List.of(), new OkxRejection(OkxError.SYSTEM_ERROR), null);
            }
        }
    }

    private void serve(HttpExchange ex, RelayRequest r) throws IOException {
        if (loopbackHostOnly && !LoopbackHost.isThisServer(r.header().apply("Host"), ex.getLocalAddress().getPort())) {
            refuse(ex, r.method(), r.path(), List.of(), new OkxRejection(OkxError.EXCHANGE_DOMAIN_MISSING), null);
            return;
        }
        if (!r.method().equals("GET") && !r.method().equals("POST")) {
            refuse(ex, r.method(), r.path(), List.of(), new OkxRejection(OkxError.WRONG_METHOD), null);
            return;
        }
        if (!r.path().startsWith("/api/v5/")) {
            refuse(ex, r.method(), r.path(), List.of(), new OkxRejection(OkxError.ENDPOINT_OFFLINE), null);
            return;
        }
        boolean signed = r.signed();
        if (signed) {
            try {
                auth.authenticate(r, clock.instant());
            } catch (OkxRejection e) {
                refuse(ex, r.method(), r.path(), List.of(), e, null);
                return;
            }
        }
        JsonNode body = null;
        boolean unreadable = false;
        if (r.method().equals("POST") && r.body().length > 0) {
            try {
                body = json.readTree(r.body());
            } catch (IOException e) {
                unreadable = true;
            }
        }
        Set<String> instIds = RelayPolicy.instruments(r, body);
        Optional<Denial> denial = policy.check(r, body, unreadable);
        if (denial.isPresent()) {
            counters.denied(denial.get().rule());
            refuse(ex, r.method(), r.path(), instIds, new OkxRejection(OkxError.NO_PERMISSION,
                    new OkxReplies.Reply(200, denial.get().message())), denial.get().rule());
            return;
        }
        if (!policy.takeBudget()) {
            counters.denied("budget");
            refuse(ex, r.method(), r.path(), instIds, new OkxRejection(OkxError.RATE_LIMIT, new OkxReplies.Reply(429,
                    "Too Many Requests (the Keysmith relay's budget of " + policy.budgetText() + ")")), "budget");
            return;
        }
        forward(ex, r, signed, instIds);
    }

    private void forward(HttpExchange ex, RelayRequest r, boolean signed, Set<String> instIds) throws IOException {
        List<OkxForwarder.Header> headers = new ArrayList<>();
        List<String> connectionNamed = connectionTokens(ex.getRequestHeaders().get("Connection"));
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            String n = h.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(n) || connectionNamed.contains(n) || n.startsWith("ok-access-")) {
                continue;
            }
            h.getValue().forEach(v -> headers.add(new OkxForwarder.Header(h.getKey(), v)));
        }
        long start = System.nanoTime();
        OkxForwarder.Answer a;
        try {
            a = upstream.send(new OkxForwarder.Outgoing(r.method(), r.pathAndQuery(), r.body(), headers), signed);
        } catch (OkxForwarder.Failure f) {
            // As OKX's own gateway answers: sent but no answer = 50004 (the outcome is unknown, and the relay never
            // repeats it); not sent at all = 50001 (unavailable, nothing happened).
            OkxError e = f.sent() ? OkxError.ENDPOINT_TIMEOUT : OkxError.SERVICE_UNAVAILABLE;
            refuse(ex, r.method(), r.path(), instIds, new OkxRejection(e), null);
            return;
        }
        long upstreamNanos = System.nanoTime() - start;
        counters.forwarded(upstreamNanos);
        try (a) {
            List<String> answerNamed = new ArrayList<>();
            for (OkxForwarder.Header h : a.headers()) {
                if (h.name().equalsIgnoreCase("Connection")) {
                    answerNamed.addAll(connectionTokens(List.of(h.value())));
                }
            }
            for (OkxForwarder.Header h : a.headers()) {
                String n = h.name().toLowerCase(Locale.ROOT);
                if (!HOP_BY_HOP.contains(n) && !answerNamed.contains(n)) {
                    ex.getResponseHeaders().add(h.name(), h.value());
                }
            }
            long len = a.contentLength();
            boolean noBody = a.status() == 204 || a.status() == 304 || len == 0;
            InputStream in = a.body();
            byte[] head = noBody ? new byte[0] : in.readNBytes(PEEK);
            String code = OkxCode.find(new String(head, StandardCharsets.UTF_8));
            if (OkxError.TIMESTAMP_EXPIRED.code().equals(code)) {
                upstream.timestampRefused();
            }
            counters.code(code);
            // logged before the bot gets a byte, so the log is complete whenever the bot has its answer
            log.line(clock.instant(), r.method(), r.path(), instIds, a.status(), code, upstreamNanos, null);
            ex.sendResponseHeaders(a.status(), noBody ? -1 : Math.max(len, 0));
            if (!noBody) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(head);
                    in.transferTo(out);
                }
            }
        }
    }

    private void refuse(HttpExchange ex, String method, String path, Collection<String> instIds,
                        OkxRejection e, String rule) throws IOException {
        counters.code(e.error().code());
        log.line(clock.instant(), method, path, instIds, e.status(), e.error().code(), -1, rule);
        byte[] bytes = writer.writeValueAsBytes(e.body());
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(e.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static List<String> connectionTokens(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String t : v.split(",")) {
                    if (!t.isBlank()) {
                        out.add(t.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }
}
