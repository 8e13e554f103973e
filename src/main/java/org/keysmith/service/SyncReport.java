package org.keysmith.service;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;

/**
 * What a sync found on one connection: keys on the exchange the vault does not know (added to the list when asked
 * to), vault keys missing from the listing (marked "not seen on exchange", their secrets kept), keys listed again
 * after they were not seen, keys whose permissions or IPs changed on the exchange (the vault now shows the
 * exchange's values), unfinished creates settled, and sub-accounts whose keys could not be listed (skipped: their
 * keys are left as they were). Nothing is ever deleted and no secret is wiped.
 */
public record SyncReport(String connection, int subAccounts, int keysOnExchange, List<ApiKeyEntry> unknown,
                         List<ApiKeyEntry> notSeen, List<ApiKeyEntry> seenAgain, List<Drift> drifted,
                         List<String> settled, List<Skipped> skipped) {

    /** A key whose permissions or IP allowlist on the exchange differ from what the vault had. */
    public record Drift(ApiKeyEntry key, String before, String after) {
    }

    /** A sub-account whose keys OKX did not list, and why. */
    public record Skipped(String subAccount, String reason) {
    }

    public boolean isClean() {
        return unknown.isEmpty() && notSeen.isEmpty() && seenAgain.isEmpty() && drifted.isEmpty() && settled.isEmpty()
                && skipped.isEmpty();
    }

    public String summary() {
        if (isClean()) {
            return "In sync: " + keysOnExchange + " key(s) in " + subAccounts + " sub-account(s) match the vault.";
        }
        String s = unknown.size() + " key(s) not made with Keysmith, " + notSeen.size() + " not seen on the exchange, "
                + drifted.size() + " changed on the exchange.";
        if (!seenAgain.isEmpty()) {
            s += " " + seenAgain.size() + " listed again.";
        }
        if (!skipped.isEmpty()) {
            s += " " + skipped.size() + " sub-account(s) skipped: OKX did not list their keys.";
        }
        return s;
    }
}
