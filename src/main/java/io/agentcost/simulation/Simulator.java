package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.Kernel;
import io.agentcost.model.Version;
import io.agentcost.sampling.UniformSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The Monte Carlo run (SPEC §5): preprocess (draw every input), run (the kernel per iteration, all
 * phases and architectures on the same draws), postprocess (statistics). Iteration i's draws depend
 * on (seed, method, i) only and results are stored by iteration index, so the result is the same
 * whatever the number of threads.
 */
public final class Simulator {

    /** Parts (category, service, agent) and the sensitivity samples keep the first iterations only. */
    static final int BREAKDOWN_CAP = 50_000;
    static final int SENSITIVITY_CAP = 20_000;

    /**
     * Iterations whose parts (category, service, agent) and inputs are kept: the first
     * min(cap, max(2,000, n/5)). Parts and rank correlations are shown as bars and bands and need
     * fewer draws than the totals; a 10,000-iteration preview keeps 2,000. Decision 0007.
     */
    static int kept(int cap, int n) {
        return Math.min(n, Math.min(cap, Math.max(2_000, n / 5)));
    }
    /** -Dagentcost.trace=true prints stage timings to stderr (for the benchmark's readers). */
    private static final boolean TRACE = Boolean.getBoolean("agentcost.trace");

    private final CostModel model;
    private final SimulationOptions options;
    private final Inputs inputs;
    private final int cells;

    private double[][] totals;
    private float[][][] parts;
    private double[][] samples;
    private double[][] sampleTotals;
    private int sampleCap;
    private int partsCap;
    private final Set<String> warnings = new LinkedHashSet<>();
    private Tallies tallies;
    private Divisors divisors;

    private final long startedAt = System.nanoTime();

    private Simulator(CostModel model, SimulationOptions options) {
        this.model = model;
        this.options = options;
        this.inputs = new Inputs(model, false);
        this.cells = model.cells().size();
        warnings.addAll(inputs.warnings);
        // what the model knows before any draw (a flex price at 50%, a priority price missing, no batch offer): the
        // simulation's totals leave a missing price out, so its reader must be told as the estimate's is
        warnings.addAll(model.warnings());
    }

    public static SimulationResult run(CostModel model, SimulationOptions options) {
        return run(model, options, Progress.NONE, () -> false);
    }

    /** @throws CancellationException when {@code cancelled} turns true (checked between chunks) */
    public static SimulationResult run(CostModel model, SimulationOptions options, Progress progress, BooleanSupplier cancelled) {
        return new Simulator(model, options).execute(progress, cancelled);
    }

