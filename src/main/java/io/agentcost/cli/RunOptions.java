package io.agentcost.cli;

import io.agentcost.model.SimulationSettings;
import io.agentcost.simulation.SimulationOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The run options simulate and forecast share (a picocli mixin). */
final class RunOptions {

    @Option(names = "--iterations", paramLabel = "N", description = "Iterations (default: the scenario's simulation.iterations).")
    Integer iterations;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed, 0 to 2,147,483,647 (default: the scenario's).")
    Long seed;

    @Option(names = "--sampling", paramLabel = "M", description = "random, latin_hypercube or sobol (default: the scenario's).")
    String sampling;

    SimulationOptions resolve(SimulationSettings settings, Integer threads, Path file) {
        return Options.of(settings, iterations, seed, sampling, threads, file);
    }
}
