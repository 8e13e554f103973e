package org.keysmith.service.relay;

import java.time.Instant;
import org.keysmith.domain.Environment;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.server.OkxRejection;
import org.keysmith.okx.server.SignedRequestCheck;

/**
 * Checks that a request is signed with the relay credential exactly as OKX checks its own keys, with OKX's codes and
 * statuses ({@link SignedRequestCheck}, the Sandbox's checks): missing headers 50103/50104/50106/50107, a malformed
 * timestamp 50112, one off by more than 30 s 50102, a key that is not the relay credential's 50111 (or 50119 for a
 * key of OKX's UUID form), the wrong environment header 50101, a wrong passphrase 50105, a bad signature 50113.
 */
final class RelayAuthenticator {
    private final RelayCredential credential;
    private final SignedRequestCheck check = new SignedRequestCheck();

    RelayAuthenticator(RelayCredential credential) {
        this.credential = credential;
    }

    void authenticate(RelayRequest r, Instant now) throws OkxRejection {
        SignedRequestCheck.Signed s = check.headersAndTime(r.header(), now);
        if (!credential.apiKey().equals(s.apiKey())) {
            throw SignedRequestCheck.unknownKey(s.apiKey());
        }
        Environment env = "1".equals(r.header().apply("x-simulated-trading")) ? Environment.DEMO : Environment.LIVE;
        if (env != credential.environment()) {
            throw new OkxRejection(OkxError.ENVIRONMENT_MISMATCH);
        }
        check.checkPassphrase(credential.passphrase(), s);
        check.checkSignature(credential.secretKey(), s, r.method(), r.pathAndQuery(), r.body());
    }
}
