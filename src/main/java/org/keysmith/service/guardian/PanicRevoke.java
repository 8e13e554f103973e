package org.keysmith.service.guardian;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.RevokePlan.Freeze;
import org.keysmith.domain.RevokePlan.Kind;
import org.keysmith.domain.RevokePlan.Outcome;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.KeyService;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;

/**
 * Revokes every live key in a scope in one go, for when a leak is suspected: a {@link RevokePreview} first, then one
 * delete per key through {@link KeyService#revoke} (so the rules, the rate limit and the one audit event per key
 * are the same as for a single revoke), going on past failures. The plan ({@link RevokePlan}) is in the vault before
 * the first delete and is updated after every key, so a run cut short by a crash, a lock or the network resumes
 * where it stopped ({@link #resume}) and never sends a key twice nor skips one. When the user chooses it, the
 * transfers out of every affected sub-account are frozen first ({@link TransferFreeze}), kept in the same plan.
 */
public final class PanicRevoke {
    private static final String LOCKED = "The vault was locked before every key was revoked. Unlock it and resume.";
    private final VaultSession session;
    private final KeyService keys;
    private final ConnectionService connections;
    private final TransferFreeze freezer;
    private final Clock clock;

    public PanicRevoke(VaultSession session, KeyService keys, ConnectionService connections, TransferFreeze freezer,
                       Clock clock) {
        this.session = session;
        this.keys = keys;
        this.connections = connections;
        this.freezer = freezer;
        this.clock = clock;
    }

    /** What {@link #start} would do for {@code scope}; reads the vault only. */
    public RevokePreview preview(RevokeScope scope) throws UserFacingException {
        List<ApiKeyEntry> toRevoke = new ArrayList<>();
        List<ApiKeyEntry> websiteOnly = new ArrayList<>();
        List<ApiKeyEntry> notYetNamed = new ArrayList<>();
        List<ApiKeyEntry> inScope = keys.entries().stream().filter(scope::covers)
                .filter(e -> e.status().mayBeLive())
                .sorted(Comparator.comparing(ApiKeyEntry::connectionId)
                        .thenComparing(e -> e.subAccount() == null ? "" : e.subAccount())
                        .thenComparing(ApiKeyEntry::name))
                .toList();
        for (ApiKeyEntry e : inScope) {
            if (!KeyService.revocableThroughApi(e)) {
                websiteOnly.add(e);
            } else if (e.apiKey() == null) {
                notYetNamed.add(e);
            } else {
                toRevoke.add(e);
            }
        }
        return new RevokePreview(scope.describe(), toRevoke, websiteOnly, notYetNamed, freezable(toRevoke,
                notYetNamed));
    }

