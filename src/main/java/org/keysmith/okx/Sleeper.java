package org.keysmith.okx;

import java.time.Duration;

/** Waits; tests substitute one that only advances a fake clock. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
