package io.agentcost.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Budget;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The counts taken chunk by chunk (over budget, over the kill switch, cheapest of its phase, cheaper
 * than each other architecture) equal a plain count over all iterations, for every cell and pair, with
 * ties (which go to the first architecture, and count as "not cheaper").
 */
class TalliesTest {

    @Test
    void chunkedCountsEqualAPlainCountOverEveryIteration() {
        int[][] peers = {{0, 1, 2, 3}, {4, 5, 6}};
        int cells = 7, n = 5_000;
        SplittableRandom r = new SplittableRandom(9);
        double[][] totals = new double[cells][n];
        // whole dollars from 0 to 20: many ties
        for (double[] t : totals) for (int i = 0; i < n; i++) t[i] = r.nextInt(21);
        Budget budget = new Budget(12.0, 17.0);
        Tallies tallies = new Tallies(peers, cells, budget);
        for (int from = 0; from < n; from += 300) {
            int start = from, count = Math.min(300, n - from);
            tallies.add(c -> Arrays.copyOfRange(totals[c], start, start + count), count);
        }
        for (int c = 0; c < cells; c++) {
            long over = 0, kill = 0;
            for (double v : totals[c]) {
                if (v > 12) over++;
                if (v > 17) kill++;
            }
            assertThat(tallies.overBudget(c)).isEqualTo(over);
            assertThat(tallies.overKillSwitch(c)).isEqualTo(kill);
        }
        for (int p = 0; p < peers.length; p++) {
            int[] cs = peers[p];
            long[] wins = new long[cs.length];
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int j = 1; j < cs.length; j++) if (totals[cs[j]][i] < totals[cs[best]][i]) best = j;
                wins[best]++;
            }
            for (int j = 0; j < cs.length; j++) assertThat(tallies.cheapest(cs[j])).as("cell %d", cs[j]).isEqualTo(wins[j]);
            for (int x = 0; x < cs.length; x++) {
                for (int y = x + 1; y < cs.length; y++) {
                    long less = 0;
                    for (int i = 0; i < n; i++) if (totals[cs[x]][i] < totals[cs[y]][i]) less++;
                    assertThat(tallies.cheaper(p, x, y)).as("phase %d: %d cheaper than %d", p, x, y).isEqualTo(less);
                }
            }
        }
    }

    @Test
    void noThresholdsCountNothing() {
        Tallies tallies = new Tallies(new int[][]{{0}}, 1, Budget.NONE);
        tallies.add(c -> new double[]{1e9, -1}, 2);
        assertThat(tallies.overBudget(0)).isZero();
        assertThat(tallies.overKillSwitch(0)).isZero();
        assertThat(tallies.cheapest(0)).isEqualTo(2);
    }
}
