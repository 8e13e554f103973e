package org.keysmith.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.okx.dto.SubAccountInfo;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultException;

/**
 * Reconciles the vault with the exchange for one connection: lists every sub-account's keys and compares them
 * with the vault's. Unknown keys are added (without a secret: they were made elsewhere) only when asked; keys the
 * exchange no longer has are marked gone with the likely reason; permission or IP changes are taken over.
 */
final class KeySync {
    static final String GONE_REASON = "not on the exchange any more: deleted on the OKX website, or deleted by OKX "
            + "after 14 days unused (a Trade key without IP binding)";
    private final VaultSession session;
    private final Clock clock;

    KeySync(VaultSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    SyncReport sync(OkxClient client, Connection c, boolean addUnknown) throws UserFacingException {
        List<SubAccountInfo> subs = OkxCalls.call(client::subAccounts);
        Map<String, SubAccountApiKey> onExchange = new HashMap<>();
        Map<String, String> subOf = new HashMap<>();
        for (SubAccountInfo s : subs) {
            for (SubAccountApiKey k : OkxCalls.call(() -> client.apiKeys(s.subAcct()))) {
                onExchange.put(k.apiKey(), k);
                subOf.put(k.apiKey(), s.subAcct());
            }
        }
        int listed = onExchange.size();
        Vault vault = session.vault();
        List<ApiKeyEntry> gone = new ArrayList<>();
        List<SyncReport.Drift> drifted = new ArrayList<>();
        for (ApiKeyEntry e : vault.entries()) {
            if (e.subAccount() == null && subOf.containsKey(e.apiKey())) {
                e = put(vault, e.inSubAccount(c.id(), subOf.get(e.apiKey())), AuditAction.KEY_SYNCED,
                        "found in sub-account " + subOf.get(e.apiKey()));
            }
            if (!c.id().equals(e.connectionId()) || e.subAccount() == null || !tracked(e)) {
                continue;
            }
            SubAccountApiKey k = onExchange.remove(e.apiKey());
            if (k == null) {
                gone.add(put(vault, e.goneOnExchange(), AuditAction.KEY_SYNCED, GONE_REASON));
            } else {
                drift(vault, e, k).ifPresent(drifted::add);
            }
        }
        onExchange.keySet().removeIf(id -> vault.entries().stream().anyMatch(e -> id.equals(e.apiKey())));
        List<ApiKeyEntry> unknown = new ArrayList<>();
        for (SubAccountApiKey k : onExchange.values()) {
            ApiKeyEntry found = external(c, subOf.get(k.apiKey()), k);
            unknown.add(addUnknown ? put(vault, found, AuditAction.KEY_SYNCED, "found on the exchange by Sync") : found);
        }
        session.record(AuditAction.KEY_SYNCED, null, "synced " + c.name());
        session.save();
        return new SyncReport(c.name(), subs.size(), listed, unknown, gone, drifted);
    }

    private static boolean tracked(ApiKeyEntry e) {
        return e.status() == KeyStatus.ACTIVE || e.status() == KeyStatus.SECRET_LOST
                || e.status() == KeyStatus.UNVERIFIED;
    }


    private java.util.Optional<SyncReport.Drift> drift(Vault vault, ApiKeyEntry e, SubAccountApiKey k)
            throws UserFacingException {
        Permissions perms = Permissions.fromWire(k.perm()).value().orElse(e.permissions());
        IpAllowlist ips = IpAllowlist.fromWire(k.ip());
        if (perms.equals(e.permissions()) && ips.equals(e.ips())) {
            return java.util.Optional.empty();
        }
        String before = e.permissions().display() + "; IPs: " + describe(e.ips());
        String after = perms.display() + "; IPs: " + describe(ips);
        ApiKeyEntry updated = e.edited(e.name(), e.description(), perms, ips);
        put(vault, updated, AuditAction.KEY_SYNCED, "changed on the exchange: " + before + " -> " + after);
        return java.util.Optional.of(new SyncReport.Drift(updated, before, after));
    }

    private ApiKeyEntry external(Connection c, String sub, SubAccountApiKey k) {
        return new ApiKeyEntry(UUID.randomUUID().toString(), c.id(), k.label(), "Found on the exchange by Sync",
                KeyType.API_TRADING, sub, Permissions.fromWire(k.perm()).value().orElse(Permissions.readOnly()),
                IpAllowlist.fromWire(k.ip()), k.apiKey(), null, null, c.site(), c.environment(), millis(k.ts()), null,
                KeyStatus.ACTIVE, null);
    }

    private ApiKeyEntry put(Vault vault, ApiKeyEntry e, AuditAction action, String detail) throws UserFacingException {
        try {
            vault.putEntry(e);
        } catch (VaultException ex) {
            throw new UserFacingException(ex.userMessage(), ex);
        }
        session.record(action, e, detail);
        return e;
    }

    private static String describe(IpAllowlist ips) {
        return ips.isEmpty() ? "none" : ips.toWire();
    }

    private java.time.Instant millis(String ts) {
        try {
            return java.time.Instant.ofEpochMilli(Long.parseLong(ts));
        } catch (NumberFormatException | NullPointerException e) {
            return clock.instant();
        }
    }
}
