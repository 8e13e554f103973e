package org.keysmith.service.relay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.keysmith.domain.Environment;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.server.OkxRejection;
import org.keysmith.okx.server.SignedRequestCheck;
import org.keysmith.okx.server.WsLoginCheck;
import org.keysmith.okx.server.WsRejection;

/**
 * Checks that a request is signed with the relay credential exactly as OKX checks its own keys, with OKX's codes and
 * statuses ({@link SignedRequestCheck}, the Sandbox's checks): missing headers 50103/50104/50106/50107, a malformed
 * timestamp 50112, one off by more than 30 s 50102, a key that is not the relay credential's 50111 (or 50119 for a
 * key of OKX's UUID form), the wrong environment header 50101, a wrong passphrase 50105, a bad signature 50113.
 */
final class RelayAuthenticator {
    private final RelayCredential credential;
    private final SignedRequestCheck check = new SignedRequestCheck();
    private final WsLoginCheck wsCheck = new WsLoginCheck();

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

    /**
     * A WebSocket {@code login} op signed with the relay credential, checked as OKX checks its own ({@link
     * WsLoginCheck}): 60004/60006 for the timestamp, 60005/60032 for a key that is not this relay's, 60024 for the
     * passphrase, 60007 for the sign.
     */
    void authenticateLogin(JsonNode op, Instant now) throws WsRejection {
        WsLoginCheck.Login l = wsCheck.read(op, now);
        if (!credential.apiKey().equals(l.apiKey())) {
            throw WsLoginCheck.unknownKey(l.apiKey());
        }
        wsCheck.checkPassphrase(credential.passphrase(), l);
        wsCheck.checkSignature(credential.secretKey(), l);
    }
}
