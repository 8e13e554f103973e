package org.keysmith.okx.dto;

/** One row of {@code GET /api/v5/users/subaccount/apikey} (no secret, no passphrase). */
public record SubAccountApiKey(String label, String apiKey, String perm, String ip, String ts) {
}
