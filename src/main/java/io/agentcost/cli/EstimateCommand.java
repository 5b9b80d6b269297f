package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.app.EstimateReport;
import io.agentcost.model.Phase;
import io.agentcost.report.EstimateCsv;
import io.agentcost.report.EstimateJson;
import io.agentcost.report.EstimateTable;
import io.agentcost.scenario.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "estimate", description = "Nominal monthly cost (every input at its median) per phase and architecture, with line items.")
final class EstimateCommand implements Callable<Integer> {

    enum OutputFormat { table, json, csv }

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--phase", paramLabel = "P", description = "Only this phase.")
    String phase;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    EstimateCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LoadResult loaded = Scenarios.load(services, file);
        if (phase != null && loaded.scenario().phase(phase) == null) {
            List<String> names = loaded.scenario().phases().stream().map(Phase::name).toList();
            throw new BadInput(List.of(file + ": --phase " + phase + ": no such phase (phases: " + String.join(", ", names) + ")"));
        }
        EstimateReport report = services.estimate(loaded.scenario(), loaded.catalog(), phase);
        String text = switch (format) {
            case table -> EstimateTable.render(report);
            case json -> EstimateJson.render(report);
            case csv -> EstimateCsv.render(report);
        };
        spec.commandLine().getOut().print(text);
        if (format != OutputFormat.table) report.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        return Cli.OK;
    }
}
