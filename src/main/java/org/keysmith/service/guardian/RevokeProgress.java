package org.keysmith.service.guardian;

import org.keysmith.domain.RevokePlan;

/** Told after each key of a panic revoke (on the thread that runs it). */
public interface RevokeProgress {
    /** {@code done} of {@code total} keys have an outcome; {@code name} is the key just handled. */
    void step(int done, int total, String name, RevokePlan.Outcome outcome);

    /** A sub-account's transfers out were frozen (or the freeze failed); {@code where} names it. */
    default void frozen(String where, RevokePlan.Outcome outcome) {
    }

    RevokeProgress NONE = (done, total, name, outcome) -> { };
}
