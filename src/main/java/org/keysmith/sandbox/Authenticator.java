package org.keysmith.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.RequestSigner;

/**
 * OKX's checks on a signed request, in order: the four headers, the timestamp's form and ±30 s window, the key,
 * the environment (demo header), the passphrase, the signature, and the caller's IP against the key's allowlist.
 */
final class Authenticator {
    static final Duration WINDOW = Duration.ofSeconds(30);
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private final SandboxState state;
    private final RequestSigner signer = new RequestSigner();

    Authenticator(SandboxState state) {
        this.state = state;
    }

    SandboxKey authenticate(SandboxRequest r, Instant serverNow) throws Rejection {
        String key = require(r, "OK-ACCESS-KEY", OkxError.MISSING_KEY);
        String sign = require(r, "OK-ACCESS-SIGN", OkxError.MISSING_SIGN);
        String ts = require(r, "OK-ACCESS-TIMESTAMP", OkxError.MISSING_TIMESTAMP);
        String pass = require(r, "OK-ACCESS-PASSPHRASE", OkxError.MISSING_PASSPHRASE);
        checkTime(ts, serverNow);
        SandboxKey k = state.key(key).orElseThrow(() -> new Rejection(UUID.matcher(key).matches()
                ? OkxError.KEY_DOES_NOT_EXIST : OkxError.INVALID_KEY));
        Environment env = "1".equals(r.header("x-simulated-trading")) ? Environment.DEMO : Environment.LIVE;
        if (k.environment() != env) {
            throw new Rejection(OkxError.ENVIRONMENT_MISMATCH);
        }
        try (Secret given = Secret.copyOf(pass.toCharArray())) {
            if (!k.passphrase().contentEquals(given)) {
                throw new Rejection(OkxError.WRONG_PASSPHRASE);
            }
        }
        if (!signer.verify(k.secretKey(), ts, r.method(), r.pathAndQuery(), r.body(), sign)) {
            throw new Rejection(OkxError.INVALID_SIGN);
        }
        if (!k.ips().isEmpty() && !IpMatch.allowed(k.ips(), r.remoteIp())) {
            throw new Rejection(OkxError.IP_NOT_ALLOWED, r.remoteIp());
        }
        state.used(k, serverNow);
        return k;
    }

    private static String require(SandboxRequest r, String header, OkxError missing) throws Rejection {
        String v = r.header(header);
        if (v == null) {
            throw new Rejection(missing);
        }
        return v;
    }

    private static void checkTime(String ts, Instant serverNow) throws Rejection {
        if (!TIMESTAMP.matcher(ts).matches()) {
            throw new Rejection(OkxError.INVALID_TIMESTAMP);
        }
        Instant t;
        try {
            t = Instant.parse(ts);
        } catch (DateTimeParseException e) {
            throw new Rejection(OkxError.INVALID_TIMESTAMP);
        }
        if (Duration.between(t, serverNow).abs().compareTo(WINDOW) > 0) {
            throw new Rejection(OkxError.TIMESTAMP_EXPIRED);
        }
    }
}
