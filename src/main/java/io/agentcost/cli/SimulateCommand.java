package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.report.Guardrail;
import io.agentcost.report.SimulationCsv;
import io.agentcost.report.SimulationJson;
import io.agentcost.report.SimulationTable;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationException;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

    enum OutputFormat { table, json, csv }

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores; results do not depend on it).")
    Integer threads;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-if", paramLabel = "EXPR", description = {
            "CI guardrail, repeatable: exit " + Cli.GUARDRAIL + " when a phase × architecture breaks it, e.g. 'p90 > 20000' or"
                    + " 'launch/serverless p_exceed_budget >= 0.1'.",
            "STAT: mean, p5, p10, p25, p50, p75, p90, p95, p99 (USD a month), p_exceed_budget, p_kill_switch, p_commitment_wasted"
                    + " (0 to 1, or 10%%); OP: >, >=, <, <=; PHASE or ARCHITECTURE may be *, and a name with a space or a"
                    + " slash goes in double quotes ('\"eu launch\"/serverless p90 > 20000'); p_commitment_wasted looks at the"
                    + " architectures with commitments."})
    List<String> failIf = new ArrayList<>();

    /** -Dagentcost.trace=true prints how long the report took to stderr, after the simulator's own stages. */
    private static final boolean TRACE = Boolean.getBoolean("agentcost.trace");

    SimulateCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        // a malformed guardrail is found before the run, not after minutes of it
        List<Guardrail> guardrails = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : failIf) {
            try {
                guardrails.add(Guardrail.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add("--fail-if '" + text + "': " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new BadInput(problems);
        LoadResult loaded = Scenarios.load(services, file);
        SimulationOptions options = run.resolve(loaded.scenario().simulation(), threads, file);
        SimulationResult result;
        try {
            result = services.simulate(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false);
        } catch (SimulationException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage()));
        }
        List<Guardrail.Breach> breaches = new ArrayList<>();
        for (Guardrail g : guardrails) {
            try {
                breaches.addAll(g.check(result));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": --fail-if '" + g.text() + "': " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new BadInput(problems);
        long rendering = System.nanoTime();
        String text = switch (format) {
            case json -> SimulationJson.render(loaded.scenario().name(), result);
            case csv -> SimulationCsv.simulation(result);
            case table -> SimulationTable.render(loaded.scenario().name(), loaded.scenario().budget(), result);
        };
        if (TRACE) System.err.printf("render: %.3f s%n", (System.nanoTime() - rendering) / 1e9);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        if (TRACE) System.err.printf("render and print: %.3f s%n", (System.nanoTime() - rendering) / 1e9);
        if (guardrails.isEmpty()) return Cli.OK;
        PrintWriter err = spec.commandLine().getErr();
        if (breaches.isEmpty()) {
            err.println("agentcost: guardrails held (" + guardrails.size() + " checked on " + result.cells().size() + " phase × architecture cells)");
            return Cli.OK;
        }
        breaches.forEach(b -> err.println("guardrail broken: " + b.message()));
        err.println("agentcost: " + breaches.size() + (breaches.size() == 1 ? " cell breaks" : " cells break") + " a --fail-if guardrail (exit "
                + Cli.GUARDRAIL + ")");
        return Cli.GUARDRAIL;
    }
}
