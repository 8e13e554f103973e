package org.keysmith.service.relay;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * At most {@code requests} requests in any {@code window} (a sliding window over the times of the last requests),
 * the per-bot budget of a relay policy. Thread-safe.
 */
final class RequestBudget {
    private final long[] times;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private int next;
    private int used;

    RequestBudget(int requests, Duration window, LongSupplier nanoTime) {
        this.times = new long[requests];
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts one request and says whether it fits the budget (a refused one is not counted). */
    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        if (used == times.length) {
            long oldest = times[next];
            if (now - oldest < windowNanos) {
                return false;
            }
        } else {
            used++;
        }
        times[next] = now;
        next = (next + 1) % times.length;
        return true;
    }

    int requests() {
        return times.length;
    }

    Duration window() {
        return Duration.ofNanos(windowNanos);
    }
}
