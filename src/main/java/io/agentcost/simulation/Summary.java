package io.agentcost.simulation;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The distribution of one simulated quantity: moments, percentiles, standard errors and 95%
 * confidence intervals of the mean and of P90, a histogram and an S-curve.
 *
 * @param percentiles P5, P10, P25, P50, P75, P90, P95, P99 in {@link #LEVELS} order
 * @param p90Low      lower bound of the 95% interval of P90 (order statistics, distribution-free)
 * @param histogramEdges bin edges (bins + 1), over [P0.5, P99.5] with the extremes in the end bins; counts cover all n
 * @param scurve      value at each cumulative probability 0%, 1%, …, 100% (from the first 100,000 values; 0% and
 *                    100% are the exact min and max)
 */
public record Summary(int n, double mean, double sd, double min, double max, double[] percentiles,
                      double meanStandardError, double meanLow, double meanHigh,
                      double p90StandardError, double p90Low, double p90High,
                      double[] histogramEdges, long[] histogramCounts, double[] scurve) {

    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};
    public static final String[] NAMES = {"p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"};
    static final int BINS = 40;
    static final int CURVE_SAMPLE = 100_000;
    private static final double Z975 = 1.959963984540054;

    public double p10() { return percentiles[1]; }

    public double p50() { return percentiles[3]; }

    public double p90() { return percentiles[5]; }

    /**
     * Summarises {@code values[0..n)}; {@code scratch} (length ≥ n) is overwritten. Standard errors
     * treat draws as independent, which is conservative for Latin hypercube and Sobol sampling.
     */
    public static Summary of(double[] values, int n, double[] scratch) {
        return of(values, n, scratch, true);
    }

    /** @param charts whether to compute the S-curve and histogram (parts of a total go without: empty arrays) */
    public static Summary of(double[] values, int n, double[] scratch, boolean charts) {
        if (n == 0) throw new IllegalArgumentException("no values");
        // the S-curve and the histogram's range are for charts: from the first CURVE_SAMPLE values (all when fewer)
        int m = Math.min(n, CURVE_SAMPLE);
        SortedSet<Integer> ranks = new TreeSet<>();
        for (double p : LEVELS) Quantiles.addRanks(ranks, p, n);
        // distribution-free 95% interval of P90: ranks n·0.9 ± z·√(n·0.9·0.1)
        double half = Z975 * Math.sqrt(n * 0.9 * 0.1);
        int lowRank = clamp((int) Math.floor(n * 0.9 - half) - 1, n);
        int highRank = clamp((int) Math.ceil(n * 0.9 + half) - 1, n);
        ranks.add(lowRank);
        ranks.add(highRank);
        // when the curve reads every value, its ranks join the summary's: one selection for both
        if (charts && m == n) curveRanks(ranks, n);
        int[] wanted = ranks.stream().mapToInt(Integer::intValue).toArray();
        // one scan: order statistics, sum and extremes, squared deviations
        Quantiles.Scan scan = Quantiles.scan(values, n, wanted);
        // place them where the type-7 interpolation reads them
        for (int r = 0; r < wanted.length; r++) scratch[wanted[r]] = scan.at()[r];
        double[] pct = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) pct[i] = Quantiles.percentile(scratch, LEVELS[i], n);
        double p90Low = scratch[lowRank];
        double p90High = scratch[highRank];
        double[] scurve = new double[0];
        double[] edges = new double[0];
        long[] counts = new long[0];
        if (charts) {
            if (m < n) {
                SortedSet<Integer> curve = new TreeSet<>();
                curveRanks(curve, m);
                int[] curveWanted = curve.stream().mapToInt(Integer::intValue).toArray();
                double[] at = Quantiles.orderStatistics(values, m, curveWanted);
                for (int r = 0; r < curveWanted.length; r++) scratch[curveWanted[r]] = at[r];
            }
            scurve = new double[101];
            for (int k = 0; k <= 100; k++) scurve[k] = Quantiles.percentile(scratch, k / 100.0, m);
            scurve[0] = scan.min();
            scurve[100] = scan.max();
            double lo = Quantiles.percentile(scratch, 0.005, m), hi = Quantiles.percentile(scratch, 0.995, m);
            if (!(hi > lo)) {
                lo = scan.min();
                hi = scan.max() == scan.min() ? scan.min() + 1 : scan.max();
            }
            // the histogram over [P0.5, P99.5] of the curve's values, the extremes in the end bins; counts cover all n
            counts = histogram(values, n, lo, BINS / (hi - lo));
            edges = new double[BINS + 1];
            for (int b = 0; b <= BINS; b++) edges[b] = lo + (hi - lo) * b / BINS;
        }
        double mean = scan.sum() / n;
        double sd = n > 1 ? Math.sqrt(scan.squares() / (n - 1)) : 0;
        double se = sd / Math.sqrt(n);
        return new Summary(n, mean, sd, scan.min(), scan.max(), pct, se, mean - Z975 * se, mean + Z975 * se,
                (p90High - p90Low) / (2 * Z975), p90Low, p90High, edges, counts, scurve);
    }

    /**
     * A method of its own, as Quantiles' passes are: a small hot loop is compiled at once, while of(), run a few
     * hundred times a run, stays in quickly compiled code instead of waiting for C2 to compile it with its loops.
     */
    private static long[] histogram(double[] values, int n, double lo, double perWidth) {
        long[] counts = new long[BINS];
        for (int i = 0; i < n; i++) counts[Math.max(0, Math.min((int) ((values[i] - lo) * perWidth), BINS - 1))]++;
        return counts;
    }

    /** The ranks the S-curve (every 1%) and the histogram's range (P0.5, P99.5) read, of m values. */
    private static void curveRanks(SortedSet<Integer> ranks, int m) {
        for (int k = 0; k <= 100; k++) Quantiles.addRanks(ranks, k / 100.0, m);
        Quantiles.addRanks(ranks, 0.005, m);
        Quantiles.addRanks(ranks, 0.995, m);
    }

    private static int clamp(int rank, int n) {
        return Math.max(0, Math.min(n - 1, rank));
    }
}
