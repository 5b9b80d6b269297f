package io.agentcost.simulation;

import java.util.Arrays;

/** Spearman rank correlation: Pearson correlation of the ranks, ties given their average rank. */
final class Ranks {

    private Ranks() {
    }

    /**
     * 1-based ranks; equal values share the average of their ranks. The order comes from a counting sort
     * of the indices into about 2n equal bins over [min, max] (values that crowd into one bin are ordered
     * the same way within it, a level down), so no comparison sort runs over the whole sample.
     */
    static double[] of(double[] x, int n) {
        for (int i = 0; i < n; i++) if (!Double.isFinite(x[i])) return bySort(x, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        orderByValue(order, 0, n, x, 0);
        double[] r = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) r[order[k]] = avg;
            i = j + 1;
        }
        return r;
    }

    /** Sorts order[lo, hi) by x: a counting sort into bins, then each bin the same way (small bins by insertion). */
    private static void orderByValue(int[] order, int lo, int hi, double[] x, int depth) {
        int m = hi - lo;
        if (m <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int idx = order[i];
                double v = x[idx];
                int j = i - 1;
                while (j >= lo && x[order[j]] > v) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = idx;
            }
            return;
        }
        double[] range = extremes(order, lo, hi, x);
        double min = range[0], max = range[1];
        if (!(max > min)) return; // all equal: any order
        int bins = Integer.highestOneBit(m) * 2;
        double scale = bins / (max - min);
        if (depth > 8 || !Double.isFinite(scale)) {
            // values that keep crowding (or a range too wide to scale): a comparison sort of this part
            Integer[] boxed = new Integer[m];
            for (int i = 0; i < m; i++) boxed[i] = order[lo + i];
            Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
            for (int i = 0; i < m; i++) order[lo + i] = boxed[i];
            return;
        }
        int[] start = new int[bins + 1];
        int[] bin = new int[m];
        binAll(order, lo, m, x, min, scale, bins, bin, start);
        scatter(order, lo, m, bin, start, bins);
        for (int b = 0; b < bins; b++) if (start[b + 1] - start[b] > 1) orderByValue(order, lo + start[b], lo + start[b + 1], x, depth + 1);
    }

    /*
     * The loops of the counting sort are methods of their own: as one method of several loops C2 compiled it once per
     * loop entered hot (on stack) and once more whole, the command line's costliest compilations after the summaries'.
     */

    /** {min, max} of x over order[lo, hi). */
    private static double[] extremes(int[] order, int lo, int hi, double[] x) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = lo; i < hi; i++) {
            double v = x[order[i]];
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return new double[]{min, max};
    }

    /** bin[i] = the bin of order[lo + i]; start[b + 1] = how many fall in bin b or below (a prefix sum of the counts). */
    private static void binAll(int[] order, int lo, int m, double[] x, double min, double scale, int bins, int[] bin, int[] start) {
        for (int i = 0; i < m; i++) {
            // monotone in the value: the order of bins is the order of values
            int b = Math.min((int) ((x[order[lo + i]] - min) * scale), bins - 1);
            bin[i] = b;
            start[b + 1]++;
        }
        for (int b = 0; b < bins; b++) start[b + 1] += start[b];
    }

    /** order[lo, lo + m) rearranged bin by bin, stably. */
    private static void scatter(int[] order, int lo, int m, int[] bin, int[] start, int bins) {
        int[] next = Arrays.copyOf(start, bins);
        int[] sorted = new int[m];
        for (int i = 0; i < m; i++) sorted[next[bin[i]]++] = order[lo + i];
        System.arraycopy(sorted, 0, order, lo, m);
    }

    /** The same ranks by a sort and a binary search per value (for samples with infinities or NaN). */
    private static double[] bySort(double[] x, int n) {
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

    /**
     * Ranks centred and scaled to unit length (all 0 when they do not vary): the Pearson correlation of two such
     * vectors is their dot product, so each vector's mean and spread are computed once, not once per pair.
     */
    static double[] standardized(double[] ranks, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) mean += ranks[i];
        mean /= n;
        double[] out = new double[n];
        double squares = 0;
        for (int i = 0; i < n; i++) {
            out[i] = ranks[i] - mean;
            squares += out[i] * out[i];
        }
        double scale = squares == 0 ? 0 : 1 / Math.sqrt(squares);
        for (int i = 0; i < n; i++) out[i] *= scale;
        return out;
    }

    /** The correlation of two {@link #standardized} vectors. */
    static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += a[i] * b[i];
        return s;
    }
}
