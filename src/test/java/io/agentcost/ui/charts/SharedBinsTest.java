package io.agentcost.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentcost.simulation.SharedBins;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedBinsTest {

    /** An S-curve whose k-th percentile is a + b·k: a uniform distribution on [a, a + 100·b]. */
    private static double[] uniform(double a, double b) {
        double[] q = new double[101];
        for (int k = 0; k <= 100; k++) q[k] = a + b * k;
        return q;
    }

    @Test
    void architecturesShareOneSetOfBinsAndAWiderOneStandsLower() {
        // U[0,100] and U[0,200]: the axis runs from the lower P1 (1) to the higher P99 (198); 197/60 = 3.28 rounds up to
        // bins of $5, from 0 (the multiple of 5 below 1) to 200 (the one above 198): 40 bins. The narrow one has 5% of its
        // draws in each of the first 20 bins and none after; the wide one 2.5% in every bin: half as high.
        SharedBins h = SharedBins.of(List.of(new SharedBins.Input("narrow", uniform(0, 1)), new SharedBins.Input("wide", uniform(0, 2))));
        assertEquals(41, h.edges().length);
        assertEquals(0, h.edges()[0], 1e-9);
        assertEquals(200, h.edges()[40], 1e-9);
        assertEquals(5, h.width(), 1e-9);
        double[] narrow = h.series().get(0).shares();
        double[] wide = h.series().get(1).shares();
        for (int b = 0; b < 40; b++) {
            assertEquals(b < 20 ? 0.05 : 0, narrow[b], 1e-9, "narrow bin " + b);
            assertEquals(0.025, wide[b], 1e-9, "wide bin " + b);
        }
        assertEquals(List.of(), h.beyondAxis(Money::compact));
    }

    @Test
    void aRunBinnedWithItsBaselineKeepsOnlyItsOwnSeriesOnTheSharedEdges() {
        // the current run's serverless U[0,100] binned together with the baseline's serverless U[0,200] (the compare
        // overlay): the edges are the pair's, 40 bins of $5 from 0 to 200 as above, so the current run's curve is drawn
        // on the baseline's bins (5% in each of the first 20), and only the current run's series is kept
        SharedBins both = SharedBins.of(List.of(new SharedBins.Input("serverless", uniform(0, 1)), new SharedBins.Input("serverless", uniform(0, 2))));
        SharedBins current = both.only(List.of("serverless"));
        assertEquals(41, current.edges().length);
        assertEquals(200, current.edges()[40], 1e-9);
        assertEquals(1, current.series().size());
        assertEquals(0.05, current.series().get(0).shares()[0], 1e-9);
        assertEquals(0, current.series().get(0).shares()[25], 1e-9);
    }

    @Test
    void aLongTailIsCountedBeyondTheAxisNotPiledIntoTheLastBin() {
        // percentiles 0..99 at $0..$99, the largest draw at $1,000: the top 1% spreads from $99 to $1,000.
        // Axis P1 = 1 to P99 = 99: 98/60 = 1.63 rounds up to $2 bins, edges 0 to 100 (50 bins).
        // Last bin (98, 100]: F(100) − F(98) = (99 + 1/901)/100 − 0.98 = 0.0100111, half the 2% of the others (it used
        // to hold the whole tail); above $100: 1 − 0.990011 = 0.99889%.
        double[] q = uniform(0, 1);
        q[100] = 1000;
        SharedBins h = SharedBins.of(List.of(new SharedBins.Input("tailed", q)));
        SharedBins.Series s = h.series().get(0);
        assertEquals(50, s.shares().length);
        assertEquals(0.02, s.shares()[48], 1e-9);
        assertEquals(0.0100111, s.shares()[49], 1e-7);
        assertEquals(0.0099889, s.above(), 1e-7);
        assertEquals(0, s.below(), 1e-12);
        // every draw is somewhere: bins, below or above
        assertEquals(1, Arrays.stream(s.shares()).sum() + s.below() + s.above(), 1e-9);
        assertEquals(List.of("above $100: tailed 1.0% of draws, up to $1k"), h.beyondAxis(Money::compact));
    }

    @Test
    void aCostThatDoesNotVaryIsOneFullBinInsideTheAxisEvenOnARoundNumber() {
        // $12,000 every draw beside U[10,000, 12,000] (percentile k = 10,000 + 20k): axis P1 10,020 to P99 12,000,
        // 1,980/60 = 33 → $50 bins; first edge 10,000 (below 10,020), last 12,050 (strictly above 12,000, so the
        // fixed cost is inside the bin (11,950, 12,000]), 41 bins. The fixed one: 100% in bin 39, nothing beyond.
        double[] fixed = new double[101];
        Arrays.fill(fixed, 12_000);
        SharedBins h = SharedBins.of(List.of(new SharedBins.Input("endpoint", fixed), new SharedBins.Input("bedrock", uniform(10_000, 20))));
        assertEquals(10_000, h.edges()[0], 1e-9);
        assertEquals(12_050, h.edges()[h.edges().length - 1], 1e-9);
        double[] endpoint = h.series().get(0).shares();
        assertEquals(1, endpoint[39], 1e-12);
        assertEquals(1, Arrays.stream(endpoint).sum(), 1e-12);
        assertEquals(0, h.series().get(0).above(), 1e-12);
        // bedrock's $20 a percentile in $50 bins: 2.5% a bin
        assertEquals(0.025, h.series().get(1).shares()[0], 1e-9);
    }

    @Test
    void theNoteNamesEachArchitectureBeyondEachEnd() {
        // a: U[0,100]; b: U[50,150] with a lowest draw at 10 and a largest at 400, its P1 and P99 at 51 and 149.
        // Axis P1 1 to P99 149: 148/60 = 2.47 → $2.5 bins, edges 0 to 150. a has nothing beyond; b has
        // F(150) = (99 + 1/251)/100 = 0.99004 at or below 150, so 0.996% above, up to $400, and nothing below 0
        double[] b = uniform(50, 1);
        b[0] = 10;
        b[100] = 400;
        SharedBins h = SharedBins.of(List.of(new SharedBins.Input("a", uniform(0, 1)), new SharedBins.Input("b", b)));
        assertEquals(150, h.edges()[h.edges().length - 1], 1e-9);
        assertEquals(List.of("above $150: b 1.0% of draws, up to $400"), h.beyondAxis(Money::compact));
    }

    @Test
    void whenNothingVariesTheAxisStillHasBinsAroundTheCost() {
        // $12,000 alone: bins of 5% of it rounded up to a nice width ($600 → $1,000), from 11,000 to 13,000
        double[] fixed = new double[101];
        Arrays.fill(fixed, 12_000);
        SharedBins h = SharedBins.of(List.of(new SharedBins.Input("endpoint", fixed)));
        assertArrayEquals(new double[]{11_000, 12_000, 13_000}, h.edges(), 1e-9);
        assertArrayEquals(new double[]{1, 0}, h.series().get(0).shares(), 1e-12);
    }

    @Test
    void binWidthsAreRoundNumbers() {
        assertEquals(5, SharedBins.nice(4.925), 1e-12);
        assertEquals(2.5, SharedBins.nice(2.45), 1e-12);
        assertEquals(1000, SharedBins.nice(600), 1e-9);
        assertEquals(2000, SharedBins.nice(1001), 1e-9);
        assertEquals(100, SharedBins.nice(100), 1e-9);
        assertTrue(SharedBins.nice(0.003) >= 0.003);
    }
}
