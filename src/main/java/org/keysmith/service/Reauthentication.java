package org.keysmith.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** When the master password was last given, and how many wrong answers followed. Thread-safe. */
final class Reauthentication {
    private final Clock clock;
    private final Duration grace;
    private Instant confirmedAt;
    private int wrongInARow;

    Reauthentication(Clock clock, Duration grace) {
        this.clock = clock;
        this.grace = grace;
    }

    synchronized void confirmed() {
        confirmedAt = clock.instant();
        wrongInARow = 0;
    }

    /** Counts a wrong answer; returns how many there were in a row. */
    synchronized int wrong() {
        return ++wrongInARow;
    }

    synchronized boolean isFresh() {
        Instant now = clock.instant();
        return confirmedAt != null && !now.isBefore(confirmedAt) && now.isBefore(confirmedAt.plus(grace));
    }

    synchronized void forget() {
        confirmedAt = null;
        wrongInARow = 0;
    }
}
