package org.keysmith.service.guardian.ip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.GuardianState;
import org.keysmith.domain.GuardianState.IpRebind;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.KeyService;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;

/**
 * Notices when this computer's public address changes and re-binds the keys that were bound to the old one.
 * The vault remembers the address each connection last saw ({@link GuardianState#knownIps()}); when the address
 * differs, the live sub-account keys bound to the old address are offered ({@link IpChange}). A re-bind adds the
 * new address to each (modify-apikey through {@link KeyService#changeIps}) and keeps the old one for an overlap the
 * user picks; the pending removal is kept in the vault and done by a later {@link #round} once it is due. It never
 * leaves a key without an IP binding. Every method blocks on disk or network: off the FX thread.
 */
public final class IpGuardian {
    private final VaultSession session;
    private final KeyService keys;
    private final ConnectionService connections;
    private final IpSource source;
    private final Clock clock;

    public IpGuardian(VaultSession session, KeyService keys, ConnectionService connections, IpSource source,
                      Clock clock) {
        this.session = session;
        this.keys = keys;
        this.connections = connections;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Looks for changes, then takes off the old addresses that are due (in this order, so an address that is this
     * computer's again is kept): what the app does on unlock and on a tick.
     */
    public IpRound round() throws UserFacingException {
        List<String> removed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<IpChange> changes = check(problems);
        removeDue(removed, problems);
        return new IpRound(removed, changes, problems);
    }

    /**
     * Asks where each connection with IP-bound keys sees this computer. The first answer for a connection is only
     * remembered; a different one later is a change, offered when keys are bound to the old address (and
     * remembered at once when none is).
     */
    List<IpChange> check(List<String> problems) throws UserFacingException {
        Map<String, List<ApiKeyEntry>> bound = new LinkedHashMap<>();
        for (ApiKeyEntry e : keys.entries()) {
            if (rebindable(e) && !e.ips().isEmpty()) {
                bound.computeIfAbsent(e.connectionId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<IpChange> changes = new ArrayList<>();
        for (Map.Entry<String, List<ApiKeyEntry>> group : bound.entrySet()) {
            Connection c;
            String now;
            try {
                c = connections.byId(group.getKey());
                if (c.masterKey() == null) {
                    continue;
                }
                now = source.currentIp(c);
            } catch (UserFacingException e) {
                problems.add(e.getMessage());
                continue;
            }
            Optional<String> known = guardian().knownIp(c.id());
            if (known.isEmpty() || known.get().equals(now)) {
                if (known.isEmpty()) {
                    remember(c.id(), now);
                }
                continue;
            }
            String old = known.get();
            List<ApiKeyEntry> affected = group.getValue().stream()
                    .filter(e -> e.ips().entries().contains(old) && !e.ips().entries().contains(now)).toList();
            if (affected.isEmpty()) {
                remember(c.id(), now);
            } else {
                changes.add(new IpChange(c.id(), c.name(), old, now, affected));
            }
        }
        return changes;
    }

    /**
     * Adds the new address to each affected key, keeping the old one until now + {@code overlap}. Adding an
     * address needs the master password given within the last minute (asked before any key is changed). When
     * every key is re-bound the new address becomes the known one; a key OKX refused is offered again next time.
     */
    public RebindReport rebind(IpChange change, Duration overlap) throws UserFacingException {
        if (overlap.isNegative()) {
            throw new UserFacingException("The overlap cannot be negative; 0 takes the old address off at the next "
                    + "check.");
        }
        session.requireRecentAuthentication("add this computer's new IP address to " + change.affected().size()
                + " key(s)");
        Instant removeAfter = clock.instant().plus(overlap);
        List<String> rebound = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ApiKeyEntry stale : change.affected()) {
            try {
                ApiKeyEntry e = keys.entry(stale.id());
                List<String> next = new ArrayList<>(e.ips().entries());
                if (!next.contains(change.newIp())) {
                    if (next.size() >= IpAllowlist.MAX_ENTRIES) {
                        throw new UserFacingException(e.name() + " already has " + IpAllowlist.MAX_ENTRIES
                                + " IP addresses, OKX's limit: remove one by editing the key, then re-bind.");
                    }
                    next.add(change.newIp());
                }
                keys.changeIps(e.id(), new IpAllowlist(next), "IP guardian: added " + change.newIp()
                        + " (this computer's new address); " + change.oldIp() + " stays until " + removeAfter);
                IpRebind r = new IpRebind(e.id(), change.oldIp(), change.newIp(), removeAfter);
                session.change(edit -> edit.put(edit.guardian().withRebind(r)));
                rebound.add(e.name());
            } catch (UserFacingException ex) {
                failed.add(stale.name() + ": " + ex.getMessage());
            }
        }
        if (failed.isEmpty()) {
            remember(change.connectionId(), change.newIp());
        }
        return new RebindReport(rebound, failed, removeAfter);
    }

    /** Remembers the new address without changing any key (the user keeps them as they are). */
    public void dismiss(IpChange change) throws UserFacingException {
        remember(change.connectionId(), change.newIp());
    }

    /** The old addresses still to come off keys, soonest first. */
    public List<IpRebind> pending() throws UserFacingException {
        return guardian().rebinds().stream().sorted((a, b) -> a.removeAfter().compareTo(b.removeAfter())).toList();
    }

    private void removeDue(List<String> removed, List<String> problems) throws UserFacingException {
        Instant now = clock.instant();
        for (IpRebind r : guardian().rebinds()) {
            if (!r.isDue(now)) {
                continue;
            }
            Optional<ApiKeyEntry> found = session.vault().entry(r.keyId());
            if (found.isEmpty() || !rebindable(found.get()) || !found.get().ips().entries().contains(r.oldIp())) {
                forget(r);
                continue;
            }
            ApiKeyEntry e = found.get();
            if (guardian().knownIp(e.connectionId()).filter(r.oldIp()::equals).isPresent()) {
                forget(r);
                problems.add(r.oldIp() + " stays on " + e.name() + ": it is this computer's address again.");
                continue;
            }
            List<String> next = new ArrayList<>(e.ips().entries());
            next.remove(r.oldIp());
            if (next.isEmpty()) {
                forget(r);
                problems.add(r.oldIp() + " stays on " + e.name() + ": it is its only address, and Keysmith never "
                        + "leaves a key without IP binding.");
                continue;
            }
            try {
                keys.changeIps(e.id(), new IpAllowlist(next), "IP guardian: removed " + r.oldIp()
                        + " (the overlap after the move to " + r.newIp() + " is over)");
                forget(r);
                removed.add(r.oldIp() + " taken off " + e.name() + " (now " + String.join(", ", next) + ")");
            } catch (UserFacingException ex) {
                problems.add(r.oldIp() + " is still on " + e.name() + ", tried again later: " + ex.getMessage());
            }
        }
    }

    private static boolean rebindable(ApiKeyEntry e) {
        return e.subAccount() != null && e.apiKey() != null && e.status().mayBeLive();
    }

    private GuardianState guardian() throws UserFacingException {
        return session.vault().guardian();
    }

    private void remember(String connectionId, String ip) throws UserFacingException {
        session.change(edit -> edit.put(edit.guardian().withKnownIp(connectionId, ip)));
    }

    private void forget(IpRebind r) throws UserFacingException {
        session.change(edit -> edit.put(edit.guardian().without(r)));
    }
}
