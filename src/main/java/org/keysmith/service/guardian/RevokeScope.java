package org.keysmith.service.guardian;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keysmith.domain.ApiKeyEntry;

/**
 * Which keys a panic revoke takes: every key, or those on the given connections, sub-accounts or key ids (a key
 * matches when it matches any of them). Ids, not names: the front ends resolve names with their own rules.
 */
public record RevokeScope(boolean all, Set<String> connectionIds, Set<String> subAccounts, Set<String> keyIds) {
    public RevokeScope {
        connectionIds = connectionIds == null ? Set.of() : Set.copyOf(connectionIds);
        subAccounts = subAccounts == null ? Set.of() : Set.copyOf(subAccounts);
        keyIds = keyIds == null ? Set.of() : Set.copyOf(keyIds);
    }

    public static RevokeScope everything() {
        return new RevokeScope(true, Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return !all && connectionIds.isEmpty() && subAccounts.isEmpty() && keyIds.isEmpty();
    }

    boolean covers(ApiKeyEntry e) {
        return all || connectionIds.contains(e.connectionId())
                || (e.subAccount() != null && subAccounts.contains(e.subAccount())) || keyIds.contains(e.id());
    }

    /** In words, for the plan, the audit and the resume question. */
    public String describe() {
        if (all) {
            return "every key";
        }
        List<String> parts = new ArrayList<>();
        if (!connectionIds.isEmpty()) {
            parts.add(connectionIds.size() + " connection(s)");
        }
        if (!subAccounts.isEmpty()) {
            parts.add("sub-account(s) " + String.join(", ", subAccounts.stream().sorted().toList()));
        }
        if (!keyIds.isEmpty()) {
            parts.add(keyIds.size() + " named key(s)");
        }
        return String.join(" and ", parts);
    }
}
