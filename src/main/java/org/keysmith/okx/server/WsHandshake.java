package org.keysmith.okx.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The opening handshake of RFC 6455 section 4.2 (https://www.rfc-editor.org/rfc/rfc6455#section-4.2): reads the
 * client's HTTP/1.1 GET (at most {@value #MAX_HEAD} bytes), checks the upgrade headers and the version (13), and
 * builds the 101 answer with {@code Sec-WebSocket-Accept}. No extensions or subprotocols are agreed.
 */
public final class WsHandshake {
    static final int MAX_HEAD = 8192;
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** The client's request: path, raw query, headers (names in lower case) and the client's IP. */
    public record Request(String path, String rawQuery, Map<String, String> headers, String remoteIp, String key) {
        /** A header's value, or null (name in any case). */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "WsHandshake.Request[" + path + " from " + remoteIp + "]";
        }
    }

    private WsHandshake() {
    }

    static Request read(InputStream in, String remoteIp) throws IOException, WebSocketServer.Refusal {
        String head = readHead(in);
        String[] lines = head.split("\r\n");
        String[] start = lines[0].split(" ");
        if (start.length != 3 || !start[2].startsWith("HTTP/1.")) {
            throw new WebSocketServer.Refusal(400, "Not an HTTP request");
        }
        if (!start[0].equals("GET")) {
            throw new WebSocketServer.Refusal(405, "WebSocket handshakes use GET");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new WebSocketServer.Refusal(400, "Malformed header");
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        URI uri;
        try {
            uri = new URI(start[1]);
        } catch (URISyntaxException e) {
            throw new WebSocketServer.Refusal(400, "Malformed path");
        }
        String upgrade = headers.getOrDefault("upgrade", "");
        boolean connectionUpgrade = false;
        for (String t : headers.getOrDefault("connection", "").split(",")) {
            connectionUpgrade |= t.trim().equalsIgnoreCase("upgrade");
        }
        if (!upgrade.equalsIgnoreCase("websocket") || !connectionUpgrade) {
            throw new WebSocketServer.Refusal(426, "This endpoint speaks WebSocket only");
        }
        if (!"13".equals(headers.get("sec-websocket-version"))) {
            throw new WebSocketServer.Refusal(426, "WebSocket version 13 only");
        }
        String key = headers.get("sec-websocket-key");
        if (key == null || !validKey(key)) {
            throw new WebSocketServer.Refusal(400, "Missing or malformed Sec-WebSocket-Key");
        }
        return new Request(uri.getRawPath(), uri.getRawQuery(), Map.copyOf(headers), remoteIp, key);
    }

    /** The 101 answer for a client's {@code Sec-WebSocket-Key}. */
    static String accepted(String key) {
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n";
    }

    /** Base64(SHA-1(key + the RFC's GUID)). */
    static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available in this Java runtime", e);
        }
    }

    private static boolean validKey(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String readHead(InputStream in) throws IOException, WebSocketServer.Refusal {
        ByteArrayOutputStream b = new ByteArrayOutputStream(512);
        int last4 = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed during the handshake");
            }
            b.write(c);
            last4 = last4 << 8 | c;
            if (last4 == 0x0D0A0D0A) {
                break;
            }
            if (b.size() >= MAX_HEAD) {
                throw new WebSocketServer.Refusal(431, "Handshake larger than " + MAX_HEAD + " bytes");
            }
        }
        byte[] bytes = b.toByteArray();
        return new String(bytes, 0, bytes.length - 4, StandardCharsets.ISO_8859_1);
    }
}
