package org.keysmith.sandbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaviour on demand, for tests: added latency, a share of 5xx answers, bursts of 429, a skewed server
 * clock, and creates that are committed but whose answer is never sent (the connection is dropped).
 */
public final class FaultPlan {
    private volatile Duration latency = Duration.ZERO;
    private volatile double serverErrorShare;
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger serverErrorsNext = new AtomicInteger();
    private volatile Duration clockSkew = Duration.ZERO;
    private final AtomicInteger dropAfterCreate = new AtomicInteger();

    public FaultPlan latency(Duration d) {
        latency = d;
        return this;
    }

    /** This share (0..1) of requests is answered 503 / 50001 without being carried out. */
    public FaultPlan serverErrors(double share) {
        serverErrorShare = share;
        return this;
    }

    /** The next {@code n} requests are answered 503 / 50001 without being carried out. */
    public FaultPlan serverErrorsOnNext(int n) {
        serverErrorsNext.set(n);
        return this;
    }

    /** The next {@code n} requests are answered 429 / 50011. */
    public FaultPlan tooManyRequests(int n) {
        tooManyRequests.set(n);
        return this;
    }

    /** The server's clock runs ahead (positive) or behind (negative) real time. */
    public FaultPlan clockSkew(Duration d) {
        clockSkew = d;
        return this;
    }

    /** The next {@code n} key creations are carried out, then the connection is closed without an answer. */
    public FaultPlan dropAfterCreate(int n) {
        dropAfterCreate.set(n);
        return this;
    }

    public FaultPlan reset() {
        latency = Duration.ZERO;
        serverErrorShare = 0;
        tooManyRequests.set(0);
        serverErrorsNext.set(0);
        clockSkew = Duration.ZERO;
        dropAfterCreate.set(0);
        return this;
    }

    Duration latency() {
        return latency;
    }

    Duration clockSkew() {
        return clockSkew;
    }

    boolean takeServerError() {
        return take(serverErrorsNext)
                || serverErrorShare > 0 && ThreadLocalRandom.current().nextDouble() < serverErrorShare;
    }

    boolean takeTooManyRequests() {
        return take(tooManyRequests);
    }

    boolean takeDropAfterCreate() {
        return take(dropAfterCreate);
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
