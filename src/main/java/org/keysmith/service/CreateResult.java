package org.keysmith.service;

import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Secret;

/** What {@link KeyService#create} produced. Either way the vault already holds {@link #entry()}. */
public sealed interface CreateResult permits CreateResult.Created, CreateResult.SecretLost {

    ApiKeyEntry entry();

    /**
     * The key exists and was saved, unless {@code saveProblem} (null when saved) says why not. {@code secretKey}
     * and {@code passphrase} are copies for the one-time reveal, owned by the caller: destroy them when it is over.
     */
    record Created(ApiKeyEntry entry, Secret secretKey, Secret passphrase, String saveProblem) implements CreateResult {
        /** True when the key could not be saved to the vault (then the reveal is the only copy). */
        public boolean notSaved() {
            return saveProblem != null;
        }

        public void destroyRevealedSecrets() {
            secretKey.destroy();
            passphrase.destroy();
        }
    }

    /**
     * OKX created the key but its answer, the only place the secret appears, was lost. The vault keeps the key
     * marked "created, secret lost" so it can be revoked; it cannot be used.
     */
    record SecretLost(ApiKeyEntry entry) implements CreateResult {
        public String explanation() {
            return "OKX created the key \"" + entry.name() + "\" but its answer was lost on the way, and OKX "
                    + "shows a key's secret only in that answer. The key cannot be used without it. It is in your "
                    + "key list marked \"created, secret lost\": revoke it there and create a new one.";
        }
    }
}
