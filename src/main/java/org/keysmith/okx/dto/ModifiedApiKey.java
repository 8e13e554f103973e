package org.keysmith.okx.dto;

/** Response of {@code modify-apikey}. */
public record ModifiedApiKey(String subAcct, String apiKey, String label, String perm, String ip, String ts) {
}
