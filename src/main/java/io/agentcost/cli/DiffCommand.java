package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.app.EstimateReport;
import io.agentcost.model.Phase;
import io.agentcost.report.Diff;
import io.agentcost.report.DiffReport;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationException;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = {"What changes from scenario A to scenario B: per phase and architecture the nominal totals and their"
        + " difference, the line items added, removed or changed (largest first), and the change of the simulated P10/P50/P90.",
        "Both files are simulated with A's seed, iterations and sampling (or the options given), so the uncertain inputs they share draw"
        + " the same values."})
final class DiffCommand implements Callable<Integer> {

    enum OutputFormat { table, json }

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The scenario before (YAML).")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "The scenario after (YAML).")
    Path fileB;

    @Option(names = "--phase", paramLabel = "P", description = "Only this phase (it must be in A or B).")
    String phase;

    /** --iterations, --seed and --sampling, as simulate and forecast take them; the defaults are A's. */
    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    DiffCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        // both files' problems at once: fixing A only to be told about B is a second round trip
        LoadResult a = services.load(fileA);
        LoadResult b = services.load(fileB);
        List<String> problems = new ArrayList<>();
        if (!a.ok()) a.problems().forEach(p -> problems.add(p.format()));
        if (!b.ok()) b.problems().forEach(p -> problems.add(p.format()));
        if (!problems.isEmpty()) throw new BadInput(problems);
        if (phase != null && a.scenario().phase(phase) == null && b.scenario().phase(phase) == null) {
            List<String> names = new ArrayList<>();
            a.scenario().phases().stream().map(Phase::name).forEach(names::add);
            b.scenario().phases().stream().map(Phase::name).filter(n -> !names.contains(n)).forEach(names::add);
            throw new BadInput(List.of(fileA + ", " + fileB + ": --phase " + phase + ": no such phase in either file (phases: "
                    + String.join(", ", names) + ")"));
        }
        // a fixed number of iterations for both (a convergence target would stop each at its own count)
        Integer n = run.iterations != null ? run.iterations : SimulationOptions.of(a.scenario().simulation()).iterations();
        SimulationOptions options = Options.of(a.scenario().simulation(), n, run.seed, run.sampling, null, fileA);
        EstimateReport ea = only(services.estimate(a.scenario(), a.catalog(), null));
        EstimateReport eb = only(services.estimate(b.scenario(), b.catalog(), null));
        SimulationResult sa = simulate(a, options, fileA);
        SimulationResult sb = simulate(b, options, fileB);
        Diff diff = Diff.of(ea, eb, sa, sb);
        DiffReport.Run runRecord = new DiffReport.Run(fileA.toString(), fileB.toString(), sa.run());
        spec.commandLine().getOut().print(format == OutputFormat.json ? DiffReport.json(diff, runRecord) : DiffReport.table(diff, runRecord));
        return Cli.OK;
    }

    /** The estimate restricted to --phase (a phase only one file has is then added or removed). */
    private EstimateReport only(EstimateReport r) {
        if (phase == null) return r;
        return new EstimateReport(r.scenario(), r.region(), r.catalogDate(), r.catalogFile(), r.hoursPerMonth(), r.discount(),
                r.phases().stream().filter(phase::equals).toList(), r.architectures(),
                r.results().stream().filter(e -> e.phase().equals(phase)).toList(), r.warnings());
    }

    private SimulationResult simulate(LoadResult loaded, SimulationOptions options, Path file) {
        try {
            return services.simulate(loaded.scenario(), loaded.catalog(), options, Progress.NONE, () -> false);
        } catch (SimulationException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage()));
        }
    }
}
