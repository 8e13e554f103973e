package org.keysmith.okx.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.keysmith.domain.Secret;
import org.keysmith.okx.RequestSigner;

/**
 * OKX's checks of a WebSocket {@code login} (https://www.okx.com/docs-v5/en/#overview-websocket-login), shared by the
 * Sandbox and the relay: {@code {"op":"login","args":[{"apiKey","passphrase","timestamp","sign"}]}} where the
 * timestamp is Unix time in seconds (a decimal fraction allowed) within 30 s of the server's clock, and the sign is
 * Base64(HMAC-SHA256(secret, timestamp + "GET" + "/users/self/verify")) — the REST scheme over a fixed path. Codes:
 * a missing field 60001/60002/60003 (a missing timestamp 60004), a malformed timestamp 60004, one off by more than
 * 30 s 60006, a wrong passphrase 60024, a bad sign 60007. Which key the apiKey names is the caller's; {@link
 * #unknownKey} gives OKX's answer for one it does not have.
 */
public final class WsLoginCheck {
    public static final String VERIFY_PATH = "/users/self/verify";
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private final RequestSigner signer = new RequestSigner();

    /** The four fields as received. {@code toString} shows the key only. */
    public record Login(String apiKey, String passphrase, String timestamp, String sign) {
        @Override
        public String toString() {
            return "Login[apiKey=" + apiKey + ", passphrase=***, timestamp=" + timestamp + ", sign=***]";
        }
    }

    /** Reads {@code args[0]} of a login op and checks the timestamp against {@code serverNow}. */
    public Login read(JsonNode op, Instant serverNow) throws WsRejection {
        JsonNode args = op.get("args");
        if (args == null || !args.isArray() || args.size() != 1 || !args.get(0).isObject()) {
            throw new WsRejection(WsError.INVALID_ARGS);
        }
        JsonNode a = args.get(0);
        String key = text(a, "apiKey", WsError.KEY_EMPTY);
        String pass = text(a, "passphrase", WsError.PASSPHRASE_EMPTY);
        String ts = text(a, "timestamp", WsError.INVALID_TIMESTAMP);
        String sign = text(a, "sign", WsError.SIGN_EMPTY);
        if (!SECONDS.matcher(ts).matches()) {
            throw new WsRejection(WsError.INVALID_TIMESTAMP);
        }
        long millis = new BigDecimal(ts).movePointRight(3).longValue();
        if (Duration.between(Instant.ofEpochMilli(millis), serverNow).abs().compareTo(SignedRequestCheck.WINDOW) > 0) {
            throw new WsRejection(WsError.TIMESTAMP_EXPIRED);
        }
        return new Login(key, pass, ts, sign);
    }

    /** OKX's answer for a key it does not have: 60032 for a key of OKX's form (a UUID), 60005 for anything else. */
    public static WsRejection unknownKey(String apiKey) {
        return new WsRejection(UUID.matcher(apiKey).matches() ? WsError.KEY_DOES_NOT_EXIST : WsError.INVALID_KEY);
    }

    /** 60024 unless the passphrase equals {@code expected} (constant time). */
    public void checkPassphrase(Secret expected, Login l) throws WsRejection {
        try (Secret given = Secret.wrap(l.passphrase().toCharArray())) {
            if (!expected.contentEquals(given)) {
                throw new WsRejection(WsError.WRONG_PASSPHRASE);
            }
        }
    }

    /** 60007 unless the sign is this login's signature with {@code secret}. */
    public void checkSignature(Secret secret, Login l) throws WsRejection {
        if (!signer.verify(secret, l.timestamp(), "GET", VERIFY_PATH, null, l.sign())) {
            throw new WsRejection(WsError.INVALID_SIGN);
        }
    }

    /** The sign of a login at {@code timestamp} (Unix seconds as sent) with {@code secret}. */
    public String sign(Secret secret, String timestamp) {
        return signer.sign(secret, timestamp, "GET", VERIFY_PATH, null);
    }

    private static String text(JsonNode a, String name, WsError missing) throws WsRejection {
        JsonNode v = a.get(name);
        if (v == null || v.isNull() || !v.isTextual() && !v.isNumber() || v.asText().isBlank()) {
            throw new WsRejection(missing);
        }
        return v.asText();
    }
}
