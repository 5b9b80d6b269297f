package io.agentcost.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Order statistics without a full sort (a counting pass over bins set by a sample, then selection in the
 * few bins that hold the wanted ranks) equal a full sort's, exactly, on data shaped to defeat the sample:
 * heavy tails, ties, constants, sorted runs, negative numbers, infinities, and sizes around the switch to
 * plain selection.
 */
class QuantilesTest {

    static Stream<Arguments> shapes() {
        SplittableRandom r = new SplittableRandom(3);
        return Stream.of(
                Arguments.of("uniform", 1_000_000, (IntToDoubleFunction) i -> r.nextDouble()),
                Arguments.of("lognormal sigma 3", 300_000, (IntToDoubleFunction) i -> Math.exp(3 * r.nextGaussian())),
                Arguments.of("constant", 200_000, (IntToDoubleFunction) i -> 42.0),
                Arguments.of("two values", 200_000, (IntToDoubleFunction) i -> r.nextDouble() < 0.3 ? 1.0 : 2.0),
                Arguments.of("zeros with 1% spread", 200_000, (IntToDoubleFunction) i -> r.nextDouble() < 0.99 ? 0.0 : r.nextDouble()),
                Arguments.of("ascending", 100_000, (IntToDoubleFunction) i -> i),
                Arguments.of("descending negative", 100_000, (IntToDoubleFunction) i -> -i * 0.5),
                Arguments.of("sample misses the tail", 120_000, (IntToDoubleFunction) i -> i % 4096 == 1 ? 1e12 + i : r.nextDouble()),
                Arguments.of("with infinities", 100_000, (IntToDoubleFunction) i -> i % 1000 == 7 ? Double.POSITIVE_INFINITY
                        : i % 1000 == 8 ? Double.NEGATIVE_INFINITY : r.nextGaussian()),
                Arguments.of("at the switch to counting", Quantiles.SMALL - 1, (IntToDoubleFunction) i -> r.nextGaussian()),
                Arguments.of("just past the switch", Quantiles.SMALL, (IntToDoubleFunction) i -> r.nextGaussian()),
                Arguments.of("a preview's part: 2,000 draws, mostly one fee", 2_000, (IntToDoubleFunction) i -> r.nextDouble() < 0.9 ? 120.0 : 120.0 + r.nextDouble()),
                Arguments.of("a preview's part: 2,000 draws, a cap reached in half", 2_000, (IntToDoubleFunction) i -> Math.min(500.0, Math.exp(6 + r.nextGaussian()))),
                Arguments.of("a few hundred constant draws", 300, (IntToDoubleFunction) i -> 7.5),
                Arguments.of("a few hundred with infinities", 300, (IntToDoubleFunction) i -> i % 50 == 3 ? Double.POSITIVE_INFINITY : r.nextGaussian()),
                Arguments.of("a preview's heavy-tailed totals with ties", 10_000,
                        (IntToDoubleFunction) i -> i % 10 == 0 ? 5.0 : Math.exp(2 * r.nextGaussian())),
                Arguments.of("a preview's sample misses the tail", 10_000, (IntToDoubleFunction) i -> i % 4 == 1 ? 1e9 + i : r.nextDouble()),
                Arguments.of("the sample at its full size", 16_384, (IntToDoubleFunction) i -> r.nextGaussian()),
                Arguments.of("just past it", 16_385, (IntToDoubleFunction) i -> r.nextGaussian()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void orderStatisticsEqualAFullSort(String shape, int n, IntToDoubleFunction value) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = value.applyAsDouble(i);
        double[] before = v.clone();
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        SplittableRandom r = new SplittableRandom(n);
        // the summary's percentiles and the S-curve's, the extremes, and random ranks
        int[] ranks = Stream.of(
                        Arrays.stream(Summary.LEVELS).mapToInt(p -> (int) Math.floor(p * (n - 1))).boxed(),
                        Stream.iterate(0, k -> k <= 100, k -> k + 1).map(k -> (int) Math.ceil(k / 100.0 * (n - 1))),
                        Stream.of(0, 1, n - 2, n - 1),
                        r.ints(20, 0, n).boxed())
                .flatMap(s -> s).mapToInt(Integer::intValue).distinct().sorted().toArray();
        double[] got = Quantiles.orderStatistics(v, n, ranks);
        for (int j = 0; j < ranks.length; j++) assertThat(got[j]).as("rank %d of %d", ranks[j], n).isEqualTo(sorted[ranks[j]]);
        assertThat(v).as("the input is left as it was").isEqualTo(before);
    }
}
