package io.agentcost.bench;

import io.agentcost.app.AgentCost;
import io.agentcost.estimate.CostModel;
import io.agentcost.model.SimulationSettings;
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
 * The simulation benchmark of SPEC §9 on scenarios/support-agent.yaml (3 phases × 6 architectures,
 * statistics included): 1,000,000 iterations wall time, throughput against a sampling-only run of
 * the same draws, the 10,000-iteration preview, and the peak heap. Run: mvn -Pbench verify
 * (a separate JVM with -Xmx1g). Warm-up runs first; each figure is the median of several runs.
 */
public final class SimulationBenchmark {

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("agentcost.root", "."));
        AgentCost services = new AgentCost(root.resolve("pricing-cache"));
        var loaded = services.load(root.resolve("scenarios/support-agent.yaml"));
        if (!loaded.ok()) throw new IllegalStateException(loaded.problems().toString());
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        int cores = Runtime.getRuntime().availableProcessors();
        SimulationOptions base = new SimulationOptions(1_000_000, 42, SimulationSettings.Sampling.LATIN_HYPERCUBE, null, 1_000_000, cores);

        // a live preview is measured first, as in an editing session: warmed by previews, not by million-iteration runs
        long cold0 = System.nanoTime();
        Simulator.run(model, base.withIterations(10_000));
        double coldPreview = (System.nanoTime() - cold0) / 1e9;
        for (int i = 0; i < 100; i++) Simulator.run(model, base.withIterations(10_000));
        double[] preview = new double[30];
        for (int i = 0; i < preview.length; i++) {
            long t0 = System.nanoTime();
            Simulator.run(model, base.withIterations(10_000));
            preview[i] = (System.nanoTime() - t0) / 1e9;
        }
        for (int i = 0; i < 3; i++) Simulator.run(model, base.withIterations(200_000));
        resetPeaks();

        // full runs and sampling-only runs alternate, so that both meet the same noise of a shared machine;
        // the throughput ratio is the median of the ratios of each pair
        int pairs = 15;
        double[] full = new double[pairs];
        double[] sampling = new double[pairs];
        double[] ratio = new double[pairs];
        double[] drawsOnly = new double[pairs];
        double[] drawsRatio = new double[pairs];
        SimulationResult last = null;
        long peak = 0;
        for (int i = 0; i < pairs; i++) {
            long t0 = System.nanoTime();
            last = Simulator.run(model, base);
            full[i] = (System.nanoTime() - t0) / 1e9;
            peak = Math.max(peak, peakHeap());
            sampling[i] = Simulator.samplingOnlySeconds(model, base);
            ratio[i] = sampling[i] / full[i];
            drawsOnly[i] = Simulator.samplingOnlySeconds(model, base, false);
            drawsRatio[i] = drawsOnly[i] / full[i];
        }
        long tp = System.nanoTime();
        int partsCount = 0;
        for (var c : last.cells()) partsCount += c.breakdown().size();
        double partsSeconds = (System.nanoTime() - tp) / 1e9;
        double[] single = new double[3];
        for (int i = 0; i < single.length; i++) {
            long t0 = System.nanoTime();
            Simulator.run(model, base.withThreads(1));
            single[i] = (System.nanoTime() - t0) / 1e9;
        }

        double fullMedian = median(full), samplingMedian = median(sampling);
        System.out.println();
        System.out.println("## Simulation benchmark (scenarios/support-agent.yaml: 3 phases × 6 architectures, 2 agent types, "
                + (last == null ? "?" : last.cells().size()) + " cells)");
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s %s, max heap %d MB%n%n", cores, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| 1,000,000 iterations, all phases and architectures, statistics included (%d threads) | %.2f s median of %d (%.2f–%.2f s) = %,.0f iterations/s |%n",
                cores, fullMedian, pairs, min(full), max(full), 1_000_000 / fullMedian);
        System.out.printf(Locale.ROOT, "| same, 1 thread | %.2f s median |%n", median(single));
        System.out.printf(Locale.ROOT, "| full statistics of all %d parts (category, service, agent; from the first %,d iterations), on first use | %.2f s |%n",
                partsCount, last.cells().get(0).breakdownIterations(), partsSeconds);
        System.out.printf(Locale.ROOT, "| sampling-only run of the same draws (inputs drawn, stored, summarised), each right after a full run | %.2f s median (%.2f–%.2f s) = %,.0f iterations/s |%n",
                samplingMedian, min(sampling), max(sampling), 1_000_000 / samplingMedian);
        System.out.printf(Locale.ROOT, "| full-run throughput / sampling-only throughput, per pair | %.2f median (%.2f–%.2f) |%n", median(ratio), min(ratio),
                max(ratio));
        System.out.printf(Locale.ROOT, "| draws alone (drawn and stored, no statistics), after the same full runs | %.2f s median (%.2f–%.2f s); full-run throughput / this: %.2f median (%.2f–%.2f) |%n",
                median(drawsOnly), min(drawsOnly), max(drawsOnly), median(drawsRatio), min(drawsRatio), max(drawsRatio));
        System.out.printf(Locale.ROOT, "| 10,000-iteration preview, first in a fresh JVM (what the app shows at start) | %.0f ms |%n", 1000 * coldPreview);
        System.out.printf(Locale.ROOT, "| 10,000-iteration preview after 100 previews (an editing session) | %.0f ms median (best %.0f ms) |%n",
                1000 * median(preview), 1000 * min(preview));
        System.out.printf(Locale.ROOT, "| peak heap during the 1,000,000-iteration runs (-Xmx1g) | %d MB |%n", peak >> 20);
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
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Peak heap over the pools (an upper bound: pools peak at different times). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
