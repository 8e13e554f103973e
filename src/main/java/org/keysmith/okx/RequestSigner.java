package org.keysmith.okx;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keysmith.domain.Secret;

/**
 * OKX v5 request signature: {@code Base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath[?query] + body))}.
 * The body is taken as the exact bytes sent, so what is signed is what goes on the wire.
 */
public final class RequestSigner {
    /** Always three fraction digits and 'Z' ({@code Instant.toString()} drops or lengthens the fraction). */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] NO_BODY = new byte[0];

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /**
     * @param pathAndQuery the request path from {@code /api/v5/...}, with {@code ?query} exactly as sent
     * @param body         the exact body bytes (empty or null for GET)
     */
    public String sign(Secret secretKey, String timestamp, String method, String pathAndQuery, byte[] body) {
        byte[] key = secretKey.utf8();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(ascii(timestamp));
            mac.update(ascii(method));
            mac.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
            mac.update(body == null ? NO_BODY : body);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Constant-time check of a received signature (for the sandbox). */
    public boolean verify(Secret secretKey, String timestamp, String method, String pathAndQuery, byte[] body,
                          String signature) {
        if (signature == null) {
            return false;
        }
        String expected = sign(secretKey, timestamp, method, pathAndQuery, body);
        return MessageDigest.isEqual(ascii(expected), signature.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
