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
}
