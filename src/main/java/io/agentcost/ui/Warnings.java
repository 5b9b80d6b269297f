package io.agentcost.ui;

import io.agentcost.app.EstimateReport;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.SimulationResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warnings of the results on screen, as the CLI prints them last: the nominal estimate's (a fixed
 * SageMaker endpoint that cannot serve the demand, a missing price), the simulation's and the forecast's,
 * each once. The main window lists them in a panel under the answer line (WarningsPanel), where a reader of the answer sees them.
 */
final class Warnings {

    private Warnings() {
    }

    static List<String> of(EstimateReport estimate, SimulationResult simulation, ForecastResult forecast) {
        Set<String> all = new LinkedHashSet<>();
        if (estimate != null) all.addAll(estimate.warnings());
        if (simulation != null) all.addAll(simulation.warnings());
        if (forecast != null) all.addAll(forecast.warnings());
        // the simulation says "architecture x: ..." where the estimate said "phase p: architecture x: ...": keep the longer
        return all.stream().filter(w -> all.stream().noneMatch(v -> v.length() > w.length() && v.endsWith(w))).toList();
    }
}
