package org.keysmith.okx.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * {@code GET /api/v5/account/config}, the fields Keysmith uses: the calling key's label, perm and ip,
 * the account's uid and mainUid ({@code uid == mainUid} means main account) and account type
 * ({@code "0"} main, {@code "1"} standard sub-account, ...).
 */
public record AccountConfig(String uid, String mainUid, String acctLv, String label, String perm, String ip,
                            String type) {
    @JsonIgnore
    public boolean isMainAccount() {
        return uid != null && uid.equals(mainUid);
    }
}
