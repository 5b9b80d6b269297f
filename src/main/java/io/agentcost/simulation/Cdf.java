package io.agentcost.simulation;

/**
 * The cumulative distribution a simulated S-curve describes: linear between its 101 percentiles (P0 = the
 * smallest draw, P100 = the largest), which is exact at every whole percent and spreads each percent of
 * draws evenly between its two percentiles. Tied percentiles (a cost that does not vary) are a jump.
 */
final class Cdf {

    private final double[] q;

    /** @param scurve the values at 0%, 1%, …, 100%, ascending */
    Cdf(double[] scurve) {
        if (scurve.length < 2) throw new IllegalArgumentException("an S-curve needs at least its two ends");
        this.q = scurve.clone();
    }

    /** The share of draws at or below x. */
    double atOrBelow(double x) {
        int last = q.length - 1;
        if (x < q[0]) return 0;
        if (x >= q[last]) return 1;
        // the largest k with q[k] ≤ x: past every tie at x, so a jump at x is included
        int lo = 0, hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (q[mid] <= x) lo = mid;
            else hi = mid;
        }
        return (lo + (x - q[lo]) / (q[lo + 1] - q[lo])) / last;
    }

    double percentile(int k) {
        return q[k * (q.length - 1) / 100];
    }

    double min() {
        return q[0];
    }

    double max() {
        return q[q.length - 1];
    }
}
