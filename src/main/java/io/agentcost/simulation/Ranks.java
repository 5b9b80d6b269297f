package io.agentcost.simulation;

import java.util.Arrays;

/** Spearman rank correlation: Pearson correlation of the ranks, ties given their average rank. */
final class Ranks {

    private Ranks() {
    }

    /** 1-based ranks; equal values share the average of their ranks. Primitive sort + binary search. */
    static double[] of(double[] x, int n) {
        double[] sorted = Arrays.copyOf(x, n);
        Arrays.sort(sorted);
        // average rank of each run of equal values, found once
        double[] runRank = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) runRank[k] = avg;
            i = j + 1;
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = runRank[lowerBound(sorted, x[i])];
        return r;
    }

    /**
     * The first index whose value is not below v. Halves a window of fixed shrinking length, choosing
     * the half with a conditional move rather than a branch: which half holds v is a coin toss, and a
     * mispredicted branch costs more than the search step.
     */
    private static int lowerBound(double[] a, double v) {
        int base = 0;
        int len = a.length;
        while (len > 1) {
            int half = len >>> 1;
            base = a[base + half - 1] < v ? base + half : base;
            len -= half;
        }
        return len == 1 && a[base] < v ? base + 1 : base;
    }

    /** Pearson correlation; 0 when either side does not vary (no rank order to correlate). */
    static double correlation(double[] a, double[] b, int n) {
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma, db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }
}
