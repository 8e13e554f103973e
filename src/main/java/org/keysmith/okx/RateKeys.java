package org.keysmith.okx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whom a request counts against in the client's rate limiter. OKX counts private limits per user id (each
 * sub-account has its own), so two keys of the same account share one budget. Until a key's user id is known
 * (from {@code /account/config}), the key itself is the budget.
 */
final class RateKeys {
    private final Map<String, String> uidByApiKey = new ConcurrentHashMap<>();

    String callerOf(String apiKey) {
        String uid = uidByApiKey.get(apiKey);
        return uid == null ? "key " + apiKey : "uid " + uid;
    }

    void learn(String apiKey, String uid) {
        if (apiKey != null && uid != null && !uid.isBlank()) {
            uidByApiKey.put(apiKey, uid);
        }
    }
}
