package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison table's compact Δ figures and the order a click on a header sorts its cells in. */
class CellTest {

    @Test
    void compactDeltasKeepThreeSignificantFiguresAndTheirSign() {
        assertThat(Figures.compactDelta(4412.37)).isEqualTo("+$4.41k");
        assertThat(Figures.compactDelta(1663.80)).isEqualTo("+$1.66k");
        assertThat(Figures.compactDelta(-14_250)).isEqualTo("-$14.3k");
        assertThat(Figures.compactDelta(142_000)).isEqualTo("+$142k");
        assertThat(Figures.compactDelta(1_250_000)).isEqualTo("+$1.25M");
        assertThat(Figures.compactDelta(999.7)).isEqualTo("+$1k");
        assertThat(Figures.compactDelta(137.4)).isEqualTo("+$137");
        assertThat(Figures.compactDelta(-0.42)).isEqualTo("-$0.42");
        assertThat(Figures.compactDelta(0.001)).isEqualTo("$0");
        assertThat(Figures.compactDelta(Double.NaN)).isEqualTo("–");
    }

    @Test
    void cellsSortByTheirFiguresNotTheirTextAndThoseWithoutAFigureLast() {
        List<Cell> cells = new ArrayList<>(List.of(Cell.of("$14,200", 14_200), Cell.text("n/a"), Cell.of("$9,630", 9_630),
                Cell.of("$10,500", 10_500)));
        cells.sort(null);
        assertThat(cells).extracting(Cell::text).containsExactly("$9,630", "$10,500", "$14,200", "n/a");
    }
}
