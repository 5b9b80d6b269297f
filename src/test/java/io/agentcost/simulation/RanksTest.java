package io.agentcost.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ranks for Spearman correlation: 1-based, ties share the average of their ranks, by the definition counted directly. */
class RanksTest {

    @Test
    void ranksEqualTheirDefinitionWithManyTies() {
        SplittableRandom r = new SplittableRandom(4);
        for (int n : new int[]{1, 2, 3, 17, 1000, 4097}) {
            double[] x = new double[n];
            // few distinct values: long runs of ties, and a negative and a zero among them
            for (int i = 0; i < n; i++) x[i] = r.nextInt(9) - 3;
            double[] ranks = Ranks.of(x, n);
            for (int i = 0; i < n; i++) {
                // rank = (values below) + (ties + 1) / 2, counting x[i] itself among its ties
                int below = 0, equal = 0;
                for (double y : x) {
                    if (y < x[i]) below++;
                    if (y == x[i]) equal++;
                }
                assertThat(ranks[i]).as("n %d, value %s", n, x[i]).isEqualTo(below + (equal + 1) / 2.0);
            }
        }
    }

    @Test
    void distinctValuesGetOneToN() {
        double[] x = {0.5, -2, 7, 3.25, 1e9};
        assertThat(Ranks.of(x, 5)).containsExactly(2, 1, 4, 3, 5);
    }
}
