package io.agentcost.bench;

import io.agentcost.app.AgentCost;
import io.agentcost.estimate.CostModel;
import io.agentcost.model.SimulationSettings;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.Forecaster;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Simulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The simulation benchmark of SPEC §9 on one scenario (every phase × architecture, full statistics: cells,
 * parts and sensitivity): 1,000,000 iterations wall time, throughput against a sampling-only run of the same
 * draws (of 1,000,000 draws when that baseline's stored inputs fit half the heap, else of fewer), the
 * 10,000-iteration preview, the peak heap, and the 24-month forecast of 100,000 iterations.
 * Run: mvn -Pbench verify, which runs it in a separate JVM with -Xmx1g for scenarios/support-agent.yaml and
 * for scenarios/uncertain-fleet.yaml (where every input is uncertain). Warm-up runs first; each figure is the
 * median of several runs.
 *
 * <p>Arguments: the scenario file (default scenarios/support-agent.yaml), then optionally the number of
 * full/sampling-only pairs (default 15), of warm-up previews (100), of timed previews (30) and of
 * 1,000,000-iteration runs timed apart when the pairs run at fewer draws (as many as pairs): a heavier
 * scenario can take fewer, so the whole benchmark stays within minutes.
 */
public final class SimulationBenchmark {

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("agentcost.root", "."));
        String file = args.length > 0 ? args[0] : "scenarios/support-agent.yaml";
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int warmPreviews = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int timedPreviews = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int fullRuns = args.length > 4 ? Integer.parseInt(args[4]) : pairs;
        long started = System.nanoTime();
        AgentCost services = new AgentCost(root.resolve("pricing-cache"));
        var loaded = services.load(root.resolve(file));
        if (!loaded.ok()) throw new IllegalStateException(loaded.problems().toString());
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        int cores = Runtime.getRuntime().availableProcessors();
        SimulationOptions base = new SimulationOptions(1_000_000, 42, SimulationSettings.Sampling.LATIN_HYPERCUBE, null, 1_000_000, cores);
        long uncertain = model.variables().all().stream().filter(v -> !v.distribution().isFixed()).count();

        // a live preview is measured first, as in an editing session: warmed by previews, not by million-iteration runs
        long cold0 = System.nanoTime();
        Simulator.run(model, base.withIterations(10_000));
        double coldPreview = (System.nanoTime() - cold0) / 1e9;
        for (int i = 0; i < warmPreviews; i++) Simulator.run(model, base.withIterations(10_000));
        double[] preview = new double[timedPreviews];
        for (int i = 0; i < preview.length; i++) {
            long t0 = System.nanoTime();
            Simulator.run(model, base.withIterations(10_000));
            preview[i] = (System.nanoTime() - t0) / 1e9;
        }
        for (int i = 0; i < 3; i++) fullStatistics(Simulator.run(model, base.withIterations(200_000)));

        // The sampling-only baseline keeps every sampled input of every draw (8 bytes) beside the Latin hypercube's
        // strata (4 bytes): with many uncertain inputs it does not fit a 1 GB heap at 1,000,000 draws, and a
        // baseline that spends its time collecting garbage flatters the ratio. It then runs at fewer draws.
        long maxHeap = Runtime.getRuntime().maxMemory();
        int ratioIterations = 12L * uncertain * 1_000_000 <= maxHeap / 2 ? 1_000_000
                : (int) Math.max(100_000, maxHeap / 2 / (12L * uncertain) / 100_000 * 100_000);
        SimulationOptions paired = base.withIterations(ratioIterations);

        // full runs and sampling-only runs alternate, so that both meet the same noise of a shared machine;
        // the throughput ratio is the median of the ratios of each pair
        Timing pairedFull = new Timing(pairs);
        double[] sampling = new double[pairs];
        double[] ratio = new double[pairs];
        double[] ratioWithoutParts = new double[pairs];
        double[] drawsOnly = new double[pairs];
        double[] drawsRatio = new double[pairs];
        long baselinePeak = 0;
        for (int i = 0; i < pairs; i++) {
            pairedFull.time(i, model, paired);
            resetPeaks();
            sampling[i] = Simulator.samplingOnlySeconds(model, paired);
            baselinePeak = Math.max(baselinePeak, peakHeap());
            ratio[i] = sampling[i] / pairedFull.full[i];
            ratioWithoutParts[i] = sampling[i] / pairedFull.run[i];
            drawsOnly[i] = Simulator.samplingOnlySeconds(model, paired, false);
            drawsRatio[i] = drawsOnly[i] / pairedFull.full[i];
        }
        Timing full = pairedFull;
        if (ratioIterations < 1_000_000) {
            full = new Timing(fullRuns);
            for (int i = 0; i < fullRuns; i++) full.time(i, model, base);
        }
        int singles = pairs >= 10 ? 3 : 1;
        double[] single = new double[singles];
        for (int i = 0; i < single.length; i++) {
            long t0 = System.nanoTime();
            fullStatistics(Simulator.run(model, base.withThreads(1)));
            single[i] = (System.nanoTime() - t0) / 1e9;
        }

        // the forecast: a warm-up, then three timed runs
        SimulationOptions forecastOptions = base.withIterations(100_000);
        ForecastResult forecast = Forecaster.run(model, forecastOptions, (d, t) -> { }, () -> false);
        double[] forecastSeconds = new double[3];
        for (int i = 0; i < forecastSeconds.length; i++) {
            long t0 = System.nanoTime();
            forecast = Forecaster.run(model, forecastOptions, (d, t) -> { }, () -> false);
            forecastSeconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        int months = forecast.months().size() - 1;

        double fullMedian = median(full.full), samplingMedian = median(sampling);
        String at = ratioIterations == 1_000_000 ? "" : String.format(Locale.ROOT, " (at %,d iterations: at 1,000,000 the baseline's stored draws alone would take %,d MB)",
                ratioIterations, 12L * uncertain * 1_000_000 >> 20);
        System.out.println();
        System.out.printf(Locale.ROOT, "## Simulation benchmark (%s: %d phases × %d architectures, %d agent types, %d cells, %d parts, %d uncertain inputs)%n",
                file, loaded.scenario().phases().size(), loaded.scenario().architectures().size(), loaded.scenario().agents().size(),
                full.cells, full.partsCount, uncertain);
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s %s, max heap %d MB%n%n", cores, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), maxHeap >> 20);
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| 1,000,000 iterations, all phases and architectures, full statistics: cells, parts, sensitivity (%d threads) | %.2f s median of %d (%.2f–%.2f s) = %,.0f iterations/s |%n",
                cores, fullMedian, full.full.length, min(full.full), max(full.full), 1_000_000 / fullMedian);
        System.out.printf(Locale.ROOT, "| of which the run (cells and sensitivity; parts are summarised on first use) | %.2f s median (%.2f–%.2f s) |%n",
                median(full.run), min(full.run), max(full.run));
        System.out.printf(Locale.ROOT, "| of which the statistics of all %d parts (category, service, agent; from the first %,d iterations) | %.2f s median |%n",
                full.partsCount, full.breakdownIterations, median(full.parts));
        System.out.printf(Locale.ROOT, "| same, 1 thread | %.2f s median of %d |%n", median(single), singles);
        if (ratioIterations < 1_000_000) {
            System.out.printf(Locale.ROOT, "| %,d iterations, full statistics, each paired with a sampling-only run | %.2f s median (%.2f–%.2f s) = %,.0f iterations/s |%n",
                    ratioIterations, median(pairedFull.full), min(pairedFull.full), max(pairedFull.full), ratioIterations / median(pairedFull.full));
        }
        System.out.printf(Locale.ROOT, "| sampling-only run of the same draws (inputs drawn, stored, summarised), each right after a full run%s | %.2f s median (%.2f–%.2f s) = %,.0f iterations/s |%n",
                at, samplingMedian, min(sampling), max(sampling), ratioIterations / samplingMedian);
        System.out.printf(Locale.ROOT, "| full-run throughput / sampling-only throughput, per pair | %.2f median (%.2f–%.2f); without the parts' statistics: %.2f median (%.2f–%.2f) |%n",
                median(ratio), min(ratio), max(ratio), median(ratioWithoutParts), min(ratioWithoutParts), max(ratioWithoutParts));
        System.out.printf(Locale.ROOT, "| draws alone (drawn and stored, no statistics), after the same full runs | %.2f s median (%.2f–%.2f s); full-run throughput / this: %.2f median (%.2f–%.2f) |%n",
                median(drawsOnly), min(drawsOnly), max(drawsOnly), median(drawsRatio), min(drawsRatio), max(drawsRatio));
        System.out.printf(Locale.ROOT, "| 10,000-iteration preview, first in a fresh JVM (what the app shows at start) | %.0f ms |%n", 1000 * coldPreview);
        System.out.printf(Locale.ROOT, "| 10,000-iteration preview after %d previews (an editing session) | %.0f ms median of %d (best %.0f ms) |%n",
                warmPreviews, 1000 * median(preview), timedPreviews, 1000 * min(preview));
        System.out.printf(Locale.ROOT, "| peak heap during the 1,000,000-iteration runs (-Xmx1g; sum of the pools' peaks, an upper bound) | %d MB (sampling-only runs of %,d: %d MB) |%n",
                full.peak >> 20, ratioIterations, baselinePeak >> 20);
        System.out.printf(Locale.ROOT, "| %d-month forecast, 100,000 iterations, warm | %.2f s median of %d (%.2f–%.2f s) |%n",
                months, median(forecastSeconds), forecastSeconds.length, min(forecastSeconds), max(forecastSeconds));
        System.out.printf(Locale.ROOT, "%nBenchmark wall time for this scenario: %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Full runs: each one's wall time with and without the parts' statistics, and the heap's peak over them. */
    private static final class Timing {
        final double[] run, parts, full;
        long peak;
        int cells, partsCount, breakdownIterations;

        Timing(int n) {
            run = new double[n];
            parts = new double[n];
            full = new double[n];
        }

        void time(int i, CostModel model, SimulationOptions options) {
            // the pools' peaks restart at each run (no collection first: G1 then shrinks the heap and the run pays to
            // grow it again, which no editing session or command does); the peak is an upper bound
            resetPeaks(false);
            long t0 = System.nanoTime();
            SimulationResult r = Simulator.run(model, options);
            long t1 = System.nanoTime();
            partsCount = fullStatistics(r);
            long t2 = System.nanoTime();
            run[i] = (t1 - t0) / 1e9;
            parts[i] = (t2 - t1) / 1e9;
            full[i] = (t2 - t0) / 1e9;
            peak = Math.max(peak, peakHeap());
            cells = r.cells().size();
            breakdownIterations = r.cells().get(0).breakdownIterations();
        }
    }

    /** Computes the statistics of every part of every cell, as the JSON report does (summariseBreakdowns); returns how many. */
    private static int fullStatistics(SimulationResult r) {
        r.summariseBreakdowns();
        int n = 0;
        for (var c : r.cells()) n += c.breakdown().size();
        return n;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElseThrow();
    }

    private static double max(double[] x) {
        return Arrays.stream(x).max().orElseThrow();
    }

    private static void resetPeaks() {
        resetPeaks(true);
    }

    private static void resetPeaks(boolean collect) {
        if (collect) System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Peak heap over the pools (an upper bound: pools peak at different times). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
