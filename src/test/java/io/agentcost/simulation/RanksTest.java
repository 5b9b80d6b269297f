package io.agentcost.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ranks for Spearman correlation: 1-based, ties share the average of their ranks; checked against the
 * definition counted directly (values below, plus half the ties).
 */
class RanksTest {

    @Test
    void ranksEqualTheirDefinitionWithManyTies() {
        SplittableRandom r = new SplittableRandom(4);
        for (int n : new int[]{1, 2, 3, 17, 1000, 4097}) {
            double[] x = new double[n];
            // few distinct values: long runs of ties, and a negative and a zero among them
            for (int i = 0; i < n; i++) x[i] = r.nextInt(9) - 3;
            assertRanksByDefinition(x);
        }
    }

    /** Values that crowd one bin after another (heavy tails, a geometric run, near-equal values) still get exact ranks. */
    @Test
    void crowdedValuesGetTheirExactRanks() {
        SplittableRandom r = new SplittableRandom(8);
        int n = 3000;
        double[][] shapes = new double[4][n];
        for (int i = 0; i < n; i++) {
            shapes[0][i] = Math.exp(4 * r.nextGaussian());
            shapes[1][i] = Math.pow(2, -r.nextInt(1000)) * (r.nextBoolean() ? 1 : -1);
            shapes[2][i] = 1 + Math.ulp(1.0) * r.nextInt(50);
            shapes[3][i] = i % 7 == 0 ? 1e300 : -1e300 + r.nextInt(5);
        }
        for (double[] x : shapes) assertRanksByDefinition(x);
    }

    /** rank = (values below) + (ties + 1) / 2, counting x[i] itself among its ties. */
    private static void assertRanksByDefinition(double[] x) {
        double[] ranks = Ranks.of(x, x.length);
        for (int i = 0; i < x.length; i++) {
            int below = 0, equal = 0;
            for (double y : x) {
                if (y < x[i]) below++;
                if (y == x[i]) equal++;
            }
            assertThat(ranks[i]).as("n %d, value %s", x.length, x[i]).isEqualTo(below + (equal + 1) / 2.0);
        }
    }

    @Test
    void distinctValuesGetOneToN() {
        double[] x = {0.5, -2, 7, 3.25, 1e9};
        assertThat(Ranks.of(x, 5)).containsExactly(2, 1, 4, 3, 5);
    }
}
