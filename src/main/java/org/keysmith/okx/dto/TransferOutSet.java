package org.keysmith.okx.dto;

/** One row of the answer to {@code set-transfer-out}: the sub-account and its setting now. */
public record TransferOutSet(String subAcct, Boolean canTransOut) {
}
