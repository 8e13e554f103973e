package org.keysmith.okx.dto;

import org.keysmith.domain.Secret;

/** Response of the create call: the only time OKX returns {@code secretKey}. */
public record CreatedApiKey(String subAcct, String label, String apiKey, Secret secretKey, Secret passphrase,
                            String perm, String ip, String ts) {
}
