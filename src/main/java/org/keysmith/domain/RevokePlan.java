package org.keysmith.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A panic revoke as the vault keeps it: which keys it is to revoke, in order, and what happened to each so far
 * ({@link Outcome}). Written before the first delete and after every key, so a revoke cut short by a crash, a
 * lock or a lost network resumes where it stopped: a key with an outcome of revoked or gone is never sent again,
 * a failed one is tried again. {@code freezes} are the sub-accounts whose transfers out the user chose to freeze
 * with it (empty when not chosen), each with its outcome the same way: a frozen one is never sent again.
 */
public record RevokePlan(String id, String scope, Instant started, List<String> keyIds, List<String> websiteOnly,
                         Map<String, Outcome> outcomes, Instant finished, List<Freeze> freezes) {

    /** What happened to one key (or one freeze) of the plan. */
    public record Outcome(Kind kind, String detail) {
        public Outcome {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }
    }

    /** The kinds of {@link Outcome}; {@code FROZEN} is for a {@link Freeze}. */
    public enum Kind {
        REVOKED, ALREADY_GONE, FAILED, FROZEN
    }

    /** One sub-account (on one connection) whose transfers out are to be frozen; {@code outcome} null: not yet. */
    public record Freeze(String connectionId, String subAccount, Outcome outcome) {
        public Freeze {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(subAccount, "subAccount");
        }

        /** True when it needs no more calls: frozen (a failure is tried again). */
        public boolean isSettled() {
            return outcome != null && outcome.kind() != Kind.FAILED;
        }

        public boolean sameAccount(Freeze other) {
            return connectionId.equals(other.connectionId) && subAccount.equals(other.subAccount);
        }
    }

    public RevokePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        scope = scope == null ? "" : scope;
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
        websiteOnly = websiteOnly == null ? List.of() : List.copyOf(websiteOnly);
        outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
        freezes = freezes == null ? List.of() : List.copyOf(freezes);
    }

    /**
     * A plan that has not started any key yet; {@code websiteOnly} are the main-account keys in scope, which only
     * the OKX website can delete (kept for the report).
     */
    public static RevokePlan start(String id, String scope, Instant started, List<String> keyIds,
                                   List<String> websiteOnly) {
        return start(id, scope, started, keyIds, websiteOnly, List.of());
    }

    /** As {@link #start(String, String, Instant, List, List)}, also freezing transfers out of {@code freezes}. */
    public static RevokePlan start(String id, String scope, Instant started, List<String> keyIds,
                                   List<String> websiteOnly, List<Freeze> freezes) {
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, Map.of(), null, freezes);
    }

    /** This plan with {@code keyId}'s outcome recorded (replacing an earlier failure). */
    public RevokePlan with(String keyId, Outcome outcome) {
        Map<String, Outcome> next = new LinkedHashMap<>(outcomes);
        next.put(keyId, outcome);
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, next, finished, freezes);
    }

    /** This plan with the outcome of freezing {@code freeze}'s sub-account recorded. */
    public RevokePlan with(Freeze freeze, Outcome outcome) {
        List<Freeze> next = new ArrayList<>();
        for (Freeze f : freezes) {
            next.add(f.sameAccount(freeze) ? new Freeze(f.connectionId(), f.subAccount(), outcome) : f);
        }
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, outcomes, finished, next);
    }

    public RevokePlan finishedAt(Instant at) {
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, outcomes, at, freezes);
    }

    public boolean isFinished() {
        return finished != null;
    }

    /** True when the key needs no more calls: revoked or gone (a failure is tried again). */
    public boolean isSettled(String keyId) {
        Outcome o = outcomes.get(keyId);
        return o != null && o.kind() != Kind.FAILED;
    }

    /** How many keys still need a call. */
    public long remaining() {
        return keyIds.stream().filter(k -> !isSettled(k)).count();
    }

    /** How many sub-accounts still need their transfers out frozen. */
    public long freezesRemaining() {
        return freezes.stream().filter(f -> !f.isSettled()).count();
    }
}
