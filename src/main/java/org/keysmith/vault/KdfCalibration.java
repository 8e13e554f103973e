package org.keysmith.vault;

import java.util.function.IntToLongFunction;

/**
 * Picks the KDF's iteration count when a vault is created or re-keyed: enough for one derivation to take at least
 * {@value #TARGET_MILLIS} ms on this computer (with a 10 % margin), never fewer than {@value #MINIMUM} and never
 * more than {@value #MAXIMUM}.
 */
final class KdfCalibration {
    static final int MINIMUM = 600_000;
    static final int MAXIMUM = 50_000_000;
    static final long TARGET_MILLIS = 500;
    static final int PROBE = 100_000;

    private KdfCalibration() {
    }

    /** Calibrates on this computer: times one real derivation of {@value #PROBE} iterations (after a warm-up). */
    static int iterations() {
        byte[] salt = new byte[KeyWrap.SALT_BYTES];
        char[] probe = "calibration".toCharArray();
        KeyWrap.derive(probe, salt, 10_000);
        return iterations(n -> {
            long start = System.nanoTime();
            KeyWrap.derive(probe, salt, n);
            return System.nanoTime() - start;
        });
    }

    /** The count for a computer on which {@code nanosFor} n iterations take the returned nanoseconds. */
    static int iterations(IntToLongFunction nanosFor) {
        double millisPerIteration = nanosFor.applyAsLong(PROBE) / 1e6 / PROBE;
        long needed = (long) Math.ceil(TARGET_MILLIS * 1.1 / millisPerIteration);
        long rounded = (needed + 9_999) / 10_000 * 10_000;
        return (int) Math.max(MINIMUM, Math.min(rounded, MAXIMUM));
    }
}
