package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Permission;
import org.keysmith.okx.server.WebSocketSession;
import org.keysmith.okx.server.WsError;
import org.keysmith.okx.server.WsLoginCheck;
import org.keysmith.okx.server.WsRejection;

/** One client of the Sandbox's private WebSocket ({@link PrivateWebSocket}): its login, subscriptions and ops. */
final class PrivateConnection implements WebSocketSession.Listener {
    private static final Set<String> INST_TYPES = Set.of("SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "ANY");
    private static final Pattern OP_ID = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final int MAX_BATCH = 20;
    private final PrivateWebSocket ws;
    private final Environment environment;
    private final String connId;
    private final WsLoginCheck check = new WsLoginCheck();
    private final List<JsonNode> subscriptions = new CopyOnWriteArrayList<>();
    private volatile SandboxKey caller;
    private volatile String uid;
    private Runnable stopListening;

    PrivateConnection(PrivateWebSocket ws, Environment environment, String connId) {
        this.ws = ws;
        this.environment = environment;
        this.connId = connId;
    }

    @Override
    public void onText(WebSocketSession s, String text) {
        if (text.equals("ping")) {
            s.send("pong");
            return;
        }
        JsonNode m = ws.parse(text);
        if (m == null || !m.path("op").isTextual()) {
            error(s, new WsRejection(WsError.INVALID_REQUEST, "not a JSON object with an op"));
            return;
        }
        String op = m.get("op").asText();
        try {
            switch (op) {
                case "login" -> login(s, m);
                case "subscribe", "unsubscribe" -> subscribe(s, m, op.equals("subscribe"));
                case "order", "batch-orders", "cancel-order", "batch-cancel-orders", "amend-order",
                     "batch-amend-orders" -> trade(s, m, op);
                default -> throw new WsRejection(WsError.INVALID_OP, op);
            }
        } catch (WsRejection e) {
            error(s, e);
        }
    }

    @Override
    public void onClosed(WebSocketSession s, int code, String reason) {
        synchronized (this) {
            if (stopListening != null) {
                stopListening.run();
            }
        }
    }

    private void login(WebSocketSession s, JsonNode m) throws WsRejection {
        WsLoginCheck.Login l = check.read(m, ws.now());
        SandboxKey k = ws.state().key(l.apiKey()).orElseThrow(() -> WsLoginCheck.unknownKey(l.apiKey()));
        if (k.environment() != environment) {
            // OKX's demo keys live on their own host, where a live key does not exist (and the reverse)
            throw new WsRejection(WsError.KEY_DOES_NOT_EXIST);
        }
        check.checkPassphrase(k.passphrase(), l);
        check.checkSignature(k.secretKey(), l);
        if (!k.ips().isEmpty() && !IpMatch.allowed(k.ips(), s.remoteIp())) {
            throw new WsRejection(WsError.LOGIN_FAILED);
        }
        ws.state().used(k, ws.now());
        caller = k;
        uid = ws.state().userId(k);
        ObjectNode ok = ws.object().put("event", "login").put("code", "0").put("msg", "").put("connId", connId);
        s.send(ws.write(ok));
    }

    private void subscribe(WebSocketSession s, JsonNode m, boolean on) throws WsRejection {
        JsonNode args = m.get("args");
        if (args == null || !args.isArray() || args.isEmpty()) {
            throw new WsRejection(WsError.INVALID_ARGS);
        }
        for (JsonNode a : args) {
            String channel = a.path("channel").asText("");
            if (!channel.equals("orders")) {
                throw new WsRejection(WsError.WRONG_CHANNEL, channel);
            }
            if (caller == null) {
                throw new WsRejection(WsError.PLEASE_LOG_IN);
            }
            if (!INST_TYPES.contains(a.path("instType").asText(""))) {
                throw new WsRejection(WsError.WRONG_CHANNEL, channel);
            }
        }
        for (JsonNode a : args) {
            if (on) {
                subscriptions.add(a);
                startListening(s);
            } else {
                subscriptions.removeIf(x -> x.equals(a));
            }
            ObjectNode reply = ws.object().put("event", on ? "subscribe" : "unsubscribe");
            reply.set("arg", a);
            reply.put("connId", connId);
            s.send(ws.write(reply));
        }
    }

    private synchronized void startListening(WebSocketSession s) {
        if (stopListening == null) {
            stopListening = ws.orders().listen(o -> push(s, o));
        }
    }

    private void push(WebSocketSession s, SandboxOrder o) {
        if (!o.uid().equals(uid)) {
            return;
        }
        for (JsonNode a : subscriptions) {
            String type = a.path("instType").asText();
            String instId = a.path("instId").asText("");
            String family = a.path("instFamily").asText("");
            if ((type.equals("ANY") || type.equals(o.instType())) && (instId.isEmpty() || instId.equals(o.instId()))
                    && (family.isEmpty() || o.instId().startsWith(family))) {
                ObjectNode msg = ws.object();
                ObjectNode arg = msg.putObject("arg");
                arg.put("channel", "orders").put("instType", type);
                if (!instId.isEmpty()) {
                    arg.put("instId", instId);
                }
                arg.put("uid", uid);
                msg.putArray("data").addPOJO(o.push());
                s.send(ws.write(msg));
                return;
            }
        }
    }

    private void trade(WebSocketSession s, JsonNode m, String op) throws WsRejection {
        String id = m.path("id").asText("");
        if (!id.isEmpty() && !OP_ID.matcher(id).matches()) {
            throw new WsRejection(WsError.INVALID_ARGS);
        }
        if (caller == null) {
            throw new WsRejection(WsError.PLEASE_LOG_IN);
        }
        JsonNode args = m.get("args");
        boolean batch = op.startsWith("batch-");
        if (args == null || !args.isArray() || args.isEmpty() || !batch && args.size() != 1
                || args.size() > MAX_BATCH) {
            throw new WsRejection(WsError.INVALID_ARGS);
        }
        long in = System.currentTimeMillis() * 1000;
        ArrayNode data = ws.object().arrayNode();
        List<SandboxOrder> changed = new ArrayList<>();
        int failed = 0;
        for (JsonNode a : args) {
            ObjectNode row = data.addObject();
            row.put("clOrdId", a.path("clOrdId").asText(""));
            row.put("ordId", a.path("ordId").asText(""));
            row.put("tag", a.path("tag").asText(""));
            row.put("ts", String.valueOf(ws.now().toEpochMilli()));
            try {
                if (!a.isObject()) {
                    throw new SandboxOrders.Refused("50014", "Parameter args can not be empty.");
                }
                if (!caller.perms().has(Permission.TRADE)) {
                    throw new SandboxOrders.Refused("50120",
                            "This API key doesn't have permission to use this function.");
                }
                SandboxOrder o = switch (op) {
                    case "order", "batch-orders" -> ws.orders().place(uid, a);
                    case "cancel-order", "batch-cancel-orders" -> ws.orders().cancel(uid, a);
                    default -> ws.orders().amend(uid, a);
                };
                changed.add(o);
                row.put("ordId", o.ordId()).put("clOrdId", o.clOrdId());
                row.put("sCode", "0").put("sMsg", op.contains("cancel") ? "Cancellation succeeded"
                        : op.contains("amend") ? "Modification succeeded" : "Order placed");
            } catch (SandboxOrders.Refused r) {
                failed++;
                row.put("sCode", r.sCode()).put("sMsg", r.getMessage());
            }
        }
        String code = failed == 0 ? "0" : failed == args.size() ? "1" : "2";
        ObjectNode reply = ws.object();
        if (!id.isEmpty()) {
            reply.put("id", id);
        }
        reply.put("op", op);
        reply.put("code", code).put("msg", "");
        reply.set("data", data);
        reply.put("inTime", String.valueOf(in)).put("outTime", String.valueOf(System.currentTimeMillis() * 1000));
        s.send(ws.write(reply));
        changed.forEach(ws.orders()::publish);
    }

    private void error(WebSocketSession s, WsRejection e) {
        ObjectNode err = ws.object().put("event", "error").put("code", e.error().code()).put("msg", e.okxMessage())
                .put("connId", connId);
        s.send(ws.write(err));
    }

    @Override
    public String toString() {
        return "PrivateConnection[" + connId + (caller == null ? "" : " as " + caller.apiKey()) + "]";
    }
}
