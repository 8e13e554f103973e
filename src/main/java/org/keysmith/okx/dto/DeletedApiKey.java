package org.keysmith.okx.dto;

/** Response of {@code delete-apikey}. */
public record DeletedApiKey(String subAcct) {
}
