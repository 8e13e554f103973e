package org.keysmith.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Instants;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.okx.dto.SubAccountInfo;
import org.keysmith.vault.VaultException;

/**
 * Reconciles the vault with the exchange for one connection: lists every sub-account's keys and compares them with
 * the vault's, in one change (one save). A listing is negative evidence only, so a vault key missing from it is
 * marked "not seen on exchange" and keeps its secret; the secret is wiped only when the user confirms, or when OKX
 * answers for the key itself that it does not exist ({@link KeyService#verify}, {@link KeyService#revoke}). A
 * sub-account whose keys cannot be listed is reported and skipped. Unknown keys are added (without a secret: they
 * were made elsewhere) only when asked; permission or IP changes are taken over; unfinished creates are settled.
 */
public final class KeySync {
    static final String NOT_SEEN_REASON = "not in the exchange's listing: deleted on the OKX website, expired after "
            + "14 days unused (Trade or Withdraw without IP binding), or the listing was incomplete; the secret "
            + "is kept until you confirm it is gone";
    private final VaultSession session;
    private final Clock clock;

    public KeySync(VaultSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** What the exchange lists for one connection: each listed sub-account's keys, and those it could not list. */
    private record Listing(List<SubAccountInfo> subs, Map<String, List<SubAccountApiKey>> keysBySub,
                           List<SyncReport.Skipped> skipped) {
        int keyCount() {
            return keysBySub.values().stream().mapToInt(List::size).sum();
        }
    }

    SyncReport sync(OkxClient client, Connection c, boolean addUnknown) throws UserFacingException {
        try (VaultSession.Work work = session.startWork("syncing " + c.name())) {
            Listing listing = list(client);
            return session.change(edit -> apply(edit, c, listing, addUnknown));
        }
    }

    private static Listing list(OkxClient client) throws UserFacingException {
        List<SubAccountInfo> subs = OkxCalls.call(client::subAccounts);
        Map<String, List<SubAccountApiKey>> keysBySub = new HashMap<>();
        List<SyncReport.Skipped> skipped = new ArrayList<>();
        for (SubAccountInfo s : subs) {
            try {
                keysBySub.put(s.subAcct(), client.apiKeys(s.subAcct()));
            } catch (OkxException e) {
                skipped.add(new SyncReport.Skipped(s.subAcct(), e.userMessage()));
            }
        }
        return new Listing(subs, keysBySub, skipped);
    }

    private SyncReport apply(VaultEdit edit, Connection c, Listing listing, boolean addUnknown)
            throws VaultException {
        Map<String, SubAccountApiKey> onExchange = new HashMap<>();
        Map<String, String> subOf = new HashMap<>();
        listing.keysBySub().forEach((sub, keys) -> keys.forEach(k -> {
            onExchange.put(k.apiKey(), k);
            subOf.put(k.apiKey(), sub);
        }));
        List<ApiKeyEntry> notSeen = new ArrayList<>();
        List<ApiKeyEntry> seenAgain = new ArrayList<>();
        List<SyncReport.Drift> drifted = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (ApiKeyEntry e : edit.entries()) {
            if (e.apiKey() != null) {
                known.add(e.apiKey());
            }
            if (e.subAccount() == null && subOf.containsKey(e.apiKey())) {
                e = edit.put(e.inSubAccount(c.id(), subOf.get(e.apiKey())), AuditAction.KEY_SYNCED,
                        "found in sub-account " + subOf.get(e.apiKey()));
            }
            List<SubAccountApiKey> subKeys = listing.keysBySub().get(e.subAccount());
            if (!c.id().equals(e.connectionId()) || subKeys == null) {
                continue;
            }
            if (e.status() == KeyStatus.PENDING) {
                Optional<SubAccountApiKey> found = PendingCreates.find(e, subKeys);
                found.ifPresent(k -> known.add(k.apiKey()));
                settled.add(PendingCreates.settle(edit, e, found));
            } else if (tracked(e)) {
                SubAccountApiKey k = onExchange.get(e.apiKey());
                if (k == null) {
                    if (e.status() != KeyStatus.NOT_SEEN) {
                        notSeen.add(edit.put(e.notSeen(), AuditAction.KEY_SYNCED, NOT_SEEN_REASON));
                    }
                } else {
                    if (e.status() == KeyStatus.NOT_SEEN) {
                        e = edit.put(e.seenAgain(), AuditAction.KEY_SYNCED, "listed on the exchange again");
                        seenAgain.add(e);
                    }
                    drift(edit, e, k).ifPresent(drifted::add);
                }
            }
        }
        List<ApiKeyEntry> unknown = new ArrayList<>();
        for (SubAccountApiKey k : onExchange.values()) {
            if (!known.contains(k.apiKey())) {
                ApiKeyEntry found = external(c, subOf.get(k.apiKey()), k);
                unknown.add(addUnknown ? edit.put(found, AuditAction.KEY_SYNCED, "found on the exchange by "
                        + "Sync") : found);
            }
        }
        edit.audit(AuditAction.KEY_SYNCED, null, "synced " + c.name()
                + (listing.skipped().isEmpty() ? "" : "; skipped " + listing.skipped().size() + " sub-account(s)"));
        return new SyncReport(c.name(), listing.subs().size(), listing.keyCount(), unknown, notSeen, seenAgain,
                drifted, settled, listing.skipped());
    }

    private static boolean tracked(ApiKeyEntry e) {
        return e.status() == KeyStatus.ACTIVE || e.status() == KeyStatus.SECRET_LOST
                || e.status() == KeyStatus.UNVERIFIED || e.status() == KeyStatus.NOT_SEEN;
    }

    private static Optional<SyncReport.Drift> drift(VaultEdit edit, ApiKeyEntry e, SubAccountApiKey k)
            throws VaultException {
        Permissions perms = Permissions.fromWire(k.perm()).value().orElse(e.permissions());
        IpAllowlist ips = IpAllowlist.fromWire(k.ip());
        if (perms.equals(e.permissions()) && ips.equals(e.ips())) {
            return Optional.empty();
        }
        String before = e.permissions().display() + "; IPs: " + describe(e.ips());
        String after = perms.display() + "; IPs: " + describe(ips);
        ApiKeyEntry updated = edit.put(e.edited(e.name(), e.description(), perms, ips), AuditAction.KEY_SYNCED,
                "changed on the exchange: " + before + " -> " + after);
        return Optional.of(new SyncReport.Drift(updated, before, after));
    }

    private ApiKeyEntry external(Connection c, String sub, SubAccountApiKey k) {
        return ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(c).name(k.label())
                .description("Found on the exchange by Sync").type(KeyType.API_TRADING).subAccount(sub)
                .permissions(Permissions.fromWire(k.perm()).value().orElse(Permissions.readOnly()))
                .ips(IpAllowlist.fromWire(k.ip())).apiKey(k.apiKey())
                .created(Instants.fromEpochMillis(k.ts(), clock.instant())).status(KeyStatus.ACTIVE).build();
    }

    private static String describe(IpAllowlist ips) {
        return ips.isEmpty() ? "none" : ips.toWire();
    }
}
