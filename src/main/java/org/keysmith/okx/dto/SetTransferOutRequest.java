package org.keysmith.okx.dto;

/**
 * Body of {@code POST /api/v5/users/subaccount/set-transfer-out}: {@code canTransOut} is a JSON boolean (false
 * freezes the sub-account's transfers out). OKX also takes several names comma-separated; Keysmith sends one.
 */
public record SetTransferOutRequest(String subAcct, boolean canTransOut) {
}
