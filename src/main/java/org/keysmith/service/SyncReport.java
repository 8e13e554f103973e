package org.keysmith.service;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;

/**
 * What a sync found on one connection: keys on the exchange the vault does not know (added to the list when asked
 * to), vault keys the exchange no longer has (marked "gone"), and keys whose permissions or IPs changed on the
 * exchange (the vault now shows the exchange's values). Nothing is ever deleted.
 */
public record SyncReport(String connection, int subAccounts, int keysOnExchange, List<ApiKeyEntry> unknown,
                         List<ApiKeyEntry> gone, List<Drift> drifted) {

    /** A key whose permissions or IP allowlist on the exchange differ from what the vault had. */
    public record Drift(ApiKeyEntry key, String before, String after) {
    }

    public boolean isClean() {
        return unknown.isEmpty() && gone.isEmpty() && drifted.isEmpty();
    }

    public String summary() {
        if (isClean()) {
            return "In sync: " + keysOnExchange + " key(s) in " + subAccounts + " sub-account(s) match the vault.";
        }
        return unknown.size() + " key(s) not made with Keysmith, " + gone.size() + " gone from the exchange, "
                + drifted.size() + " changed on the exchange.";
    }
}
