package io.agentcost.bench;

import io.agentcost.app.AgentCost;
import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.NominalEstimator;
import io.agentcost.export.WorkbookExporter;
import io.agentcost.model.Scenario;
import io.agentcost.model.SimulationSettings;
import io.agentcost.pricing.Catalog;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.Forecaster;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The workbook export of SPEC §9: a 100,000-iteration export of scenarios/support-agent.yaml (the
 * simulation, the 24-month forecast, the workbook with its formulas evaluated, written to disk), as
 * `agentcost export` does it, in a fresh JVM (what a user waits for) and warm. Run: mvn -Pbench verify.
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("agentcost.root", "."));
        AgentCost services = new AgentCost(root.resolve("pricing-cache"));
        Path file = root.resolve("scenarios/support-agent.yaml");
        var loaded = services.load(file);
        if (!loaded.ok()) throw new IllegalStateException(loaded.problems().toString());
        int cores = Runtime.getRuntime().availableProcessors();
        SimulationOptions options = new SimulationOptions(100_000, 42, SimulationSettings.Sampling.LATIN_HYPERCUBE, null, 100_000, cores);
        Path out = Files.createTempFile("agentcost-bench", ".xlsx");
        double[][] runs = new double[4][];
        for (int i = 0; i < runs.length; i++) runs[i] = once(loaded.scenario(), loaded.catalog(), file, options, out);
        long bytes = Files.size(out);
        Files.deleteIfExists(out);
        double[][] warm = Arrays.copyOfRange(runs, 1, runs.length);
        System.out.println();
        System.out.println("## Workbook export benchmark (scenarios/support-agent.yaml, 100,000 iterations, " + cores + " threads)");
        System.out.println();
        System.out.println("| step | first export in a fresh JVM | warm (median of 3) |");
        System.out.println("|---|---|---|");
        String[] steps = {"simulation (all phases × architectures, statistics)", "24-month forecast", "workbook built and formulas evaluated (POI)",
                "written to disk", "**total**"};
        for (int s = 0; s < steps.length; s++) {
            int k = s;
            double[] w = Arrays.stream(warm).mapToDouble(r -> r[k]).toArray();
            System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s |%n", steps[s], runs[0][s], median(w));
        }
        System.out.printf(Locale.ROOT, "%nWorkbook size: %,d KB%n", bytes >> 10);
    }

    /** Seconds of each step and the total. */
    private static double[] once(Scenario s, Catalog catalog, Path file, SimulationOptions options,
                                 Path out) throws Exception {
        long t0 = System.nanoTime();
        CostModel model = CostModel.compile(s, catalog);
        SimulationResult sim = Simulator.run(model, options);
        long t1 = System.nanoTime();
        ForecastResult forecast = Forecaster.run(model, options, (d, t) -> { }, () -> false);
        long t2 = System.nanoTime();
        var content = new WorkbookExporter.Content(s, catalog, file.toString(), NominalEstimator.estimate(model), sim, forecast, "bench");
        var wb = WorkbookExporter.build(content);
        long t3 = System.nanoTime();
        try (var stream = Files.newOutputStream(out)) {
            wb.write(stream);
        }
        wb.close();
        long t4 = System.nanoTime();
        return new double[]{(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9};
    }

    private static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
