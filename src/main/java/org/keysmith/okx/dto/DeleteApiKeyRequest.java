package org.keysmith.okx.dto;

/** Body of {@code POST /api/v5/users/subaccount/delete-apikey}. */
public record DeleteApiKeyRequest(String subAcct, String apiKey) {
}
