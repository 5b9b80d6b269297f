package io.agentcost.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Distribution;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
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
    void normalWithItsMeanSixSdBelowZeroKeepsItsDigits() {
        // the loader's limit (DistributionReader.MAX_SDS_BELOW_ZERO): scipy.stats.truncnorm(6, inf, loc=-6, scale=1)
        // .median() = 0.11156506181343939, .ppf(0.1) = 0.01708506, .ppf(0.9) = 0.36341428
        Distribution.Normal n = new Distribution.Normal(-6, 1);
        assertThat(InverseCdf.median(n)).isCloseTo(0.11156506181343939, within(1e-6));
        for (InverseCdf f : new InverseCdf[]{InverseCdf.of(n), InverseCdf.fast(n)}) {
            assertThat(f.at(0.1)).isCloseTo(0.01708506, within(1e-6));
            assertThat(f.at(0.9)).isCloseTo(0.36341428, within(1e-6));
        }
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
        // the fast table interpolates on 1,024 intervals of u in [0.02, 0.98] and on log(u) in the tails
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

    /** u from 1e-300 to 1 − 1e-16: the uniform grid, then powers of ten into both tails. */
    private static double[] probabilities() {
        List<Double> u = new ArrayList<>();
        for (int k = 1; k < 20_000; k++) u.add(k / 20_000.0);
        for (double e = -300; e <= -2; e += 0.25) u.add(Math.pow(10, e));
        for (double e = -16; e <= -2; e += 0.25) u.add(1 - Math.pow(10, e));
        return u.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theNormalQuantileIsWichurasAs241ToTheLastDigits() {
        // AS 241 (PPND16) inverts Commons Math's distribution function (which keeps its relative accuracy in the tails,
        // unlike its inverse, computed from erfInv(2u − 1)): Φ(z(u)) = u into both tails, to the few ulps of z that
        // Φ's slope there magnifies by z² (relative Φ error ≈ |z|·dz); a wrong coefficient in any of the three
        // branches would show far above that
        var nd = new NormalDistribution();
        for (double u : probabilities()) {
            double z = InverseCdf.z(u);
            double tail = u < 0.5 ? u : 1 - u;
            double back = u < 0.5 ? nd.cumulativeProbability(z) : nd.cumulativeProbability(-z);
            assertThat(back).as("u = %s", u).isCloseTo(tail, within(1e-14 * (1 + z * z) * tail));
        }
        assertThat(InverseCdf.z(0.5)).isZero();
        // a textbook value: z(0.975) = 1.959963984540054 (scipy.stats.norm.ppf)
        assertThat(InverseCdf.z(0.975)).isCloseTo(1.959963984540054, within(1e-15));
    }

    @Test
    void theBetaTailQuantileInvertsTheIncompleteBetaFarBelowWhereCommonsMathsSolverStops() {
        // Commons Math's inverse returns the lower bound itself below about 1e-10; the tail quantile keeps I_x(a, b) = w
        for (double[] ab : new double[][]{{1, 5}, {1.888888888888889, 4.111111111111111}, {5, 1}, {3, 3}, {1.004, 4.996}}) {
            for (double e = -300; e <= -2; e += 0.5) {
                double w = Math.pow(10, e);
                double x = BetaTail.quantile(ab[0], ab[1], w);
                assertThat(Beta.regularizedBeta(x, ab[0], ab[1])).as("Beta(%s, %s) at %s", ab[0], ab[1], w)
                        .isCloseTo(w, within(1e-11 * w));
            }
        }
    }

    @Test
    void theTabulatedNormalFunctionsThatTheCopulaUsesAgreeWithTheExactOnes() {
        double worstZ = 0;
        for (double u : probabilities()) worstZ = Math.max(worstZ, Math.abs(InverseCdf.zFast(u) - InverseCdf.z(u)));
        double worstPhi = 0;
        for (double x = -9; x <= 9; x += 0.0007) worstPhi = Math.max(worstPhi, Math.abs(InverseCdf.phiFast(x) - InverseCdf.phi(x)));
        assertThat(worstZ).isLessThan(2e-9);
        assertThat(worstPhi).isLessThan(1e-12);
    }

    @Test
    void theSimulationsQuantileFunctionsMatchTheExactOnesIntoTheTails() {
        // what the simulation draws through (tables, closed forms) against the exact quantile functions, at every u
        // of the grid, the extreme tails included: within 1e-7 of the distribution's P1–P99 spread
        Distribution[] forms = {new Distribution.Pert(3, 5, 12), new Distribution.Pert(0, 0, 10), new Distribution.Pert(2, 9, 9),
                new Distribution.Pert(0, 1, 1000), new Distribution.Triangular(1, 2, 10), new Distribution.Normal(5, 2),
                new Distribution.Normal(1, 4), new Distribution.LogNormal(Math.log(300), 0.8, "median"),
                new Distribution.LogNormal(Math.log(5), 2.0, "median"), new Distribution.Percentiles(10, 30, 200),
                new Distribution.Percentiles(-5, 0, 20)};
        for (Distribution d : forms) {
            InverseCdf exact = InverseCdf.of(d), fast = InverseCdf.fast(d);
            double spread = exact.at(0.99) - exact.at(0.01);
            double worst = 0;
            for (double u : probabilities()) {
                // Commons Math's PERT (the exact one here) is a root solver with an absolute accuracy: far tails are BetaTail's test
                if (d instanceof Distribution.Pert && (u < 1e-12 || u > 1 - 1e-12)) continue;
                double e = exact.at(u);
                // far in a heavy tail the exact value itself is huge: compare relative to it there
                worst = Math.max(worst, Math.abs(fast.at(u) - e) / Math.max(spread, Math.abs(e)));
            }
            assertThat(worst).as(d.describe()).isLessThan(1e-7);
            assertThat(fast.median()).as(d.describe()).isCloseTo(exact.median(), within(1e-12 * Math.max(1, Math.abs(exact.median()))));
        }
    }

    @Test
    void aColumnOfDrawsGetsWhatEachDrawGetsAlone() {
        // the simulation draws a column at a time (at(u[], out[], n)); each form must give what at(u) gives
        double[] u = probabilities();
        double[] out = new double[u.length];
        Distribution[] forms = {Distribution.fixed(3), new Distribution.Uniform(1, 4), new Distribution.Triangular(1, 2, 10),
                new Distribution.Pert(3, 5, 12), new Distribution.Normal(5, 2), new Distribution.LogNormal(Math.log(300), 0.8, "median"),
                new Distribution.Discrete(new double[]{4, 1, 9, 2}, new double[]{0.1, 0.4, 0.3, 0.2}),
                new Distribution.Discrete(new double[]{7}, new double[]{1}), new Distribution.Percentiles(10, 30, 200)};
        for (Distribution d : forms) {
            for (InverseCdf f : new InverseCdf[]{InverseCdf.of(d), InverseCdf.fast(d)}) {
                f.at(u, out, u.length);
                for (int k = 0; k < u.length; k++) assertThat(out[k]).as("%s at %s", d.describe(), u[k]).isEqualTo(f.at(u[k]));
            }
        }
    }

    @Test
    void theFastNormalDistributionFunctionAgreesWithCommonsMath() {
        // Hart/West approximation used by the copula, against Commons Math's erfc-based Φ
        var nd = new NormalDistribution();
        for (double z = -8; z <= 8; z += 0.01) {
            assertThat(InverseCdf.phi(z)).isCloseTo(nd.cumulativeProbability(z), within(1e-14));
        }
    }
}
