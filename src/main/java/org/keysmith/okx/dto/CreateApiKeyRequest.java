package org.keysmith.okx.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.keysmith.domain.Secret;

/** Body of {@code POST /api/v5/users/subaccount/apikey}. {@code perm} and {@code ip} are comma-separated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateApiKeyRequest(String subAcct, String label, Secret passphrase, String perm, String ip) {
}
