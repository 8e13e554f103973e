package org.keysmith.sandbox;

import java.time.Instant;
import org.keysmith.domain.Environment;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.server.OkxRejection;
import org.keysmith.okx.server.SignedRequestCheck;

/**
 * OKX's checks on a signed request, in order: the four headers, the timestamp's form and ±30 s window, the key,
 * the environment (demo header), the passphrase, the signature ({@link SignedRequestCheck}, shared with the relay),
 * and the caller's IP against the key's allowlist.
 */
final class Authenticator {
    private final SandboxState state;
    private final SignedRequestCheck check = new SignedRequestCheck();

    Authenticator(SandboxState state) {
        this.state = state;
    }

    SandboxKey authenticate(SandboxRequest r, Instant serverNow) throws OkxRejection {
        SignedRequestCheck.Signed s = check.headersAndTime(r::header, serverNow);
        SandboxKey k = state.key(s.apiKey()).orElseThrow(() -> SignedRequestCheck.unknownKey(s.apiKey()));
        Environment env = "1".equals(r.header("x-simulated-trading")) ? Environment.DEMO : Environment.LIVE;
        if (k.environment() != env) {
            throw new Rejection(OkxError.ENVIRONMENT_MISMATCH);
        }
        check.checkPassphrase(k.passphrase(), s);
        check.checkSignature(k.secretKey(), s, r.method(), r.pathAndQuery(), r.body());
        if (!k.ips().isEmpty() && !IpMatch.allowed(k.ips(), r.remoteIp())) {
            throw new Rejection(OkxError.IP_NOT_ALLOWED, r.remoteIp());
        }
        state.used(k, serverNow);
        return k;
    }
}
