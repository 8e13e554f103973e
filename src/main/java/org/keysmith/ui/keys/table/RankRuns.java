package org.keysmith.ui.keys.table;

import java.util.Arrays;

/** Set arithmetic on ascending arrays of row ranks, for {@link ShownRows}'s change notifications. */
public final class RankRuns {
    private RankRuns() {
    }

    /** The ranks in {@code a} or {@code b}, ascending, each once. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                out[n++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The positions in {@code all} whose rank is not in {@code kept} (a subset of {@code all}), as {@code [from, to)}
     * pairs of consecutive positions.
     */
    static int[] notIn(int[] all, int[] kept) {
        int[] runs = new int[all.length + 1];
        int n = 0;
        int k = 0;
        for (int p = 0; p < all.length; p++) {
            if (k < kept.length && kept[k] == all[p]) {
                k++;
            } else if (n > 0 && runs[n - 1] == p) {
                runs[n - 1] = p + 1;
            } else {
                runs[n++] = p;
                runs[n++] = p + 1;
            }
        }
        return Arrays.copyOf(runs, n);
    }
}
