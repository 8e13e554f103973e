package org.keysmith.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.okx.OkxError;

/**
 * Everything the sandbox exchange holds: the main account, its sub-accounts and every key. All methods are
 * synchronized, so concurrent clients never lose or duplicate a key; {@code onChange} runs after each change
 * (the server persists the state there).
 */
public final class SandboxState {
    private final String mainUid;
    private final Map<String, SandboxSubAccount> subAccounts = new LinkedHashMap<>();
    private final Map<String, SandboxKey> keys = new LinkedHashMap<>();
    /** When each key last passed authentication (not persisted: a restart counts as use). */
    private final Map<String, Instant> lastUsed = new HashMap<>();
    private final SecureRandom random;
    private final Clock clock;
    private Runnable onChange = () -> { };

    SandboxState(String mainUid, SecureRandom random, Clock clock) {
        this.mainUid = mainUid;
        this.random = random;
        this.clock = clock;
    }

    String mainUid() {
        return mainUid;
    }

    synchronized void onChange(Runnable listener) {
        this.onChange = listener;
    }

    synchronized Optional<SandboxKey> key(String apiKey) {
        return Optional.ofNullable(keys.get(apiKey));
    }

    synchronized List<SandboxSubAccount> subAccounts() {
        List<SandboxSubAccount> out = new ArrayList<>(subAccounts.values());
        out.sort(Comparator.comparingLong(SandboxSubAccount::ts).reversed());
        return out;
    }

    synchronized SandboxSubAccount subAccount(String name) throws Rejection {
        SandboxSubAccount s = subAccounts.get(name);
        if (s == null) {
            throw new Rejection(OkxError.SUB_ACCOUNT_DOES_NOT_EXIST);
        }
        return s;
    }

    public synchronized int allSubAccountsCount() {
        return subAccounts.size();
    }

    public synchronized int keyCount() {
        return keys.size();
    }

    synchronized SandboxSubAccount createSubAccount(String name, String label, String type) throws Rejection {
        if (subAccounts.containsKey(name)) {
            throw new Rejection(OkxError.SUB_ACCOUNT_NAME_TAKEN);
        }
        if (subAccounts.size() >= Rules.MAX_SUB_ACCOUNTS) {
            throw new Rejection(OkxError.SUB_ACCOUNT_LIMIT);
        }
        SandboxSubAccount s = new SandboxSubAccount(name, label, uid(), type, true, clock.millis(), true);
        subAccounts.put(name, s);
        changed();
        return s;
    }

    /**
     * Sets whether each named sub-account may transfer out; all or none: an unknown name changes nothing (59510).
     */
    synchronized List<SandboxSubAccount> setTransferOut(List<String> names, boolean allowed) throws Rejection {
        for (String n : names) {
            subAccount(n);
        }
        List<SandboxSubAccount> out = new ArrayList<>();
        for (String n : names) {
            SandboxSubAccount s = subAccounts.get(n).withTransferOut(allowed);
            subAccounts.put(n, s);
            out.add(s);
        }
        changed();
        return out;
    }

    synchronized SandboxKey createKey(String sub, String label, Secret passphrase, Permissions perms, IpAllowlist ips,
                                      Environment env) throws Rejection {
        SandboxSubAccount account = subAccount(sub);
        if (!account.enabled()) {
            throw new Rejection(OkxError.SUB_ACCOUNT_SUSPENDED, sub);
        }
        List<SandboxKey> existing = keysOf(sub);
        if (existing.stream().anyMatch(k -> k.label().equals(label))) {
            throw new Rejection(OkxError.DUPLICATE_LABEL);
        }
        if (existing.size() >= Rules.KEYS_PER_SUB_ACCOUNT) {
            throw new Rejection(OkxError.KEY_LIMIT);
        }
        SandboxKey k = new SandboxKey(UUID.randomUUID().toString(), newSecret(), passphrase.copy(), label, perms, ips,
                env, sub, clock.millis());
        keys.put(k.apiKey(), k);
        changed();
        return k;
    }

    synchronized List<SandboxKey> keysOf(String sub) throws Rejection {
        subAccount(sub);
        return keys.values().stream().filter(k -> sub.equals(k.subAccount())).toList();
    }

