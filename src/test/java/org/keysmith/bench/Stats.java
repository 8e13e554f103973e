package org.keysmith.bench;

import java.util.Arrays;

/** Order statistics over samples (nearest-rank percentiles). */
public final class Stats {
    private final double[] sorted;

    public Stats(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    public static Stats of(long[] samples) {
        return new Stats(Arrays.stream(samples).asDoubleStream().toArray());
    }

    public double median() {
        return percentile(50);
    }

    public double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }
}
