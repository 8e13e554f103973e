package org.keysmith.okx.dto;

/** One row of {@code GET /api/v5/users/subaccount/list}; {@code canTransOut} false: its transfers out are frozen. */
public record SubAccountInfo(String type, Boolean enable, String subAcct, String uid, String label, String ts,
                             Boolean canTransOut) {
}
