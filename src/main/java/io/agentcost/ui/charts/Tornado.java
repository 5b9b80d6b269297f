package io.agentcost.ui.charts;

import io.agentcost.simulation.SimulationResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the tornado shows of one phase × architecture: its widest swings, each with the input's values in the two
 * cases ("turns_per_conversation 2.9 → 6.8") and the month's cost in each, so a bar says what was changed and
 * by how much, not only that something moved.
 *
 * @param nominal the month's cost with every input at its median
 */
public record Tornado(String phase, String architecture, double nominal, List<Bar> bars) {

    /** Bars shown: the rest move the cost less than the smallest of these. */
    static final int BARS = 10;

    /**
     * @param lowInput the input at its P10 (NaN when the scenario does not say); {@code lowUsd} the month's cost then
     */
    public record Bar(String input, double lowInput, double highInput, double lowUsd, double highUsd) {

        /**
         * Two lines: the input as the file names it within the phase and architecture with its two values, then the
         * month's cost in the two cases ("turns_per_conversation 2.9 → 6.8" / "cost $10.4k → $11k"). In the label
         * rather than at the bar ends, where two bars on the same side of the nominal overwrote each other's figures.
         */
        public String label(String phase, String architecture, double nominal) {
            String name = input.replace("workload.", "").replace("phases." + phase + ".", "")
                    .replace("architectures." + architecture + ".", "").replace("agents.", "");
            String values = Double.isNaN(lowInput) ? "" : "  " + Money.quantity(lowInput) + " → " + Money.quantity(highInput);
            return name + values + "\ncost " + Money.against(lowUsd, nominal) + " → " + Money.against(highUsd, nominal);
        }
    }

    /**
     * @param inputValues path → {P10, P90} of each uncertain input (see {@code io.agentcost.app.TornadoInputs})
     */
    public static Tornado of(SimulationResult r, String phase, String architecture, Map<String, double[]> inputValues) {
        SimulationResult.CellResult cell = r.cell(phase, architecture);
        double nominal = cell == null ? 0 : cell.nominalUsd();
        List<Bar> bars = r.sensitivity().stream()
                .filter(s -> s.phase().equals(phase) && s.architecture().equals(architecture))
                .sorted(Comparator.comparingDouble(SimulationResult.Sensitivity::swing).reversed())
                .limit(BARS)
                .map(s -> {
                    double[] v = inputValues.getOrDefault(s.input(), new double[]{Double.NaN, Double.NaN});
                    return new Bar(s.input(), v[0], v[1], s.lowUsd(), s.highUsd());
                }).toList();
        return new Tornado(phase, architecture, nominal, bars);
    }

    /**
     * The architecture a tornado opens on: the phase's cheapest at the median, as the answer line names it (the
     * one a reader asks "what would move this?" of); null when the phase has none.
     */
    public static String cheapest(SimulationResult r, String phase) {
        return r.cells().stream().filter(c -> c.phase().equals(phase))
                .min(Comparator.comparingDouble(c -> c.total().p50()))
                .map(SimulationResult.CellResult::architecture).orElse(null);
    }
}
