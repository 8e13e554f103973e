package org.keysmith.okx.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code POST /api/v5/users/subaccount/create-subaccount}; {@code type} "1" is a standard sub-account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSubAccountRequest(String subAcct, String type, String label) {
}
