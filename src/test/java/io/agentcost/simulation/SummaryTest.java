package io.agentcost.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A summary's statistics against their definitions on a full sort (type-7 percentiles, as numpy and PERCENTILE.INC). */
class SummaryTest {

    private static double percentile(double[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int f = (int) Math.floor(h);
        return sorted[f] + (h - f) * (sorted[(int) Math.ceil(h)] - sorted[f]);
    }

    @Test
    void percentilesSCurveAndHistogramOfAPreviewSizedRunFollowTheirDefinitions() {
        for (int n : new int[]{1, 2, 7, 2_000, 10_000, 20_001}) {
            SplittableRandom rng = new SplittableRandom(n);
            double[] v = new double[n];
            // a heavy tail and ties, as cost totals have
            for (int i = 0; i < n; i++) v[i] = i % 5 == 0 ? 100 : Math.exp(3 * rng.nextGaussian());
            Summary s = Summary.of(v.clone(), n, new double[n]);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < Summary.LEVELS.length; i++) assertThat(s.percentiles()[i]).isEqualTo(percentile(sorted, Summary.LEVELS[i]));
            for (int k = 1; k < 100; k++) assertThat(s.scurve()[k]).isEqualTo(percentile(sorted, k / 100.0));
            assertThat(s.scurve()[0]).isEqualTo(sorted[0]);
            assertThat(s.scurve()[100]).isEqualTo(sorted[n - 1]);
            assertThat(Arrays.stream(s.histogramCounts()).sum()).isEqualTo(n);
            double lo = s.histogramEdges()[0], hi = s.histogramEdges()[Summary.BINS];
            if (n > 2) assertThat(lo).isEqualTo(percentile(sorted, 0.005));
            if (n > 2) assertThat(hi).isEqualTo(percentile(sorted, 0.995));
            double mean = Arrays.stream(v).sum() / n;
            assertThat(s.mean()).isCloseTo(mean, Assertions.within(1e-9 * Math.abs(mean)));
        }
    }
}
