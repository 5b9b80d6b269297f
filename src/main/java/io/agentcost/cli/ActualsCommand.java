package io.agentcost.cli;

import io.agentcost.app.ActualsComparison;
import io.agentcost.app.ActualsReport;
import io.agentcost.app.AgentCost;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.CostLine;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.SimulationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        print(spec.commandLine().getOut(), r);
        return Cli.OK;
    }

    static void print(PrintWriter out, ActualsReport r) {
        out.printf("%s (%s), %s against phase %s (%s), architecture %s, %d iterations%n%n", r.file(), r.format(), r.month(), r.phase(),
                r.phaseReason(), r.architecture(), r.iterations());
        table(out, "service", r.services());
        if (!r.agents().isEmpty()) {
            out.println();
            table(out, "agent", r.agents());
        }
        out.println();
        table(out, "", List.of(r.total()));
        if (!r.unknown().isEmpty()) {
            out.printf("%nUsage types no component of the plan bills (compared in the total, not per service):%n");
            for (CostLine l : r.unknown()) out.printf("  %-28s %-40s %12s   (%s:%d)%n", l.productCode(), l.usageType(), usd(l.usd()), l.file(), l.line());
        }
        if (!r.notCompared().isEmpty()) {
            out.printf("%nNot compared (the plan does not estimate them):%n");
            for (CostLine l : r.notCompared()) out.printf("  %-10s %-28s %-30s %12s%n", l.lineType(), l.productCode(), l.usageType(), usd(l.usd()));
        }
    }

    private static void table(PrintWriter out, String what, List<ActualsReport.Row> rows) {
        out.printf("%-20s %12s %12s %12s %12s %22s%n", what, "actual", "plan P10", "plan P50", "plan P90", "actual at");
        for (ActualsReport.Row row : rows) {
            out.printf("%-20s %12s %12s %12s %12s %22s%n", row.name(), usd(row.actualUsd()), usd(row.p10()), usd(row.p50()), usd(row.p90()),
                    row.placement() == null ? "not in plan" : row.placement().label());
            for (ActualsReport.Explain e : row.lines())
                out.printf("    %-6s %-60s %12s%n", e.side(), e.name().length() > 60 ? e.name().substring(0, 59) + "…" : e.name(), usd(e.usd()));
        }
    }

    private static String usd(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%,.2f", v);
    }
}
