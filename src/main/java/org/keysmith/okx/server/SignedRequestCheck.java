package org.keysmith.okx.server;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.keysmith.domain.Secret;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.RequestSigner;

/**
 * OKX's checks of a signed REST request as a server makes them, shared by the Sandbox and the relay so there is one
 * implementation: the four {@code OK-ACCESS-*} headers (50103/50106/50107/50104), the timestamp's form (50112) and
 * ±30 s window (50102), the passphrase (50105) and the signature over {@code timestamp + METHOD + path?query + body}
 * (50113). Which key the {@code OK-ACCESS-KEY} names, and what else a server checks (environment, IP), is the
 * caller's; {@link #unknownKey} gives OKX's answer for a key it does not know.
 */
public final class SignedRequestCheck {
    public static final Duration WINDOW = Duration.ofSeconds(30);
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private final RequestSigner signer = new RequestSigner();

    /** The four headers as received. {@code toString} shows the key only. */
    public record Signed(String apiKey, String sign, String timestamp, String passphrase) {
        @Override
        public String toString() {
            return "Signed[apiKey=" + apiKey + ", sign=***, timestamp=" + timestamp + ", passphrase=***]";
        }
    }

    /**
     * Reads the four headers ({@code header} gives a header's value or null) and checks the timestamp against
     * {@code serverNow}, in OKX's order.
     */
    public Signed headersAndTime(UnaryOperator<String> header, Instant serverNow) throws OkxRejection {
        String key = require(header, "OK-ACCESS-KEY", OkxError.MISSING_KEY);
        String sign = require(header, "OK-ACCESS-SIGN", OkxError.MISSING_SIGN);
        String ts = require(header, "OK-ACCESS-TIMESTAMP", OkxError.MISSING_TIMESTAMP);
        String pass = require(header, "OK-ACCESS-PASSPHRASE", OkxError.MISSING_PASSPHRASE);
        checkTime(ts, serverNow);
        return new Signed(key, sign, ts, pass);
    }

    /** OKX's answer for a key it does not have: 50119 for a key of OKX's form (a UUID), 50111 for anything else. */
    public static OkxRejection unknownKey(String apiKey) {
        return new OkxRejection(UUID.matcher(apiKey).matches() ? OkxError.KEY_DOES_NOT_EXIST : OkxError.INVALID_KEY);
    }

    /** 50105 unless the passphrase sent equals {@code expected} (compared in constant time). */
    public void checkPassphrase(Secret expected, Signed s) throws OkxRejection {
        try (Secret given = Secret.wrap(s.passphrase().toCharArray())) {
            if (!expected.contentEquals(given)) {
                throw new OkxRejection(OkxError.WRONG_PASSPHRASE);
            }
        }
    }

    /** 50113 unless {@code s.sign()} is the signature of this request with {@code secret}. */
    public void checkSignature(Secret secret, Signed s, String method, String pathAndQuery, byte[] body)
            throws OkxRejection {
        if (!signer.verify(secret, s.timestamp(), method, pathAndQuery, body, s.sign())) {
            throw new OkxRejection(OkxError.INVALID_SIGN);
        }
    }

    private static String require(UnaryOperator<String> header, String name, OkxError missing) throws OkxRejection {
        String v = header.apply(name);
        if (v == null || v.isBlank()) {
            throw new OkxRejection(missing);
        }
        return v;
    }

    private static void checkTime(String ts, Instant serverNow) throws OkxRejection {
        if (!TIMESTAMP.matcher(ts).matches()) {
            throw new OkxRejection(OkxError.INVALID_TIMESTAMP);
        }
        Instant t;
        try {
            t = Instant.parse(ts);
        } catch (DateTimeParseException e) {
            throw new OkxRejection(OkxError.INVALID_TIMESTAMP);
        }
        if (Duration.between(t, serverNow).abs().compareTo(WINDOW) > 0) {
            throw new OkxRejection(OkxError.TIMESTAMP_EXPIRED);
        }
    }
}
