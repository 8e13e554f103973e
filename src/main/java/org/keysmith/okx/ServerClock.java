package org.keysmith.okx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OKX's time as this computer estimates it: local time plus an offset measured with {@code /public/time}
 * (half the round trip is credited to the way back). Requests are signed with this time, so a local clock that
 * is off by more than OKX's 30-second window does not cause "timestamp expired" (50102).
 */
public final class ServerClock {
    private final Clock local;
    private volatile Duration offset = Duration.ZERO;
    private volatile boolean synced;

    public ServerClock(Clock local) {
        this.local = local;
    }

    public Instant now() {
        return local.instant().plus(offset);
    }

    public boolean isSynced() {
        return synced;
    }

    public Duration offset() {
        return offset;
    }

    /**
     * Records a measurement: the server said {@code serverTime}; the request left at {@code sent} and the answer
     * arrived at {@code received} (both local).
     */
    public void record(Instant serverTime, Instant sent, Instant received) {
        Instant midpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
        offset = Duration.between(midpoint, serverTime);
        synced = true;
    }

    public Clock local() {
        return local;
    }
}
