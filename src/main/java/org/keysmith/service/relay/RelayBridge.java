package org.keysmith.service.relay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.okx.server.WebSocketSession;
import org.keysmith.okx.server.WsError;
import org.keysmith.okx.server.WsRejection;

/**
 * One bot's WebSocket through the relay (docs/relay.md, "WebSocket"): the upstream connection is opened when the
 * bot connects; what the bot sends before it is open waits (at most {@value #MAX_WAITING} messages). The bot's
 * {@code login} is checked against the relay credential and replaced by a login with the real key; trading ops go
 * through the same policy and budget as REST and a refusal is answered here in OKX's shape; everything else, both
 * ways, passes unchanged. When the exchange's side ends, the bot's socket is closed (the exchange's own 4xxx code,
 * or 1014 "bad gateway"), so the bot reconnects and logs in again — the relay never logs in again by itself.
 */
final class RelayBridge implements WebSocketSession.Listener, OkxSocketDialer.Handler {
    static final int MAX_WAITING = 64;
    private final RelayWebSocket relay;
    private final Deque<String> waiting = new ArrayDeque<>();
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final Clock clock;
    private final String upstreamUrl;
    private WebSocketSession bot;
    private OkxSocketDialer.Socket upstream;
    private boolean upstreamOpen;
    private boolean ended;

    RelayBridge(RelayWebSocket relay, String upstreamUrl, Clock clock) {
        this.relay = relay;
        this.upstreamUrl = upstreamUrl;
        this.clock = clock;
    }

    /** The bot is connected: opens the upstream connection, before the bot's first message is read. */
    @Override
    public void onOpen(WebSocketSession s) {
        relay.counters().wsOpened();
        relay.log().wsLine(clock.instant(), "connect", Set.of(), null, null);
        synchronized (this) {
            bot = s;
            upstream = relay.dialer().open(upstreamUrl, relay.upstream().environment(), this);
        }
    }

    @Override
    public void onText(WebSocketSession s, String text) {
        synchronized (this) {
            if (ended) {
                return;
            }
            if (!upstreamOpen) {
                if (waiting.size() >= MAX_WAITING) {
                    s.close(WebSocketSession.POLICY, "keysmith relay: too many messages before the exchange "
                            + "answered");
                    return;
                }
                waiting.add(text);
                return;
            }
        }
        handle(s, text);
    }

    private void handle(WebSocketSession s, String text) {
        relay.counters().wsOp();
        if (text.equals("ping")) {
            upstream.send(text);
            return;
        }
        JsonNode m = parse(text);
        JsonNode opNode = m == null ? null : m.get("op");
        if (opNode == null || !opNode.isTextual()) {
            // Not passed on: what the relay cannot read (a duplicated field, bad JSON, no op) it cannot check, and
            // the exchange might read it differently.
            refuseRequest(s, WsError.INVALID_REQUEST, "the relay reads only JSON objects with one op and no "
                    + "duplicated field");
            return;
        }
        String op = opNode.asText();
        if (RelayPolicy.WS_OPS.containsKey(op) && !argsAreObjects(m.get("args"))) {
            refuseRequest(s, WsError.INVALID_ARGS, null);
            return;
        }
        if (op.equals("login")) {
            login(s, m);
            return;
        }
        JsonNode args = m.get("args");
        Optional<Denial> denial = relay.policy().checkWsOp(op, args);
        Set<String> instIds = RelayPolicy.wsInstruments(op, args);
        if (denial.isPresent()) {
            relay.counters().denied(denial.get().rule());
            relay.counters().code(OkxError.NO_PERMISSION.code());
            relay.log().wsLine(clock.instant(), op, instIds, OkxError.NO_PERMISSION.code(), denial.get().rule());
            s.send(refusal(m, op, OkxError.NO_PERMISSION.code(), denial.get().message()));
            return;
        }
        if (RelayPolicy.WS_OPS.containsKey(op)) {
            if (!relay.policy().takeBudget()) {
                relay.counters().denied("budget");
                relay.counters().code(OkxError.RATE_LIMIT.code());
                relay.log().wsLine(clock.instant(), op, instIds, OkxError.RATE_LIMIT.code(), "budget");
                s.send(refusal(m, op, OkxError.RATE_LIMIT.code(), "Too Many Requests (the Keysmith relay's budget "
                        + "of " + relay.policy().budgetText() + ")"));
                return;
            }
            relay.log().wsLine(clock.instant(), op, instIds, null, null);
        }
        upstream.send(text);
    }