    /** The sub-accounts of the keys Keysmith will delete, each once, in the order of the keys. */
    private List<RevokePreview.FreezeTarget> freezable(List<ApiKeyEntry> toRevoke, List<ApiKeyEntry> notYetNamed) {
        Map<String, RevokePreview.FreezeTarget> out = new LinkedHashMap<>();
        List<ApiKeyEntry> all = new ArrayList<>(toRevoke);
        all.addAll(notYetNamed);
        for (ApiKeyEntry e : all) {
            if (e.subAccount() != null) {
                out.computeIfAbsent(e.connectionId() + "\n" + e.subAccount(), k -> new RevokePreview.FreezeTarget(
                        new Freeze(e.connectionId(), e.subAccount(), null), where(e)));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Settles keys still being created with OKX (so a key OKX did make is revoked too), writes the plan to the
     * vault, then revokes key after key. Returns the report; a lock part-way stops it with the plan kept.
     */
    public RevokeReport start(RevokeScope scope, RevokeProgress progress) throws UserFacingException {
        return start(scope, false, progress);
    }

    /**
     * As {@link #start(RevokeScope, RevokeProgress)}; with {@code freezeTransfers}, the transfers out of every
     * sub-account in {@link RevokePreview#freezable()} are frozen first (one {@code set-transfer-out} each).
     */
    public RevokeReport start(RevokeScope scope, boolean freezeTransfers, RevokeProgress progress)
            throws UserFacingException {
        if (scope.isEmpty()) {
            throw new UserFacingException("Say which keys to revoke: all, a connection, a sub-account or keys.");
        }
        if (!preview(scope).notYetNamed().isEmpty()) {
            keys.reconcilePending();
        }
        RevokePreview p = preview(scope);
        RevokePlan plan = RevokePlan.start(UUID.randomUUID().toString(), p.scope(), clock.instant(),
                p.toRevoke().stream().map(ApiKeyEntry::id).toList(),
                p.websiteOnly().stream().map(ApiKeyEntry::id).toList(),
                freezeTransfers ? p.freezable().stream().map(RevokePreview.FreezeTarget::freeze).toList() : List.of());
        session.change(edit -> edit.put(plan));
        return run(plan, progress);
    }

    /** The newest panic revoke that did not finish (cut short by a crash or a lock), if any. */
    public Optional<RevokePlan> interrupted() throws UserFacingException {
        return session.vault().revokePlans().stream().filter(p -> !p.isFinished())
                .max(Comparator.comparing(RevokePlan::started));
    }

    /** Goes on with an interrupted plan: keys already revoked or gone are not sent again; failures are retried. */
    public RevokeReport resume(String planId, RevokeProgress progress) throws UserFacingException {
        RevokePlan plan = session.vault().revokePlans().stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> new UserFacingException("This panic revoke is no longer in the vault."));
        return run(plan, progress);
    }

    private RevokeReport run(RevokePlan start, RevokeProgress progress) throws UserFacingException {
        RevokePlan plan = start;
        String interrupted = "";
        for (Freeze f : start.freezes()) {
            if (f.isSettled()) {
                continue;
            }
            if (!session.isUnlocked()) {
                return report(plan, LOCKED);
            }
            String where = freezeWhere(f);
            plan = freezer.freeze(plan, f, where);
            progress.frozen(where, plan.freezes().stream().filter(f::sameAccount).findFirst().orElseThrow()
                    .outcome());
        }
        int total = plan.keyIds().size();
        for (String keyId : plan.keyIds()) {
            if (plan.isSettled(keyId)) {
                continue;
            }
            if (!session.isUnlocked()) {
                interrupted = LOCKED;
                break;
            }
            Optional<ApiKeyEntry> entry = session.vault().entry(keyId);
            Outcome outcome = entry.map(this::revokeOne).orElse(new Outcome(Kind.ALREADY_GONE,
                    "no longer in the vault"));
            if (!session.isUnlocked()) {
                interrupted = LOCKED;
                break;
            }
            RevokePlan next = plan.with(keyId, outcome);
            session.change(edit -> edit.put(next));
            plan = next;
            progress.step(total - (int) plan.remaining() + failures(plan), total,
                    entry.map(ApiKeyEntry::name).orElse(keyId), outcome);
        }
        if (interrupted.isEmpty()) {
            RevokePlan done = plan.finishedAt(clock.instant());
            session.change(edit -> edit.put(done));
            plan = done;
        }
        return report(plan, interrupted);
    }

    private static int failures(RevokePlan plan) {
        return (int) plan.outcomes().values().stream().filter(o -> o.kind() == Kind.FAILED).count();
    }

    /** One delete; never throws, so one refusal does not stop the others. */
    private Outcome revokeOne(ApiKeyEntry e) {
        if (e.status() == KeyStatus.REVOKED) {
            return new Outcome(Kind.REVOKED, "already revoked in the vault");
        }
        if (e.status() == KeyStatus.GONE_ON_EXCHANGE) {
            return new Outcome(Kind.ALREADY_GONE, "already gone on the exchange");
        }
        try {
            ApiKeyEntry after = keys.revoke(e.id());
            return after.status() == KeyStatus.GONE_ON_EXCHANGE
                    ? new Outcome(Kind.ALREADY_GONE, "OKX no longer had it")
                    : new Outcome(Kind.REVOKED, "deleted on the exchange");
        } catch (UserFacingException ex) {
            return new Outcome(Kind.FAILED, ex.getMessage());
        }
    }

    private RevokeReport report(RevokePlan plan, String interrupted) throws UserFacingException {
        List<RevokeReport.Line> revoked = new ArrayList<>();
        List<RevokeReport.Line> gone = new ArrayList<>();
        List<RevokeReport.Line> failed = new ArrayList<>();
        for (String id : plan.keyIds()) {
            Outcome o = plan.outcomes().get(id);
            if (o == null) {
                continue;
            }
            RevokeReport.Line line = line(id, o.detail());
            switch (o.kind()) {
                case REVOKED -> revoked.add(line);
                case ALREADY_GONE -> gone.add(line);
                case FAILED -> failed.add(line);
                default -> throw new IllegalStateException("unknown outcome " + o.kind());
            }
        }
        List<RevokeReport.Line> website = new ArrayList<>();
        for (String id : plan.websiteOnly()) {
            website.add(line(id, websiteSteps(id)));
        }
        List<RevokeReport.Line> frozen = new ArrayList<>();
        List<RevokeReport.Line> freezeFailed = new ArrayList<>();
        for (Freeze f : plan.freezes()) {
            if (f.outcome() != null) {
                RevokeReport.Line line = new RevokeReport.Line("", f.subAccount(), freezeWhere(f),
                        f.outcome().detail());
                (f.outcome().kind() == Kind.FROZEN ? frozen : freezeFailed).add(line);
            }
        }
        return new RevokeReport(plan.id(), revoked, gone, failed, website, interrupted, frozen, freezeFailed);
    }

    private RevokeReport.Line line(String id, String detail) throws UserFacingException {
        Optional<ApiKeyEntry> e = session.vault().entry(id);
        String name = e.map(ApiKeyEntry::name).orElse(id);
        String where = e.map(this::where).orElse("");
        return new RevokeReport.Line(id, name, where, detail);
    }

    private String where(ApiKeyEntry e) {
        String account = e.subAccount() == null ? "main account" : "sub-account " + e.subAccount();
        return account + " on " + connectionName(e);
    }

    private String freezeWhere(Freeze f) {
        return "sub-account " + f.subAccount() + " on " + connectionName(f.connectionId());
    }

    private String connectionName(ApiKeyEntry e) {
        return connectionName(e.connectionId());
    }

    private String connectionName(String connectionId) {
        try {
            return connections.byId(connectionId).name();
        } catch (UserFacingException gone) {
            return "a removed connection";
        }
    }

    private String websiteSteps(String id) throws UserFacingException {
        Optional<ApiKeyEntry> e = session.vault().entry(id);
        String host = e.flatMap(this::host).orElse("the OKX website");
        String apiKey = e.map(ApiKeyEntry::apiKey).orElse(null);
        return "OKX lets only its website delete this key: log in to " + host + ", open Profile > API, delete the key"
                + (apiKey == null ? "" : " whose API key is " + apiKey) + ", then mark it revoked in Keysmith.";
    }

    private Optional<String> host(ApiKeyEntry e) {
        try {
            Connection c = connections.byId(e.connectionId());
            return Optional.ofNullable(URI.create(c.baseUrl()).getHost());
        } catch (UserFacingException | IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
