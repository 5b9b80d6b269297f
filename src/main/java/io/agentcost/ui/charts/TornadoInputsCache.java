package io.agentcost.ui.charts;

import io.agentcost.app.TornadoInputs;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import java.util.Map;

/**
 * The tornado's input values of the scenario on screen, compiled once per loaded scenario rather than on every
 * change of phase or architecture.
 */
public record TornadoInputsCache(Scenario scenario, Catalog catalog, Map<String, double[]> values) {

    public static final TornadoInputsCache EMPTY = new TornadoInputsCache(null, null, Map.of());

    /** This cache when it is of the same scenario and catalog, else a new one (empty without a scenario). */
    public TornadoInputsCache of(Scenario s, Catalog c) {
        if (s == scenario && c == catalog) return this;
        if (s == null || c == null) return EMPTY;
        try {
            return new TornadoInputsCache(s, c, TornadoInputs.of(s, c));
        } catch (RuntimeException e) {
            // the bars still show, without their input values
            return new TornadoInputsCache(s, c, Map.of());
        }
    }
}
