package io.agentcost.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agentcost.simulation.ForecastResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BandChoiceTest {

    private static ForecastResult forecast(List<String> archs) {
        double[] c = new double[archs.size()];
        for (int i = 0; i < c.length; i++) c[i] = 100 * (i + 1);
        List<ForecastResult.Month> months = new ArrayList<>();
        for (int m = 0; m <= 3; m++) months.add(new ForecastResult.Month(m, "dev", c, c, c, c, c, c, c));
        return new ForecastResult(null, archs, months, List.of(), List.of());
    }

    @Test
    void aReRunOfTheSameArchitecturesKeepsTheUsersBandsAndNewArchitecturesStartAgain() {
        BandChoice choice = new BandChoice();
        // cumulative medians 100, 200, 300: the two cheapest, a and b, are shaded at first
        choice.show(forecast(List.of("a", "b", "c")));
        assertEquals(Set.of("a", "b"), choice.bandsProperty().get());
        choice.set("b", false);
        choice.set("c", true);
        choice.show(forecast(List.of("a", "b", "c")));
        assertEquals(Set.of("a", "c"), choice.bandsProperty().get());
        choice.show(forecast(List.of("x", "y")));
        assertEquals(Set.of("x", "y"), choice.bandsProperty().get());
    }
}