    private static boolean argsAreObjects(JsonNode args) {
        if (args == null || !args.isArray() || args.isEmpty()) {
            return false;
        }
        for (JsonNode a : args) {
            if (!a.isObject()) {
                return false;
            }
        }
        return true;
    }

    private void refuseRequest(WebSocketSession s, WsError error, String param) {
        relay.counters().code(error.code());
        relay.log().wsLine(clock.instant(), "unreadable", Set.of(), error.code(), null);
        ObjectNode err = json.createObjectNode().put("event", "error").put("code", error.code())
                .put("msg", error.message(param)).put("connId", "");
        s.send(write(err));
    }

    private void login(WebSocketSession s, JsonNode m) {
        try {
            relay.authenticator().authenticateLogin(m, clock.instant());
        } catch (WsRejection e) {
            relay.counters().code(e.error().code());
            relay.log().wsLine(clock.instant(), "login", Set.of(), e.error().code(), null);
            ObjectNode err = json.createObjectNode().put("event", "error").put("code", e.error().code())
                    .put("msg", e.okxMessage()).put("connId", "");
            s.send(write(err));
            return;
        }
        relay.log().wsLine(clock.instant(), "login", Set.of(), null, null);
        // the exchange's answer to the real login (its code, its connId) goes back to the bot as it comes
        upstream.send(relay.upstream().loginOp());
    }

    /**
     * OKX's answer to a trading op it refuses: the op's {@code id} and {@code op}, {@code code} "1" (nothing was
     * done) and one row per order with the code and message as {@code sCode}/{@code sMsg}
     * (https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-order).
     */
    private String refusal(JsonNode m, String op, String code, String message) {
        ObjectNode r = json.createObjectNode();
        if (m.hasNonNull("id")) {
            r.put("id", m.get("id").asText());
        }
        r.put("op", op).put("code", "1").put("msg", "");
        ArrayNode data = r.putArray("data");
        JsonNode args = m.get("args");
        int rows = args != null && args.isArray() && !args.isEmpty() ? args.size() : 1;
        for (int i = 0; i < rows; i++) {
            JsonNode a = args != null && args.isArray() ? args.get(i) : null;
            data.addObject().put("clOrdId", a == null ? "" : a.path("clOrdId").asText(""))
                    .put("ordId", a == null ? "" : a.path("ordId").asText("")).put("tag", "")
                    .put("ts", String.valueOf(clock.millis())).put("sCode", code).put("sMsg", message);
        }
        String now = String.valueOf(clock.millis() * 1000);
        r.put("inTime", now).put("outTime", now);
        return write(r);
    }

    @Override
    public void onClosed(WebSocketSession s, int code, String reason) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        relay.counters().wsClosed();
        upstream.close(1000, null);
    }

    @Override
    public void opened() {
        WebSocketSession s;
        while (true) {
            String next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    upstreamOpen = true;
                    return;
                }
                s = bot;
            }
            handle(s, next);
        }
    }

    @Override
    public void text(String text) {
        if (text.contains("\"60006\"")) {
            // the exchange found the real login's timestamp off: measure its clock again before the next login
            relay.upstream().timestampRefused();
        }
        WebSocketSession s;
        synchronized (this) {
            s = bot;
        }
        if (s != null) {
            s.send(text);
        }
    }

    @Override
    public void ended(int code, String reason) {
        WebSocketSession s;
        synchronized (this) {
            s = bot;
            if (ended) {
                return;
            }
        }
        relay.log().wsLine(clock.instant(), "upstream-closed", Set.of(), code < 0 ? "-" : String.valueOf(code),
                null);
        s.close(closeCode(code), closeReason(code, reason));
    }

    /** The exchange's own code when it is one of OKX's (4000–4999) or a plain end; 1014 "bad gateway" otherwise. */
    static int closeCode(int upstream) {
        return upstream >= 4000 && upstream <= 4999 || upstream == 1000 || upstream == 1001 ? upstream
                : WebSocketSession.BAD_GATEWAY;
    }

    private static String closeReason(int code, String reason) {
        String why = code < 0 ? "the connection to the exchange was lost" : "the exchange closed the connection ("
                + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")";
        return "keysmith relay: " + why + "; reconnect and log in again";
    }

    private JsonNode parse(String text) {
        try {
            JsonNode n = json.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private String write(JsonNode n) {
        try {
            return json.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }

    @Override
    public String toString() {
        return "RelayBridge[" + (bot == null ? "" : bot.remoteIp()) + "]";
    }
}