    /** Replaces the label, permissions and IPs of a sub-account key; null leaves a field unchanged. */
    synchronized SandboxKey modifyKey(String sub, String apiKey, String label, Permissions perms, IpAllowlist ips)
            throws Rejection {
        SandboxKey k = ownedKey(sub, apiKey);
        if (label != null && !label.equals(k.label()) && keysOf(sub).stream().anyMatch(o -> o.label().equals(label))) {
            throw new Rejection(OkxError.DUPLICATE_LABEL);
        }
        SandboxKey m = k.modified(label == null ? k.label() : label, perms == null ? k.perms() : perms,
                ips == null ? k.ips() : ips);
        keys.put(apiKey, m);
        changed();
        return m;
    }

    synchronized void deleteKey(String sub, String apiKey) throws Rejection {
        ownedKey(sub, apiKey);
        keys.remove(apiKey).secretKey().destroy();
        lastUsed.remove(apiKey);
        changed();
    }

    /** Adds a main-account key (the seed's master key; OKX makes these on its website only). */
    synchronized SandboxKey addMainKey(String label, Secret passphrase, Permissions perms, IpAllowlist ips,
                                       Environment env) {
        SandboxKey k = new SandboxKey(UUID.randomUUID().toString(), newSecret(), passphrase, label, perms, ips, env,
                null, clock.millis());
        keys.put(k.apiKey(), k);
        changed();
        return k;
    }

    synchronized void restore(List<SandboxSubAccount> subs, List<SandboxKey> allKeys) {
        subs.forEach(s -> subAccounts.put(s.name(), s));
        allKeys.forEach(k -> keys.put(k.apiKey(), k));
    }

    synchronized List<SandboxSubAccount> allSubAccounts() {
        return new ArrayList<>(subAccounts.values());
    }

    synchronized List<SandboxKey> allKeys() {
        return new ArrayList<>(keys.values());
    }

    /** The OKX user id a key's requests count against: the main account's or its sub-account's uid. */
    synchronized String userId(SandboxKey k) {
        SandboxSubAccount s = k.isMain() ? null : subAccounts.get(k.subAccount());
        return s == null ? mainUid : s.uid();
    }

    synchronized void used(SandboxKey k, Instant when) {
        lastUsed.put(k.apiKey(), when);
    }

    /**
     * OKX's 14-day rule (docs/okx-protocol.md, "API key security"): a live key with Trade or Withdraw and no IP
     * binding, unused since {@code cutoff}, expires. Demo keys never do. Returns how many were deleted.
     */
    synchronized int expireIdleKeys(Instant cutoff) {
        List<SandboxKey> idle = keys.values().stream().filter(k -> k.environment() == Environment.LIVE
                && k.ips().isEmpty() && (k.perms().has(Permission.TRADE) || k.perms().has(Permission.WITHDRAW))
                && lastUse(k).isBefore(cutoff)).toList();
        idle.forEach(k -> {
            keys.remove(k.apiKey());
            lastUsed.remove(k.apiKey());
            k.secretKey().destroy();
        });
        if (!idle.isEmpty()) {
            changed();
        }
        return idle.size();
    }

    private Instant lastUse(SandboxKey k) {
        return lastUsed.getOrDefault(k.apiKey(), Instant.ofEpochMilli(k.ts()));
    }

    private SandboxKey ownedKey(String sub, String apiKey) throws Rejection {
        subAccount(sub);
        SandboxKey k = keys.get(apiKey);
        if (k == null || !sub.equals(k.subAccount())) {
            throw new Rejection(OkxError.SUB_KEY_DOES_NOT_EXIST);
        }
        return k;
    }

    /** A random 32-character upper-case hex secret, as OKX issues. */
    private Secret newSecret() {
        char[] out = new char[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = "0123456789ABCDEF".charAt(random.nextInt(16));
        }
        return Secret.wrap(out);
    }

    private String uid() {
        return String.valueOf(100_000_000L + random.nextInt(899_999_999));
    }

    private void changed() {
        onChange.run();
    }
}
