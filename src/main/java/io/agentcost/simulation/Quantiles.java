package io.agentcost.simulation;

/**
 * Order statistics without a full sort: places the values of the requested ranks in their sorted
 * positions by recursive selection (O(n log k) for k ranks). Percentiles use the "type 7" rule
 * (linear between the two nearest ranks, as numpy and Excel's PERCENTILE.INC).
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
    static void addRanks(java.util.SortedSet<Integer> ranks, double p, int n) {
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

    /**
     * Exact order statistics of {@code v[0..n)} at the given ascending 0-based ranks, in about one pass:
     * a sorted strided sample brackets each rank with [lo, hi] (± 4 standard deviations of the sample
     * rank); one pass counts the values below each bracket and collects those inside; a rank whose
     * bracket holds it is read from that small sorted bracket, any other falls back to full selection.
     * {@code v} is not modified.
     */
    static double[] orderStatistics(double[] v, int n, int[] ranks) {
        if (n <= 4 * SAMPLE) {
            // small enough that selection on a copy beats sorting a sample
            double[] copy = java.util.Arrays.copyOf(v, n);
            select(copy, n, ranks);
            double[] out = new double[ranks.length];
            for (int r = 0; r < ranks.length; r++) out[r] = copy[ranks[r]];
            return out;
        }
        int m = SAMPLE;
        double[] sample = new double[m];
        for (int i = 0; i < m; i++) sample[i] = v[(int) ((long) i * n / m)];
        java.util.Arrays.sort(sample);
        int k = ranks.length;
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int r = 0; r < k; r++) {
            double f = n == 1 ? 0 : (double) ranks[r] / (n - 1);
            double pos = f * (m - 1);
            double margin = 4 * Math.sqrt(m * f * (1 - f)) + 8;
            int a = (int) Math.floor(pos - margin);
            int b = (int) Math.ceil(pos + margin);
            lo[r] = a <= 0 ? Double.NEGATIVE_INFINITY : sample[a];
            hi[r] = b >= m - 1 ? Double.POSITIVE_INFINITY : sample[b];
        }
        // merge overlapping brackets into disjoint intervals
        double[] ilo = new double[k];
        double[] ihi = new double[k];
        int[] intervalOf = new int[k];
        int count = 0;
        for (int r = 0; r < k; r++) {
            if (count > 0 && lo[r] <= ihi[count - 1]) {
                ihi[count - 1] = Math.max(ihi[count - 1], hi[r]);
            } else {
                ilo[count] = lo[r];
                ihi[count] = hi[r];
                count++;
            }
            intervalOf[r] = count - 1;
        }
        long[] below = new long[count + 1];
        double[][] inside = new double[count][];
        int[] size = new int[count];
        for (int j = 0; j < count; j++) inside[j] = new double[256];
        // boundaries lo0 ≤ hi0⁺ ≤ lo1 ≤ hi1⁺ ... (hi⁺ = the next double above hi, so each interval is [lo, hi⁺)),
        // padded to a power of two with +∞: the count of boundaries ≤ x says where x falls; a branch-free
        // binary search finds it (values land in unpredictable places)
        int size2 = Integer.highestOneBit(Math.max(1, 2 * count - 1)) << 1;
        double[] bound = new double[size2];
        java.util.Arrays.fill(bound, Double.POSITIVE_INFINITY);
        for (int j = 0; j < count; j++) {
            bound[2 * j] = ilo[j];
            bound[2 * j + 1] = Math.nextUp(ihi[j]);
        }
        for (int i = 0; i < n; i++) {
            double x = v[i];
            int idx = 0;
            for (int half = size2 >> 1; half > 0; half >>= 1) idx = bound[idx + half - 1] <= x ? idx + half : idx;
            if (idx < size2 && bound[idx] <= x) idx++;
            if ((idx & 1) == 0) {
                below[idx >> 1]++;
            } else {
                int j = idx >> 1;
                if (size[j] == inside[j].length) inside[j] = java.util.Arrays.copyOf(inside[j], size[j] * 2);
                inside[j][size[j]++] = x;
            }
        }
        // below[j] counted only values falling in the gap just before interval j: make it cumulative
        long cumulative = 0;
        long[] start = new long[count];
        for (int j = 0; j < count; j++) {
            cumulative += below[j];
            start[j] = cumulative;
            cumulative += size[j];
        }
        double[] out = new double[k];
        double[] scratch = null;
        // per bracket, select just the ranks it holds (linear), rather than sorting it
        for (int j = 0; j < count; j++) {
            java.util.List<Integer> local = new java.util.ArrayList<>();
            for (int r = 0; r < k; r++) {
                long offset = ranks[r] - start[j];
                if (intervalOf[r] == j && offset >= 0 && offset < size[j]) local.add((int) offset);
            }
            if (local.isEmpty()) continue;
            int[] localRanks = local.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
            select(inside[j], size[j], localRanks);
        }
        for (int r = 0; r < k; r++) {
            int j = intervalOf[r];
            long offset = ranks[r] - start[j];
            if (offset >= 0 && offset < size[j]) {
                out[r] = inside[j][(int) offset];
            } else {
                if (scratch == null) scratch = java.util.Arrays.copyOf(v, n);
                select(scratch, n, new int[]{ranks[r]});
                out[r] = scratch[ranks[r]];
            }
        }
        return out;
    }

    private static final int SAMPLE = 20_000;
}
