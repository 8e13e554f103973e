package org.keysmith.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Replacing a key without downtime: a new key with the same sub-account, permissions and IPs is created and
 * verified, both stay live for a grace period (or until the user confirms their bots switched), then the old key
 * is revoked. Kept in the vault after every step, so an interrupted rotation resumes on the next unlock.
 */
public record Rotation(String id, String oldKeyId, String newKeyId, String newName, Step step, Instant started,
                       Duration grace, Instant graceUntil, String problem) {

    /** Where a rotation stands; the old key is revoked only from {@link #VERIFIED}. */
    public enum Step {
        STARTED("creating the new key"),
        CREATED("new key made, not yet verified"),
        VERIFIED("both keys live until the old one is revoked"),
        DONE("old key revoked"),
        FAILED("stopped");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Rotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(oldKeyId, "oldKeyId");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(step, "step");
        grace = grace == null ? Duration.ofHours(24) : grace;
        problem = problem == null ? "" : problem;
    }

    /** A rotation of {@code oldKeyId} to a new key named {@code newName}, just started. */
    public static Rotation start(String id, String oldKeyId, String newName, Instant started, Duration grace) {
        return new Rotation(id, oldKeyId, null, newName, Step.STARTED, started, grace, null, "");
    }

    public boolean isFinished() {
        return step == Step.DONE || step == Step.FAILED;
    }

    public Rotation created(String newId) {
        return new Rotation(id, oldKeyId, newId, newName, Step.CREATED, started, grace, null, "");
    }

    public Rotation verified(Instant at) {
        return new Rotation(id, oldKeyId, newKeyId, newName, Step.VERIFIED, started, grace, at.plus(grace), "");
    }

    public Rotation done() {
        return new Rotation(id, oldKeyId, newKeyId, newName, Step.DONE, started, grace, graceUntil, "");
    }

    public Rotation failed(String why) {
        return new Rotation(id, oldKeyId, newKeyId, newName, Step.FAILED, started, grace, graceUntil, why);
    }

    /** The same step, with what stopped it last time (it is retried on the next unlock). */
    public Rotation stalled(String why) {
        return new Rotation(id, oldKeyId, newKeyId, newName, step, started, grace, graceUntil, why);
    }
}
