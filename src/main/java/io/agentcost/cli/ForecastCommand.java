package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.report.ForecastReport;
import io.agentcost.report.SimulationCsv;
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

@Command(name = "forecast", description = "Month-by-month cost over the timeline with P10/P50/P90, cumulative cost and break-even months.")
final class ForecastCommand implements Callable<Integer> {

    enum OutputFormat { table, json, csv }

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    ForecastCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LoadResult loaded = Scenarios.load(services, file);
        SimulationOptions options = run.resolve(loaded.scenario().simulation(), null, file);
        try {
            var f = services.forecast(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false);
            spec.commandLine().getOut().print(switch (format) {
                case json -> ForecastReport.json(loaded.scenario().name(), f, loaded.scenario().startMonth());
                case csv -> SimulationCsv.forecast(f);
                case table -> ForecastReport.table(loaded.scenario().name(), f, loaded.scenario().startMonth());
            });
        } catch (SimulationException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage()));
        }
        return Cli.OK;
    }
}
