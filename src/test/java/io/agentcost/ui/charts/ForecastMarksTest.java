package io.agentcost.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.ForecastResult.BreakEven;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastMarksTest {

    private static final List<String> ARCHS = List.of("bedrock", "endpoint", "fixed");

    /** Months 0–24 whose last cumulative medians are {@code last} (the rest does not matter to the marks). */
    private static ForecastResult forecast(double[] last, List<BreakEven> breakEvens) {
        List<ForecastResult.Month> months = new ArrayList<>();
        double[] zero = new double[3];
        for (int m = 0; m <= 24; m++) {
            double[] c = m == 24 ? last : zero;
            months.add(new ForecastResult.Month(m, "scale", zero, zero, zero, zero, c, c, c));
        }
        return new ForecastResult(null, ARCHS, months, breakEvens, List.of());
    }

    @Test
    void theCheapestOverTheHorizonIsMarkedWhereItOvertakesTheOthersEarliestFirst() {
        // endpoint is cheapest at month 24 (300k < 400k < 500k): its two break-evens are marked, months 9 then 20;
        // bedrock–fixed (month 5) is not about the cheapest and is left out
        ForecastResult f = forecast(new double[]{400_000, 300_000, 500_000}, List.of(
                new BreakEven("bedrock", "endpoint", 20, 0.63, 19, "endpoint"),
                new BreakEven("bedrock", "fixed", 5, 0.9, 5, "bedrock"),
                new BreakEven("endpoint", "fixed", 9, 0.4, 10, "endpoint")));
        List<ForecastMarks.Mark> marks = ForecastMarks.of(f);
        assertEquals(List.of(9, 20), marks.stream().map(ForecastMarks.Mark::month).toList());
        assertEquals("month 20: endpoint's cumulative cost falls below bedrock's (63%)", marks.get(1).sentence());
        // the axis runs from month 0 to 24, middle 12: month 9's label runs right of its line, month 20's left, so
        // neither runs past the plot's edge; and they sit on two lines
        assertFalse(marks.get(0).textLeft());
        assertTrue(marks.get(1).textLeft());
        assertEquals(List.of(0, 1), marks.stream().map(ForecastMarks.Mark::row).toList());
        // the bands shaded at first are the first break-even's pair
        assertEquals(List.of("endpoint", "fixed"), ForecastMarks.defaultBands(f));
    }

    @Test
    void pairsThatBreakEvenInTheSameMonthShareOneMark() {
        // endpoint (cheapest at 24) overtakes bedrock and fixed both in month 7: one line, one label, one sentence
        ForecastResult f = forecast(new double[]{400_000, 300_000, 500_000}, List.of(
                new BreakEven("bedrock", "endpoint", 7, 1.0, 7, "endpoint"),
                new BreakEven("endpoint", "fixed", 7, 0.97, 7, "endpoint")));
        List<ForecastMarks.Mark> marks = ForecastMarks.of(f);
        assertEquals(1, marks.size());
        assertEquals("break-even, month 7", marks.get(0).label());
        assertEquals("month 7: endpoint's cumulative cost falls below bedrock's (100%), fixed's (97%)", marks.get(0).sentence());
    }

    @Test
    void withoutABreakEvenTheTwoCheapestAreShaded() {
        ForecastResult f = forecast(new double[]{400_000, 300_000, 500_000}, List.of(new BreakEven("bedrock", "endpoint", null, 0.1, null, "endpoint")));
        assertEquals(List.of(), ForecastMarks.of(f));
        assertEquals(List.of("endpoint", "bedrock"), ForecastMarks.defaultBands(f));
    }
}
