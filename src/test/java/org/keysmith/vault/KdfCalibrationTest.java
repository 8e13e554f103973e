package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The iteration count chosen for a computer of a given speed (code review section 4: the old test only restated
 * the minimum). The speeds are given, not measured, so nothing here depends on this machine.
 */
class KdfCalibrationTest {
    /** A computer on which one iteration takes {@code micros} microseconds. */
    private static int forMicrosPerIteration(double micros) {
        return KdfCalibration.iterations(n -> (long) (n * micros * 1000));
    }

    @Test
    void enoughIterationsForHalfASecondWithAMargin() {
        // 0.8 us per iteration: 550 ms / 0.8 us = 687 500, rounded up to 10 000s
        assertThat(forMicrosPerIteration(0.8)).isEqualTo(690_000);
        assertThat(forMicrosPerIteration(0.2)).isEqualTo(2_750_000);
    }

    @Test
    void neverBelowTheMinimumOnASlowComputer() {
        assertThat(forMicrosPerIteration(10)).isEqualTo(KdfCalibration.MINIMUM);
    }

    @Test
    void neverAboveTheMaximumOnAVeryFastOne() {
        assertThat(forMicrosPerIteration(0.001)).isEqualTo(KdfCalibration.MAXIMUM);
        assertThat(KdfCalibration.MAXIMUM).isLessThanOrEqualTo(VaultFile.MAX_ITERATIONS);
    }
}
