package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.keysmith.domain.Environment;
import org.keysmith.okx.server.WebSocketServer;
import org.keysmith.okx.server.WebSocketSession;
import org.keysmith.okx.server.WsHandshake;

/**
 * The Sandbox's private WebSocket, {@code /ws/v5/private} (https://www.okx.com/docs-v5/en/#overview-websocket): a
 * connection logs in with a Sandbox key ({@code WsLoginCheck}: OKX's signature, 30 s window and codes; the key's IP
 * allowlist too), then subscribes to the {@code orders} channel and places, amends and cancels orders with the
 * {@code order}, {@code batch-orders}, {@code amend-order} and {@code cancel-order} ops; each change is pushed to the
 * user's {@code orders} subscribers. Demo keys log in on a handshake that carries {@code x-simulated-trading: 1} (OKX
 * itself uses a separate demo host). {@code "ping"} is answered {@code "pong"}.
 */
final class PrivateWebSocket implements WebSocketServer.Endpoint {
    static final String PATH = "/ws/v5/private";
    private final SandboxState state;
    private final SandboxOrders orders;
    private final ObjectMapper json;
    private final Supplier<Instant> serverNow;
    private final SecureRandom random;

    PrivateWebSocket(SandboxState state, SandboxOrders orders, ObjectMapper json, Supplier<Instant> serverNow,
                     SecureRandom random) {
        this.state = state;
        this.orders = orders;
        this.json = json;
        this.serverNow = serverNow;
        this.random = random;
    }

    @Override
    public WebSocketSession.Listener accept(WsHandshake.Request request) throws WebSocketServer.Refusal {
        if (!PATH.equals(request.path())) {
            throw new WebSocketServer.Refusal(404, "The Sandbox serves " + PATH + " only");
        }
        Environment env = "1".equals(request.header("x-simulated-trading")) ? Environment.DEMO : Environment.LIVE;
        byte[] id = new byte[4];
        random.nextBytes(id);
        return new PrivateConnection(this, env, HexFormat.of().formatHex(id));
    }

    SandboxState state() {
        return state;
    }

    SandboxOrders orders() {
        return orders;
    }

    Instant now() {
        return serverNow.get();
    }

    JsonNode parse(String text) {
        try {
            JsonNode n = json.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    String write(JsonNode n) {
        try {
            return json.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }
}
