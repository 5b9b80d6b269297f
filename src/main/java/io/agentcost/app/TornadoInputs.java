package io.agentcost.app;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.sampling.InverseCdf;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values each uncertain input takes in the tornado's two cases, so a chart can say "turns_per_conversation
 * 2.9 → 6.8" beside the costs: the same exact quantile functions at 0.10 and 0.90 as the simulation's
 * sensitivity, keyed by the input's path ({@code SimulationResult.Sensitivity#input}).
 */
public final class TornadoInputs {

    private TornadoInputs() {
    }

    /** Path → {value at P10, value at P90} for every uncertain input of the compiled scenario. */
    public static Map<String, double[]> of(Scenario s, Catalog catalog) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Variables.Variable v : CostModel.compile(s, catalog).variables().all()) {
            if (v.distribution().isFixed()) continue;
            InverseCdf f = InverseCdf.of(v.distribution());
            out.put(v.path(), new double[]{f.at(0.10), f.at(0.90)});
        }
        return out;
    }
}
