package org.keysmith.service;

import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Instants;
import org.keysmith.domain.KeyStatus;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.vault.VaultException;

/** Settling a "being created" entry once the sub-account's listing says whether OKX made the key. */
final class PendingCreates {
    private PendingCreates() {
    }

    /** Finds the pending key in a listing of its sub-account, by its label. */
    static Optional<SubAccountApiKey> find(ApiKeyEntry pending, Iterable<SubAccountApiKey> listing) {
        for (SubAccountApiKey k : listing) {
            if (pending.name().equals(k.label())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * "Created, secret lost" when {@code found}, else taken out (the create never happened). Returns one line
     * for the user.
     */
    static String settle(VaultEdit edit, ApiKeyEntry pending, Optional<SubAccountApiKey> found) throws VaultException {
        if (found.isEmpty()) {
            edit.removeEntry(pending.id(), "the create did not happen: the key is not on the exchange");
            return pending.name() + ": OKX has no such key, so the unfinished create was taken out of the list.";
        }
        ApiKeyEntry lost = pending.toBuilder().apiKey(found.get().apiKey())
                .created(Instants.fromEpochMillis(found.get().ts(), pending.created()))
                .status(KeyStatus.SECRET_LOST).build();
        edit.put(lost, AuditAction.KEY_CREATED, "created, but the answer with the secret was lost");
        return pending.name() + ": OKX made the key but its secret was lost; revoke it.";
    }
}
