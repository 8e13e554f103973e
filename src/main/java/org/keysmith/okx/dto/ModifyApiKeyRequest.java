package org.keysmith.okx.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/v5/users/subaccount/modify-apikey}. A null field is left unchanged; a present
 * {@code perm} or {@code ip} replaces the whole set ({@code ip = ""} unbinds every address).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyApiKeyRequest(String subAcct, String apiKey, String label, String perm, String ip) {
}
