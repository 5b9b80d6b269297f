package io.agentcost.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** Spreads of whole-number counts: the lognormal is recovered when it is the truth, the empirical form kept when it is not. */
class CountFitTest {

    private static Map<Integer, Long> draw(ToIntFunction<Random> f, int n, long seed) {
        Random r = new Random(seed);
        Map<Integer, Long> h = new TreeMap<>();
        for (int i = 0; i < n; i++) h.merge(f.applyAsInt(r), 1L, Long::sum);
        return h;
    }

    @Test
    void roundedLognormalCountsGiveBackTheirMedianAndSigmaWithinFourStandardErrors() {
        int n = 20_000;
        CountFit f = CountFit.of(draw(GeneratedLogs.roundedLognormal(6, 0.5), n, 7));
        // maximum likelihood of a lognormal: SE(ln median) = σ/√n = 0.5/141.4 = 0.00354, SE(σ) = σ/√(2n) = 0.0025;
        // rounding to whole numbers loses a little information, inside the factor of 4
        assertThat(Math.log(f.median() / 6)).isCloseTo(0, within(4 * 0.5 / Math.sqrt(n)));
        assertThat(f.sigma()).isCloseTo(0.5, within(4 * 0.5 / Math.sqrt(2.0 * n)));
        assertThat(f.lognormalChosen()).as("AIC %s vs %s", f.aicLognormal(), f.aicDiscrete()).isTrue();
        // the KS distance of a right model shrinks as 1/√n: well under 1.36/√n (the 5% critical value) × 2
        assertThat(f.ks()).isLessThan(2 * 1.36 / Math.sqrt(n));
    }

    @Test
    void aTwoPeakedCountKeepsItsEmpiricalForm() {
        int n = 5_000;
        // half the turns make 1 call, half 5: no lognormal has two peaks
        CountFit f = CountFit.of(draw(r -> r.nextBoolean() ? 1 : 5, n, 11));
        assertThat(f.lognormalChosen()).isFalse();
        assertThat(f.counts()).containsOnlyKeys(1, 5);
        // the share of 1s is binomial: SE = √(0.25/n) = 0.00707
        assertThat((double) f.counts().get(1) / n).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / n)));
        assertThat(f.mean()).isCloseTo(3, within(4 * 2 / Math.sqrt(n)));
    }

    @Test
    void aCountThatNeverVariesIsFixed() {
        CountFit f = CountFit.of(Map.of(3, 40L));
        assertThat(f.fixed()).isTrue();
        assertThat(f.lognormalChosen()).isFalse();
        assertThat(f.mean()).isEqualTo(3.0);
    }

    @Test
    void theEmpiricalFormsAicIsItsWeightsAgainstItsLikelihood() {
        // values 1 ×30, 2 ×10: ln L = 30 ln 0.75 + 10 ln 0.25 = −8.630 − 13.863 = −22.493; k = 1 free weight → AIC = 2 + 44.987
        CountFit f = CountFit.of(Map.of(1, 30L, 2, 10L));
        assertThat(f.aicDiscrete()).isCloseTo(2 + 2 * (-(30 * Math.log(0.75) + 10 * Math.log(0.25))), within(1e-9));
        assertThat(f.aicDiscrete()).isCloseTo(46.987, within(1e-3));
    }
}
