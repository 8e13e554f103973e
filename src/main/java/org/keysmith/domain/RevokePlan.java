package org.keysmith.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A panic revoke as the vault keeps it: which keys it is to revoke, in order, and what happened to each so far
 * ({@link Outcome}). Written before the first delete and after every key, so a revoke cut short by a crash, a
 * lock or a lost network resumes where it stopped: a key with an outcome of revoked or gone is never sent again,
 * a failed one is tried again.
 */
public record RevokePlan(String id, String scope, Instant started, List<String> keyIds, List<String> websiteOnly,
                         Map<String, Outcome> outcomes, Instant finished) {

    /** What happened to one key of the plan. */
    public record Outcome(Kind kind, String detail) {
        public Outcome {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }
    }

    /** The kinds of {@link Outcome}. */
    public enum Kind {
        REVOKED, ALREADY_GONE, FAILED
    }

    public RevokePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        scope = scope == null ? "" : scope;
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
        websiteOnly = websiteOnly == null ? List.of() : List.copyOf(websiteOnly);
        outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
    }

    /**
     * A plan that has not started any key yet; {@code websiteOnly} are the main-account keys in scope, which only
     * the OKX website can delete (kept for the report).
     */
    public static RevokePlan start(String id, String scope, Instant started, List<String> keyIds,
                                   List<String> websiteOnly) {
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, Map.of(), null);
    }

    /** This plan with {@code keyId}'s outcome recorded (replacing an earlier failure). */
    public RevokePlan with(String keyId, Outcome outcome) {
        Map<String, Outcome> next = new LinkedHashMap<>(outcomes);
        next.put(keyId, outcome);
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, next, finished);
    }

    public RevokePlan finishedAt(Instant at) {
        return new RevokePlan(id, scope, started, keyIds, websiteOnly, outcomes, at);
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
}
