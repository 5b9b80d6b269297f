package io.agentcost.simulation;

import java.util.Arrays;
import java.util.SortedSet;

/**
 * Order statistics without a full sort: counting passes over bins narrow the search to a few small
 * bins, and recursive selection there places the values of the requested ranks (linear in n).
 * Percentiles use the "type 7" rule (linear between the two nearest ranks, as numpy and Excel's
 * PERCENTILE.INC).
 */
final class Quantiles {

    private Quantiles() {
    }

    /** Rearranges {@code a[0..n)} so that each rank in {@code ranks} (ascending) holds its order statistic. */
    static void select(double[] a, int n, int[] ranks) {
        select(a, 0, n - 1, ranks, 0, ranks.length - 1);
    }

    private static void select(double[] a, int lo, int hi, int[] ranks, int rlo, int rhi) {
        while (rlo <= rhi && lo < hi) {
            int mid = (rlo + rhi) >>> 1;
            int k = ranks[mid];
            nth(a, lo, hi, k);
            select(a, lo, k - 1, ranks, rlo, lowerEnd(ranks, rlo, mid, k));
            // ranks equal to k are done; continue on the right
            int next = mid + 1;
            while (next <= rhi && ranks[next] <= k) next++;
            lo = k + 1;
            rlo = next;
        }
    }

    private static int lowerEnd(int[] ranks, int rlo, int mid, int k) {
        int end = mid - 1;
        while (end >= rlo && ranks[end] >= k) end--;
        return end;
    }

    /** Hoare selection with median-of-three pivots: afterwards a[k] is the k-th smallest of a[lo..hi]. */
    private static void nth(double[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int m = (lo + hi) >>> 1;
            if (a[m] < a[lo]) swap(a, m, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[m]) swap(a, hi, m);
            double pivot = a[m];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The ranks (0-based) a type-7 percentile p needs: floor and ceiling of p·(n−1). */
    static void addRanks(SortedSet<Integer> ranks, double p, int n) {
        double h = p * (n - 1);
        ranks.add((int) Math.floor(h));
        ranks.add((int) Math.ceil(h));
    }

    /** Type-7 percentile from an array whose needed ranks are in place. */
    static double percentile(double[] selected, double p, int n) {
        double h = p * (n - 1);
        int f = (int) Math.floor(h);
        int c = (int) Math.ceil(h);
        return selected[f] + (h - f) * (selected[c] - selected[f]);
    }

    /** The same from order statistics {@code at} of ascending {@code ranks} (which hold p's two ranks). */
    static double percentile(int[] ranks, double[] at, double p, int n) {
        double h = p * (n - 1);
        int f = (int) Math.floor(h);
        double lo = at[Arrays.binarySearch(ranks, f)];
        double hi = at[Arrays.binarySearch(ranks, (int) Math.ceil(h))];
        return lo + (h - f) * (hi - lo);
    }

    /**
     * Exact order statistics of {@code v[0..n)} at the given ascending 0-based ranks, in two cheap passes:
     * a strided sample sets a range around the wanted ranks, cut into up to {@link #BINS} equal bins (with one
     * bin below and one above it); the first pass counts the values per bin, which says the bin each rank
     * falls in; the second collects the values of just those bins, and selection inside each finds the
     * ranks. Any data gives the exact answer: a rank outside the range is found in the bin below or
     * above it. {@code v} is not modified.
     */
    static double[] orderStatistics(double[] v, int n, int[] ranks) {
        return scan(v, n, ranks).at();
    }

    /**
     * What one summary needs of its values, from the same two passes as {@link #orderStatistics}: the first also
     * sums them and finds the extremes, the second also sums squared deviations from the mean. Sums run in index
     * order, so they do not depend on how the run was split across threads.
     *
     * @param at the order statistics, in the order of the ranks
     */
    record Scan(double[] at, double sum, double min, double max, double squares) {
    }

    static Scan scan(double[] v, int n, int[] ranks) {
        int k = ranks.length;
        // small, or a sample with no spread: no range to count in, selection on a copy at the end
        double[] range = n < SMALL ? null : sampleRange(v, n, ranks);
        int bins = bins(n);
        double from = range == null ? 0 : range[0];
        double scale = range == null ? 0 : bins / (range[1] - range[0]);
        int[] count = range == null ? null : new int[bins + 2];
        double[] first = new double[3];
        if (count == null) sumAndExtremes(v, n, first);
        else countPass(v, n, count, from, scale, bins, first);
        double sum = first[0], min = first[1], max = first[2];
        // with a range: the bin each rank falls in, and where each bin starts in rank order
        int[] before = null;
        int[] binOf = null, slot = null;
        double[][] inside = null;
        if (count != null) {
            before = starts(count);
            binOf = new int[k];
            slot = new int[bins + 2];
            Arrays.fill(slot, -1);
            int needed = 0;
            for (int r = 0, b = 0; r < k; r++) {
                while (before[b + 1] <= ranks[r]) b++;
                binOf[r] = b;
                if (slot[b] < 0) slot[b] = needed++;
            }
            inside = new double[needed][];
            for (int b = 0; b < bins + 2; b++) if (slot[b] >= 0) inside[slot[b]] = new double[count[b]];
        }
        // second pass: squared deviations, and the values of the bins that hold a rank
        double mean = sum / n;
        double squares = inside == null ? squares(v, n, mean)
                : collectPass(v, n, mean, slot, from, scale, bins, inside, new int[inside.length]);
        double[] at = new double[k];
        if (inside == null) {
            double[] copy = Arrays.copyOf(v, n);
            select(copy, n, ranks);
            for (int r = 0; r < k; r++) at[r] = copy[ranks[r]];
        } else {
            // ranks ascend, so the ranks of one bin are consecutive: select each bin's own ranks in it
            for (int r = 0; r < k; ) {
                int b = binOf[r];
                int end = r;
                while (end < k && binOf[end] == b) end++;
                int[] local = new int[end - r];
                for (int j = r; j < end; j++) local[j - r] = ranks[j] - before[b];
                select(inside[slot[b]], count[b], local);
                r = end;
            }
            for (int r = 0; r < k; r++) at[r] = inside[slot[binOf[r]]][ranks[r] - before[binOf[r]]];
        }
        return new Scan(at, sum, min, max, squares);
    }

    /*
     * The passes over the values are methods of their own, each a small loop. A command line run's first summaries
     * otherwise ran in slow code until C2 had compiled the whole of scan with them inlined (about 30 kB, the longest
     * compilation of a run); a small loop is compiled, on stack, within milliseconds of getting hot.
     */

    /** out = {sum, min, max} of v[0..n), summed in index order. */
    private static void sumAndExtremes(double[] v, int n, double[] out) {
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            sum += x;
            if (x < min) min = x;
            if (x > max) max = x;
        }
        out[0] = sum;
        out[1] = min;
        out[2] = max;
    }

    /** The same, and the count of values per bin. */
    private static void countPass(double[] v, int n, int[] count, double from, double scale, int bins, double[] out) {
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            sum += x;
            if (x < min) min = x;
            if (x > max) max = x;
            count[bin(x, from, scale, bins)]++;
        }
        out[0] = sum;
        out[1] = min;
        out[2] = max;
    }

