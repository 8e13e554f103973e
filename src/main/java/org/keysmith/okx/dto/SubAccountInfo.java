package org.keysmith.okx.dto;

/** One row of {@code GET /api/v5/users/subaccount/list}. */
public record SubAccountInfo(String type, Boolean enable, String subAcct, String uid, String label, String ts) {
}
