package org.keysmith.domain;

import java.time.Instant;

/** Epoch-millisecond strings as OKX sends them ("1700000000000"). */
public final class Instants {
    private Instants() {
    }

    /** The instant {@code ts} names, or {@code fallback} when it is missing or not a number. */
    public static Instant fromEpochMillis(String ts, Instant fallback) {
        if (ts == null) {
            return fallback;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(ts.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
