package io.agentcost.cli;

import io.agentcost.app.ActualsComparison;
import io.agentcost.app.ActualsReport;
import io.agentcost.app.AgentCost;
import io.agentcost.calibrate.BadFile;
import io.agentcost.report.ActualsJson;
import io.agentcost.report.ActualsTable;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.SimulationException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actuals", description = "Places a month of a CUR 2.0, CUR or Cost Explorer CSV export inside the plan's simulated"
        + " distribution: the percentile of the actual per service and agent tag, the lines behind each gap, unknown usage types.")
final class ActualsCommand implements Callable<Integer> {

    enum OutputFormat { table, json }

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUR.csv", description = "Cost export (CSV, plain or gzip; Parquet is refused with a message).")
    Path costs;

    @Option(names = "--scenario", paramLabel = "S.yaml", required = true, description = "The plan.")
    Path scenario;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Month to compare (default: the latest in the export).")
    String month;

    @Option(names = "--agent-tag", paramLabel = "KEY", description = "Cost-allocation tag naming the agent (user:KEY or KEY).")
    String agentTag;

    @Option(names = "--phase", paramLabel = "P", description = "Phase to compare with (default: the month's phase by start_month and timeline, or the only phase).")
    String phase;

    @Option(names = "--architecture", paramLabel = "A", description = "Architecture the bill is for (default: the only one).")
    String architecture;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    RunOptions run = new RunOptions();

    ActualsCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LoadResult loaded = Scenarios.load(services, scenario);
        ActualsReport r;
        try {
            r = ActualsComparison.run(services, loaded.scenario(), loaded.catalog(), costs, month, agentTag, phase, architecture,
                    run.resolve(loaded.scenario().simulation(), null, scenario));
        } catch (BadFile e) {
            throw new BadInput(e.messages());
        } catch (SimulationException e) {
            throw new BadInput(List.of(scenario + ": " + e.getMessage()));
        }
        spec.commandLine().getOut().print(format == OutputFormat.json ? ActualsJson.render(r) : ActualsTable.render(r));
        return Cli.OK;
    }
}
