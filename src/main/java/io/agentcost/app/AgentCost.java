package io.agentcost.app;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.NominalEstimator;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.export.WorkbookExporter;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Distribution;
import io.agentcost.model.Estimate;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.Version;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.sampling.InverseCdf;
import io.agentcost.scenario.LoadResult;
import io.agentcost.scenario.ScenarioLoader;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.Forecaster;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The application services the CLI and the desktop app share: load and check a scenario against
 * the price catalog, and estimate it.
 */
public final class AgentCost {

    private final CatalogStore catalogs;
    private final ScenarioLoader loader;

    public AgentCost(Path pricingCache) {
        this(new CatalogStore(pricingCache));
    }

    public AgentCost(CatalogStore catalogs) {
        this.catalogs = catalogs;
        this.loader = new ScenarioLoader(catalogs);
    }

    /**
     * The installation's pricing cache ({@code -Dagentcost.home}, else the working directory) and, when that
     * is read-only (an installed app), the user's own cache where refreshed snapshots go: {@code
     * -Dagentcost.user.cache}, else {@code ~/.agentcost/pricing-cache}.
     */
    public static AgentCost forInstallation() {
        String user = System.getProperty("agentcost.user.cache");
        Path perUser = user != null ? Path.of(user) : Path.of(System.getProperty("user.home"), ".agentcost", "pricing-cache");
        return new AgentCost(CatalogStore.forInstallation(home().resolve("pricing-cache"), perUser));
    }

    public static Path home() {
        String env = System.getenv("AGENTCOST_HOME");
        String prop = System.getProperty("agentcost.home");
        Path home = Path.of(prop != null ? prop : env != null ? env : ".").toAbsolutePath().normalize();
        return Files.isDirectory(home.resolve("pricing-cache")) ? home : Path.of(".").toAbsolutePath().normalize();
    }

    public CatalogStore catalogs() {
        return catalogs;
    }

    public LoadResult load(Path scenarioFile) {
        return loader.load(scenarioFile);
    }

    public LoadResult parse(String text, String fileName) {
        return loader.parse(text, fileName);
    }

    /** Quantiles of a distribution at the given cumulative probabilities (for previews of an input's shape). */
    public static double[] quantiles(Distribution d, double... u) {
        InverseCdf f = InverseCdf.of(d);
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) out[i] = f.at(u[i]);
        return out;
    }

    /**
     * The mean over a {@code {varies: D}} (SPEC §12) on the points the cost model averages over (exact over a discrete
     * D, the midpoint rule on 1,000 points otherwise), so the Inputs tab shows the number the estimate uses.
     */
    public static double spreadMean(Distribution d) {
        return Variables.points(d, "preview", null).mean(x -> x);
    }

    /** A Monte Carlo run of every phase × architecture on the same draws. */
    public SimulationResult simulate(Scenario s, Catalog catalog, SimulationOptions options,
                                                              Progress progress,
                                                              BooleanSupplier cancelled) {
        CostModel model = CostModel.compile(s, catalog);
        return Simulator.run(model, options, progress, cancelled);
    }

    /** The monthly forecast over the scenario's timeline. */
    public ForecastResult forecast(Scenario s, Catalog catalog, SimulationOptions options,
                                                           Progress progress,
                                                           BooleanSupplier cancelled) {
        return Forecaster.run(CostModel.compile(s, catalog), options, progress, cancelled);
    }

    /**
     * The what-if workbook (SPEC §8): the simulation and forecast are run with {@code options}, then the
     * workbook is written atomically to {@code out}. Progress covers both runs.
     */
    public void exportWorkbook(Scenario s, Catalog catalog, String scenarioFile, SimulationOptions options,
                               Progress progress, BooleanSupplier cancelled, Path out)
            throws IOException {
        WorkbookExporter.checkTarget(out);
        // one compiled model for the run, the forecast and the nominal estimate beside the live formulas
        CostModel model = CostModel.compile(s, catalog);
        SimulationResult sim = Simulator.run(model, options,
                (done, total) -> progress.update(done, 2L * total), cancelled);
        ForecastResult forecast = Forecaster.run(model, options,
                (done, total) -> progress.update(total + done, 2L * total), cancelled);
        List<Estimate> nominal = NominalEstimator.estimate(model);
        WorkbookExporter.write(new WorkbookExporter.Content(s, catalog, scenarioFile, nominal, sim,
                forecast, Version.current()), out);
    }

    /** The nominal estimate of every phase (or the one named) × architecture. */
    public EstimateReport estimate(Scenario s, Catalog catalog, String onlyPhase) {
        CostModel model = CostModel.compile(s, catalog);
        List<Estimate> results = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>(model.warnings());
        for (Estimate e : NominalEstimator.estimate(model)) {
            if (onlyPhase != null && !e.phase().equals(onlyPhase)) continue;
            results.add(e);
            for (String w : e.warnings()) warnings.add(s.phases().size() > 1 ? "phase " + e.phase() + ": " + w : w);
        }
        List<String> phases = s.phases().stream().map(Phase::name).filter(p -> onlyPhase == null || p.equals(onlyPhase)).toList();
        return new EstimateReport(s.name(), s.region(), catalog.snapshotDate(), catalog.origin(), s.hoursPerMonth(), s.discount(),
                phases, s.architectures().stream().map(ArchitectureSpec::name).toList(), results, List.copyOf(warnings));
    }
}
