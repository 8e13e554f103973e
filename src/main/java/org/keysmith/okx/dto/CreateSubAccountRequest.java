package org.keysmith.okx.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.keysmith.domain.Secret;

/**
 * Body of {@code POST /api/v5/users/subaccount/create-subaccount}; {@code type} "1" is a standard sub-account.
 * {@code pwd}, the sub-account's login password, is for KYB (institutional) main accounts only; null leaves it out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSubAccountRequest(String subAcct, String type, String label, Secret pwd) {
    @Override
    public String toString() {
        return "CreateSubAccountRequest[subAcct=" + subAcct + ", type=" + type + ", label=" + label + ", pwd="
                + (pwd == null ? "none" : "***") + "]";
    }
}
