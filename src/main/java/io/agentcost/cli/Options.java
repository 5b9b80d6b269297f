package io.agentcost.cli;

import io.agentcost.model.SimulationSettings;
import io.agentcost.simulation.SimulationOptions;
import java.nio.file.Path;
import java.util.List;

/** Command-line overrides of a scenario's simulation settings, checked like file input. */
final class Options {

    private Options() {
    }

    static SimulationOptions of(SimulationSettings s, Integer iterations, Long seed, String sampling, Integer threads, Path file) {
        SimulationSettings.Sampling method = s.sampling();
        if (sampling != null) {
            method = SimulationSettings.Sampling.fromKey(sampling);
            if (method == null) throw new BadInput(List.of("--sampling " + sampling + ": expected random, latin_hypercube or sobol"));
        }
        if (iterations != null && (iterations < 1 || iterations > 50_000_000)) {
            throw new BadInput(List.of("--iterations " + iterations + ": expected 1 to 50,000,000"));
        }
        // the file's bound (simulation.seed): the seed a run records can be written back into the scenario
        if (seed != null && (seed < 0 || seed > Integer.MAX_VALUE)) {
            throw new BadInput(List.of("--seed " + seed + ": expected a whole number from 0 to 2,147,483,647"));
        }
        if (threads != null && (threads < 1 || threads > 256)) throw new BadInput(List.of("--threads " + threads + ": expected 1 to 256"));
        SimulationOptions o = SimulationOptions.of(s);
        int n = iterations != null ? iterations : o.iterations();
        return new SimulationOptions(n, seed != null ? seed : o.seed(), method, iterations != null ? null : o.targetRelativeError(),
                Math.max(n, o.maxIterations()), threads != null ? threads : o.threads());
    }
}
