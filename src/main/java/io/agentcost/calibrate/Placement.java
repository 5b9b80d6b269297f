package io.agentcost.calibrate;

import java.util.Locale;

/**
 * Where an actual amount falls in a simulated distribution: the cumulative probability read off the distribution's
 * quantile points by linear interpolation (the S-curve of a total, P5…P99 with the minimum and maximum of a part).
 *
 * @param percentile 0..100; 0 below the smallest simulated value, 100 above the largest
 */
public record Placement(double percentile, boolean below, boolean above) {

    /**
     * @param probabilities ascending cumulative probabilities 0..1
     * @param values        the distribution's values at them (non-decreasing)
     */
    public static Placement of(double actual, double[] probabilities, double[] values) {
        int n = values.length;
        if (n == 0 || n != probabilities.length) throw new IllegalArgumentException("no quantile points");
        if (actual < values[0]) return new Placement(100 * probabilities[0], true, false);
        if (actual > values[n - 1]) return new Placement(100 * probabilities[n - 1], false, true);
        int a = 0;
        while (values[a] < actual) a++;
        int b = n - 1;
        while (values[b] > actual) b--;
        // points equal to the actual (a flat run: a part that is the same in every draw): the middle of their ranks
        if (a <= b) return new Placement(100 * (probabilities[a] + probabilities[b]) / 2, false, false);
        double p = probabilities[b] + (probabilities[a] - probabilities[b]) * (actual - values[b]) / (values[a] - values[b]);
        return new Placement(100 * p, false, false);
    }

    /**
     * "P30", or outside the points "below every simulated draw" — words a finance reader takes in, where "below P0" needed
     * the glossary; a distribution whose points stop short of its extremes (P5…P99) is still named by its end point.
     */
    public String label() {
        if (below) return percentile == 0 ? "below every simulated draw" : "below P" + fmt(percentile);
        if (above) return percentile == 100 ? "above every simulated draw" : "above P" + fmt(percentile);
        return "P" + fmt(percentile);
    }

    private static String fmt(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p);
    }
}
