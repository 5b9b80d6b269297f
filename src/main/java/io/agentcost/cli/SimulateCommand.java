package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.report.SimulationJson;
import io.agentcost.report.SimulationTable;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationException;
import io.agentcost.simulation.SimulationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", description = "Monte Carlo: percentiles, budget risk, chance of being cheapest and drivers per phase and architecture.")
final class SimulateCommand implements Callable<Integer> {

    enum OutputFormat { table, json }

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores; results do not depend on it).")
    Integer threads;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    SimulateCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LoadResult loaded = Scenarios.load(services, file);
        SimulationOptions options = run.resolve(loaded.scenario().simulation(), threads, file);
        try {
            var result = services.simulate(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false);
            spec.commandLine().getOut().print(format == OutputFormat.json
                    ? SimulationJson.render(loaded.scenario().name(), result)
                    : SimulationTable.render(loaded.scenario().name(), loaded.scenario().budget(), result));
        } catch (SimulationException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage()));
        }
        return Cli.OK;
    }
}