    /** before[b] = how many values fall in the bins below b (one more entry than bins: before[last] = n). */
    private static int[] starts(int[] count) {
        int[] before = new int[count.length + 1];
        for (int b = 0; b < count.length; b++) before[b + 1] = before[b] + count[b];
        return before;
    }

    private static double squares(double[] v, int n, double mean) {
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = v[i] - mean;
            squares += d * d;
        }
        return squares;
    }

    /** Squared deviations from the mean, and the values of each bin that holds a rank copied into its slot. */
    private static double collectPass(double[] v, int n, double mean, int[] slot, double from, double scale, int bins,
                                      double[][] inside, int[] size) {
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            double d = x - mean;
            squares += d * d;
            int j = slot[bin(x, from, scale, bins)];
            if (j >= 0) inside[j][size[j]++] = x;
        }
        return squares;
    }

    /**
     * Bins of the counting pass: enough that the bins holding the ranks are small even where skewed
     * totals crowd (S-curve ranks every 1%), few enough that the counts stay in the core's cache.
     * 32,768 measured fastest of 1,024 to 65,536 on a million lognormal values (decision 0007). Fewer values get
     * fewer bins (4 to 8 values a bin, at least 1,024): the parts' summaries of 50,000 values each spent most of
     * their time and allocations on 32,768 bins.
     */
    static final int BINS = 32_768;

    private static int bins(int n) {
        return Math.max(1024, Math.min(BINS, Integer.highestOneBit(n) / 4));
    }

    /**
     * 0 below the range, 1..bins inside it, bins + 1 above it; monotone in x, which is all the selection needs.
     * Integer clamps (no branches: values fall unpredictably either side of the range's ends); the cast
     * saturates, so infinities land in the end bins (and NaN, which no total is, in bin 1).
     */
    private static int bin(double x, double lo, double scale, int bins) {
        return Math.min(Math.max((int) ((x - lo) * scale), -1), bins) + 1;
    }

    /**
     * [lo, hi] from a sorted strided sample: from a little below the lowest wanted rank to a little above
     * the highest (4 standard deviations of the sample rank, plus 8); null when the sample has no spread.
     */
    private static double[] sampleRange(double[] v, int n, int[] ranks) {
        int m = Math.min(SAMPLE, n / 4);
        double[] sample = new double[m];
        for (int i = 0; i < m; i++) sample[i] = v[(int) ((long) i * n / m)];
        // two order statistics of the sample, by selection rather than a sort of it: the same values, and a forecast's
        // bands (100,000 values, six ranks) spent as long sorting the sample as counting the values
        int low = Math.max(0, (int) Math.floor(samplePosition(ranks[0], n, m, -1)));
        int high = Math.min(m - 1, (int) Math.ceil(samplePosition(ranks[ranks.length - 1], n, m, 1)));
        select(sample, m, low == high ? new int[]{low} : new int[]{low, high});
        double lo = sample[low];
        double hi = sample[high];
        double scale = BINS / (hi - lo);
        return hi > lo && Double.isFinite(scale) && Double.isFinite(lo) ? new double[]{lo, hi} : null;
    }

    private static double samplePosition(int rank, int n, int m, int side) {
        double f = n == 1 ? 0 : (double) rank / (n - 1);
        return f * (m - 1) + side * (4 * Math.sqrt(m * f * (1 - f)) + 8);
    }

    private static final int SAMPLE = 4_096;
    /**
     * Fewer values are selected in a copy. A preview's summaries (10,000 values, the S-curve's 200 ranks) took as long
     * by selection as by a full sort, and five times longer than by counting with a sample of a quarter of them. The
     * same held down to a few hundred values: a preview keeps its parts' draws at 2,000, and selecting their 18 ranks in
     * a copy was a fifth of the uncertain fleet's preview (285 parts), half of it gone with counting (threshold 4,096
     * before).
     */
    static final int SMALL = 256;
}
