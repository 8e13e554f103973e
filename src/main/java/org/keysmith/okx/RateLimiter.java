package org.keysmith.okx;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Sliding-window request limits per (caller, endpoint), as OKX counts them. The client waits for a free slot
 * ({@link #acquire}); the sandbox refuses when there is none ({@link #tryAcquire}).
 */
public final class RateLimiter {
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final boolean enabled;
    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();

    public RateLimiter(LongSupplier nanoTime, Sleeper sleeper, boolean enabled) {
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.enabled = enabled;
    }

    public static RateLimiter real() {
        return new RateLimiter(System::nanoTime, Sleeper.REAL, true);
    }

    public static RateLimiter disabled() {
        return new RateLimiter(System::nanoTime, Sleeper.REAL, false);
    }

    /** Waits until {@code caller} may call {@code endpoint} again, then takes the slot. */
    public void acquire(String caller, OkxEndpoint endpoint) throws InterruptedException {
        while (true) {
            long wait = tryTake(caller, endpoint);
            if (wait == 0) {
                return;
            }
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    /** Takes a slot if one is free now; false when the limit is reached. */
    public boolean tryAcquire(String caller, OkxEndpoint endpoint) {
        return tryTake(caller, endpoint) == 0;
    }

    /** 0 when a slot was taken, else nanoseconds until the oldest request leaves the window. */
    private long tryTake(String caller, OkxEndpoint endpoint) {
        if (!enabled) {
            return 0;
        }
        ArrayDeque<Long> window = windows.computeIfAbsent(caller + " " + endpoint.name(), k -> new ArrayDeque<>());
        synchronized (window) {
            long now = nanoTime.getAsLong();
            long span = endpoint.window().toNanos();
            while (!window.isEmpty() && now - window.peekFirst() >= span) {
                window.pollFirst();
            }
            if (window.size() < endpoint.limit()) {
                window.addLast(now);
                return 0;
            }
            return Math.max(1, span - (now - window.peekFirst()));
        }
    }
}
