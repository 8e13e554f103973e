package org.keysmith.vault;

/**
 * Picks the KDF's iteration count when a vault is created or re-keyed: enough for one derivation to take at least
 * {@value #TARGET_MILLIS} ms on this computer, and never fewer than {@value #MINIMUM}.
 */
final class KdfCalibration {
    static final int MINIMUM = 600_000;
    static final long TARGET_MILLIS = 500;
    private static final int PROBE = 100_000;

    private KdfCalibration() {
    }

    static int iterations() {
        byte[] key = new byte[KeyWrap.DATA_KEY_BYTES];
        char[] probe = "calibration".toCharArray();
        KeyWrap.wrap(key, probe, 10_000);
        long start = System.nanoTime();
        KeyWrap.wrap(key, probe, PROBE);
        double millisPerIteration = (System.nanoTime() - start) / 1e6 / PROBE;
        long needed = (long) Math.ceil(TARGET_MILLIS * 1.1 / millisPerIteration);
        long rounded = (needed + 9_999) / 10_000 * 10_000;
        return (int) Math.max(MINIMUM, Math.min(rounded, 50_000_000));
    }
}
