package org.keysmith.okx.dto;

/** Response of {@code create-subaccount}. */
public record SubAccountCreated(String subAcct, String label, String uid, String ts) {
}