    private SimulationResult execute(Progress progress, BooleanSupplier cancelled) {
        long started = startedAt;
        Kernel probe = new Kernel(model);
        trace("probe kernel", started);
        int[] partCount = new int[cells];
        for (int c = 0; c < cells; c++) partCount[c] = probe.bucketNames(c).size();
        UniformSource source = UniformSource.of(options.sampling().key(), options.seed(), inputs.dimensions());
        int n = options.iterations();
        allocate(n, partCount);
        tallies = Tallies.of(probe, model.scenario().budget());
        trace("allocate", started);
        ExecutorService pool = Draws.pool(options.threads());
        try {
            int done = 0;
            int batch = n;
            double relError = Double.NaN;
            boolean converged = options.targetRelativeError() == null;
            while (true) {
                ensureCapacity(done + batch);
                long t0 = System.nanoTime();
                runBatch(pool, source, done, batch, progress, cancelled, done + batch);
                if (TRACE) System.err.printf("batch of %d: %.3f s%n", batch, (System.nanoTime() - t0) / 1e9);
                done += batch;
                if (options.targetRelativeError() == null) break;
                relError = p90RelativeError(done);
                if (relError <= options.targetRelativeError()) {
                    converged = true;
                    break;
                }
                if (done >= options.maxIterations()) break;
                batch = Math.min(done, options.maxIterations() - done);
            }
            if (options.targetRelativeError() != null && !converged) {
                warnings.add(String.format(Locale.ROOT, "P90 relative error %.4f is above the target %.4f after max_iterations %d",
                        relError, options.targetRelativeError(), done));
            }
            long t1 = System.nanoTime();
            SimulationResult result = postprocess(pool, probe, done, relError, converged, started);
            if (TRACE) System.err.printf("postprocess: %.3f s%n", (System.nanoTime() - t1) / 1e9);
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Totals for every iteration; parts and sensitivity samples for the first ones, up to their caps over all batches.
     * Refused before anything is allocated when it would not fit in memory ({@link MemoryBudget}).
     */
    private void allocate(int n, int[] partCount) {
        // the run can only grow beyond n when it converges on a P90 target
        int most = options.targetRelativeError() == null ? n : Math.max(n, options.maxIterations());
        long partColumns = 0;
        for (int c : partCount) partColumns += c;
        int keep = kept(BREAKDOWN_CAP, most);
        // a fleet of many agents has thousands of parts: keep fewer draws of them rather than run out of memory
        long partsRoom = MemoryBudget.available() / 4;
        if (partColumns * keep * 4 > partsRoom) keep = (int) Math.min(keep, Math.max(2_000, partsRoom / (4 * Math.max(1, partColumns))));
        int sampled = kept(SENSITIVITY_CAP, most);
        long fixed = partColumns * keep * 4L + 3L * 8 * (inputs.dimensions() + cells) * sampled;
        // totals, plus a scratch column per thread and the copies the statistics sort
        MemoryBudget.require(fixed, 8.0 * (cells + options.threads() + 2), most,
                "a simulation of " + cells + " cells (phases × architectures)");
        totals = new double[cells][];
        parts = new float[cells][][];
        int kept = keep;
        // hundreds of megabytes, zeroed by the thread that allocates them: a cell a task, on every core
        IntStream.range(0, cells).parallel().forEach(c -> {
            totals[c] = new double[n];
            parts[c] = new float[partCount[c]][kept];
        });
        sampleCap = sampled;
        partsCap = keep;
        samples = new double[inputs.dimensions()][sampleCap];
        sampleTotals = new double[cells][sampleCap];
        divisors = new Divisors(model, inputs, keep);
    }

    private void ensureCapacity(int n) {
        if (totals[0].length >= n) return;
        for (int c = 0; c < cells; c++) totals[c] = Arrays.copyOf(totals[c], n);
    }

    private void runBatch(ExecutorService pool, UniformSource source, int start, int n, Progress progress,
                          BooleanSupplier cancelled, long plannedTotal) {
        UniformSource.Batch batch = source.batch(start, n);
        int dims = inputs.dimensions();
        warnings.addAll(Draws.run(model, inputs, pool, options.threads(), batch, start, n, progress, cancelled, plannedTotal,
                (from, count, values, kernel) -> {
                    int sampled = Math.min(count, sampleCap - from);
                    for (int j = 0; j < dims && sampled > 0; j++) System.arraycopy(values[j], 0, samples[j], from, sampled);
                    boolean withParts = from < partsCap;
                    if (withParts) divisors.fill(values, from, Math.min(count, partsCap - from));
                    kernel.finishChunk(count, withParts);
                    tallies.add(kernel::chunkTotals, count);
                    for (int c = 0; c < cells; c++) {
                        double[] chunk = kernel.chunkTotals(c);
                        System.arraycopy(chunk, 0, totals[c], from, count);
                        if (sampled > 0) System.arraycopy(chunk, 0, sampleTotals[c], from, sampled);
                        int kept = Math.min(count, partsCap - from);
                        if (kept <= 0) continue;
                        double[][] chunkParts = kernel.chunkParts(c);
                        float[][] p = parts[c];
                        for (int q = 0; q < p.length; q++) {
                            double[] column = chunkParts[q];
                            float[] stored = p[q];
                            for (int k = 0; k < kept; k++) stored[from + k] = SimulationResult.Parts.share(column[k], chunk[k]);
                        }
                    }
                }));
    }

    /**
     * The same draws with no cost model: inputs drawn, stored and summarised like totals are — the
     * baseline the benchmark compares a full run with. Returns seconds.
     */
    public static double samplingOnlySeconds(CostModel model, SimulationOptions options) {
        return samplingOnlySeconds(model, options, true);
    }

    /** @param summarise false for the draws alone (stored, not summarised): the strictest baseline */
    public static double samplingOnlySeconds(CostModel model, SimulationOptions options, boolean summarise) {
        long t0 = System.nanoTime();
        Inputs inputs = new Inputs(model, false);
        int n = options.iterations();
        int dims = inputs.dimensions();
        double[][] values = new double[dims][n];
        UniformSource source = UniformSource.of(options.sampling().key(), options.seed(), dims);
        ExecutorService pool = Draws.pool(options.threads());
        try {
            Draws.run(model, inputs, pool, options.threads(), source.batch(0, n), 0, n, Progress.NONE, () -> false, n,
                    (from, count, drawn, kernel) -> {
                        for (int j = 0; j < dims; j++) System.arraycopy(drawn[j], 0, values[j], from, count);
                    });
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < options.threads() && summarise; t++) {
                int first = t;
                jobs.add(pool.submit(() -> {
                    double[] scratch = new double[n];
                    for (int j = first; j < dims; j += options.threads()) Summary.of(values[j], n, scratch);
                }));
            }
            Results.await(jobs);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Largest relative standard error of P90 over the cells (order-statistic interval / 2z / P90). */
    private double p90RelativeError(int n) {
        Summary[] s = new Summary[cells];
        double[] scratch = new double[n];
        for (int c = 0; c < cells; c++) s[c] = Summary.of(totals[c], n, scratch);
        return worstP90RelativeError(s);
    }

    static double worstP90RelativeError(Summary[] summaries) {
        double worst = 0;
        for (Summary s : summaries) if (s.p90() > 0) worst = Math.max(worst, s.p90StandardError() / s.p90());
        return worst;
    }

    private static void trace(String what, long since) {
        if (TRACE) System.err.printf("  %s done at %.3f s%n", what, (System.nanoTime() - since) / 1e9);
    }

    private SimulationResult postprocess(ExecutorService pool, Kernel probe, int n, double relError, boolean converged, long started) {
        Summary[] summaries = new Summary[cells];
        Results results = new Results(model, probe, inputs, totals, parts, samples, sampleTotals, n, Math.min(n, partsCap), tallies,
                divisors.started, divisors.resolved);
        // the summaries (the longest tasks) first, then the ranks; each thread takes the next task when it is free
        List<Consumer<double[]>> tasks = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            int cell = c;
            tasks.add(scratch -> summaries[cell] = Summary.of(totals[cell], n, scratch));
        }
        for (Runnable r : results.rankTasks()) tasks.add(scratch -> r.run());
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            jobs.add(pool.submit(() -> {
                double[] scratch = new double[n];
                for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) tasks.get(i).accept(scratch);
            }));
        }
        Results.await(jobs);
        trace("summaries and ranks", started);
        int threads = options.threads();
        if (Double.isNaN(relError)) relError = worstP90RelativeError(summaries);
        List<SimulationResult.CellResult> cellResults = results.cells(summaries, model.scenario().budget());
        trace("cells", started);
        var pairwise = results.pairwise();
        trace("pairwise", started);
        var sensitivity = results.sensitivity();
        trace("sensitivity", started);
        double seconds = (System.nanoTime() - started) / 1e9;
        SimulationResult.RunRecord run = new SimulationResult.RunRecord(options.seed(), n, options.sampling().key(),
                model.catalog().snapshotDate().toString(), Version.current(), seconds, threads, options.targetRelativeError(),
                relError, converged);
        return new SimulationResult(run, cellResults, pairwise, sensitivity,
                Arrays.stream(inputs.correlatedDims).mapToObj(inputs::label).toList(), inputs.target, results.achievedSpearman(),
                List.copyOf(warnings));
    }
}
