package io.agentcost.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Distribution;
import org.junit.jupiter.api.Test;

/** Quantiles of every distribution form against closed forms or scipy.stats (values written beside them). */
class InverseCdfTest {

    @Test
    void triangularMedianFollowsTheClosedForm() {
        // mode below the midpoint: b − √((b−a)(b−c)/2) = 20000 − √(15000·10000/2) = 11,339.745962155614
        assertThat(InverseCdf.median(new Distribution.Triangular(5000, 10000, 20000))).isCloseTo(11339.745962155614, within(1e-6));
    }

    @Test
    void pertUsesLambdaFour() {
        // Beta(1 + 4·2/9, 1 + 4·7/9) on [3, 12]: scipy.stats.beta(...).median() = 5.638532776608698, ppf(0.9) = 8.064204993802898
        Distribution.Pert p = new Distribution.Pert(3, 5, 12);
        assertThat(InverseCdf.median(p)).isCloseTo(5.638532776608698, within(1e-8));
        assertThat(InverseCdf.of(p).at(0.9)).isCloseTo(8.064204993802898, within(1e-8));
    }

    @Test
    void normalIsConditionedOnNonNegativeValuesNotClipped() {
        // N(100, 100) given x ≥ 0: scipy.stats.truncnorm(-1, inf, loc=100, scale=100).median() = 120.01736861668908
        // (clipping at 0 would leave the median at 100)
        assertThat(InverseCdf.median(new Distribution.Normal(100, 100))).isCloseTo(120.01736861668908, within(1e-8));
        assertThat(InverseCdf.of(new Distribution.Normal(100, 100)).at(1e-9)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void lognormalByMedianAndP90HitsBoth() {
        Distribution.LogNormal d = Distribution.LogNormal.ofMedianP90(300_000, 800_000);
        assertThat(InverseCdf.median(d)).isCloseTo(300_000, within(1e-6));
        assertThat(InverseCdf.of(d).at(0.9)).isCloseTo(800_000, within(1e-6));
    }

    @Test
    void lognormalByMeanAndSdHasMedianMeanOverRootOfOnePlusCv2() {
        // median = mean / √(1 + (sd/mean)²) = 100 / √1.25 = 89.44271909999158
        assertThat(InverseCdf.median(Distribution.LogNormal.ofMeanSd(100, 50))).isCloseTo(89.44271909999158, within(1e-9));
    }

    @Test
    void discreteMedianIsTheLowerMedian() {
        // values 1, 2 with equal weight: cumulative 0.5 at 1 → the lower median is 1 (not 1.5)
        assertThat(InverseCdf.median(new Distribution.Discrete(new double[]{2, 1}, new double[]{1, 1}))).isEqualTo(1.0);
        // weights 1:3 → 20 is the median
        assertThat(InverseCdf.median(new Distribution.Discrete(new double[]{10, 20}, new double[]{1, 3}))).isEqualTo(20.0);
    }

    @Test
    void percentilesAreFittedThroughAllThreePoints() {
        // two-piece lognormal: different spreads below and above the median, all three reproduced exactly
        InverseCdf f = InverseCdf.of(new Distribution.Percentiles(2, 4, 16));
        assertThat(f.at(0.1)).isCloseTo(2, within(1e-9));
        assertThat(f.at(0.5)).isCloseTo(4, within(1e-12));
        assertThat(f.at(0.9)).isCloseTo(16, within(1e-9));
    }

    @Test
    void uniformMedianIsTheMidpoint() {
        assertThat(InverseCdf.median(new Distribution.Uniform(1000, 3000))).isEqualTo(2000.0);
    }

    @Test
    void distributionsRejectParametersThatDescribeNothing() {
        assertThatThrownBy(() -> new Distribution.Uniform(5, 1)).hasMessageContaining("min 5 is greater than max 1");
        assertThatThrownBy(() -> new Distribution.Triangular(1, 9, 5)).hasMessageContaining("mode 9 is outside [1, 5]");
        assertThatThrownBy(() -> Distribution.LogNormal.ofMedianP90(10, 5)).hasMessageContaining("p90 5 must be greater than median 10");
        assertThatThrownBy(() -> new Distribution.Percentiles(3, 2, 5)).hasMessageContaining("must increase");
    }

    @Test
    void theTabulatedPertUsedBySimulationsMatchesTheExactQuantileFunction() {
        // the fast table interpolates on 8,192 intervals of u in [0.005, 0.995], exact outside
        Distribution.Pert p = new Distribution.Pert(3, 5, 12);
        InverseCdf exact = InverseCdf.of(p), fast = InverseCdf.fast(p);
        double worst = 0;
        for (int k = 1; k < 100_000; k++) {
            double u = k / 100_000.0;
            worst = Math.max(worst, Math.abs(fast.at(u) - exact.at(u)));
        }
        // below 1e-7 of the range (9)
        assertThat(worst).isLessThan(9e-7);
        assertThat(fast.median()).isEqualTo(exact.median());
    }

    @Test
    void theFastNormalDistributionFunctionAgreesWithCommonsMath() {
        // Hart/West approximation used by the copula, against Commons Math's erfc-based Φ
        var nd = new org.apache.commons.math3.distribution.NormalDistribution();
        for (double z = -8; z <= 8; z += 0.01) {
            assertThat(InverseCdf.phi(z)).isCloseTo(nd.cumulativeProbability(z), within(1e-14));
        }
    }
}
