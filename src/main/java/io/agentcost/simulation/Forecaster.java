package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.Kernel;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Phase;
import io.agentcost.model.TimelineEntry;
import io.agentcost.model.Version;
import io.agentcost.sampling.UniformSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * The monthly forecast (SPEC §5): each month of the timeline is its phase's cost with conversations
 * grown by (1 + g)^k in the k-th month of the phase (g drawn once per iteration per timeline entry),
 * one-time costs at month 0, people and custom lines every month. Same draws for every architecture.
 */
public final class Forecaster {

    private Forecaster() {
    }

    public static ForecastResult run(CostModel model, SimulationOptions options, Progress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        var scenario = model.scenario();
        List<TimelineEntry> timeline = scenario.timeline().isEmpty() ? defaultTimeline(scenario) : scenario.timeline();
        int[] growthSlots = model.growthSlots();
        int[] oneTimeSlots = model.oneTimeSlots();
        List<String> archs = scenario.architectures().stream().map(ArchitectureSpec::name).toList();
        List<String> phaseNames = scenario.phases().stream().map(Phase::name).toList();
        int months = timeline.stream().mapToInt(TimelineEntry::months).sum();
        int a = archs.size();
        int n = options.iterations();
        Inputs inputs = new Inputs(model, true);
        // [arch][month 0..M][iteration]
        double[][][] monthly = new double[a][months + 1][n];
        double[][][] cumulative = new double[a][months + 1][n];
        Kernel layout = new Kernel(model);
        int[][] cellOf = new int[phaseNames.size()][];
        for (int p = 0; p < phaseNames.size(); p++) cellOf[p] = layout.cellsOfPhase(p);
        String[] phaseOfMonth = new String[months + 1];
        phaseOfMonth[0] = "one-time";
        int[] entryOfMonth = new int[months + 1];
        int[] monthInEntry = new int[months + 1];
        int m = 1;
        for (int e = 0; e < timeline.size(); e++) {
            for (int k = 0; k < timeline.get(e).months(); k++, m++) {
                phaseOfMonth[m] = timeline.get(e).phase();
                entryOfMonth[m] = e;
                monthInEntry[m] = k;
            }
        }
        int[] phaseIndexOfEntry = timeline.stream().mapToInt(t -> phaseNames.indexOf(t.phase())).toArray();
        UniformSource source = UniformSource.of(options.sampling().key(), options.seed(), inputs.dimensions());
        ExecutorService pool = Draws.pool(options.threads());
        Set<String> warnings = new LinkedHashSet<>(inputs.warnings);
        if (scenario.timeline().isEmpty()) warnings.add("no timeline in the scenario: 12 months of each phase in order");
        try {
            warnings.addAll(Draws.run(model, inputs, pool, options.threads(), source.batch(0, n), 0, n, progress, cancelled, n,
                    (i, kernel) -> {
                        double[] vars = kernel.vars();
                        for (int x = 0; x < a; x++) {
                            double oneTime = vars[oneTimeSlots[x]];
                            monthly[x][0][i] = oneTime;
                            cumulative[x][0][i] = oneTime;
                        }
                        for (int mm = 1; mm <= months; mm++) {
                            int e = entryOfMonth[mm];
                            double g = growthSlots.length == 0 ? 0 : vars[growthSlots[e]];
                            int p = phaseIndexOfEntry[e];
                            kernel.evaluatePhase(p, Math.pow(1 + g, monthInEntry[mm]));
                            for (int x = 0; x < a; x++) {
                                double cost = kernel.total(cellOf[p][x]);
                                monthly[x][mm][i] = cost;
                                cumulative[x][mm][i] = cumulative[x][mm - 1][i] + cost;
                            }
                        }
                    }));
            // bands and break-evens over n draws per month and pair: independent, so on the pool too
            List<ForecastResult.Month> out = parallel(pool, months + 1, mm -> month(mm, phaseOfMonth[mm], monthly, cumulative, a, n));
            List<int[]> pairs = new ArrayList<>();
            for (int x = 0; x < a; x++) for (int y = x + 1; y < a; y++) pairs.add(new int[]{x, y});
            List<ForecastResult.BreakEven> breakEvens = parallel(pool, pairs.size(),
                    k -> breakEven(archs, pairs.get(k)[0], pairs.get(k)[1], cumulative, out, months, n));
            double seconds = (System.nanoTime() - started) / 1e9;
            var run = new SimulationResult.RunRecord(options.seed(), n, options.sampling().key(), model.catalog().snapshotDate().toString(),
                    Version.current(), seconds, options.threads(), null, Double.NaN, true);
            return new ForecastResult(run, archs, out, breakEvens, List.copyOf(warnings));
        } finally {
            pool.shutdownNow();
        }
    }

    private static ForecastResult.Month month(int mm, String phase, double[][][] monthly, double[][][] cumulative, int a, int n) {
        double[] scratch = new double[n];
        double[] p10 = new double[a], p50 = new double[a], p90 = new double[a], mean = new double[a];
        double[] c10 = new double[a], c50 = new double[a], c90 = new double[a];
        for (int x = 0; x < a; x++) {
            double[] q = bands(monthly[x][mm], n, scratch);
            p10[x] = q[0];
            p50[x] = q[1];
            p90[x] = q[2];
            mean[x] = q[3];
            double[] c = bands(cumulative[x][mm], n, scratch);
            c10[x] = c[0];
            c50[x] = c[1];
            c90[x] = c[2];
        }
        return new ForecastResult.Month(mm, phase, p10, p50, p90, mean, c10, c50, c90);
    }

    /** Results of {@code task(0..count-1)} in index order, computed on the pool. */
    private static <T> List<T> parallel(ExecutorService pool, int count, java.util.function.IntFunction<T> task) {
        List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i;
            futures.add(pool.submit(() -> task.apply(k)));
        }
        List<T> out = new ArrayList<>();
        try {
            for (var f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** Twelve months of each phase in order, when the scenario gives no timeline. */
    private static List<TimelineEntry> defaultTimeline(io.agentcost.model.Scenario s) {
        return s.phases().stream().map(p -> new TimelineEntry(p.name(), 12, io.agentcost.model.Distribution.fixed(0))).toList();
    }

    /** P10, P50, P90 and mean. */
    private static double[] bands(double[] values, int n, double[] scratch) {
        double sum = 0;
        for (int i = 0; i < n; i++) sum += values[i];
        java.util.SortedSet<Integer> ranks = new java.util.TreeSet<>();
        for (double p : new double[]{0.1, 0.5, 0.9}) Quantiles.addRanks(ranks, p, n);
        int[] wanted = ranks.stream().mapToInt(Integer::intValue).toArray();
        double[] at = Quantiles.orderStatistics(values, n, wanted);
        for (int r = 0; r < wanted.length; r++) scratch[wanted[r]] = at[r];
        return new double[]{Quantiles.percentile(scratch, 0.1, n), Quantiles.percentile(scratch, 0.5, n),
                Quantiles.percentile(scratch, 0.9, n), sum / n};
    }

    /**
     * The month the cumulative costs of x and y cross: the first month whose sign of (x − y) differs
     * from the first non-zero sign (a tie counts as the crossing).
     */
    private static ForecastResult.BreakEven breakEven(List<String> archs, int x, int y, double[][][] cum,
                                                      List<ForecastResult.Month> months, int horizon, int n) {
        int crossings = 0;
        int[] when = new int[n];
        for (int iteration = 0; iteration < n; iteration++) {
            int i = iteration;
            int month = crossing(m -> cum[x][m][i] - cum[y][m][i], horizon);
            if (month > 0) when[crossings++] = month;
        }
        Integer median = null;
        if (crossings > 0) {
            int[] w = Arrays.copyOf(when, crossings);
            Arrays.sort(w);
            median = w[(crossings - 1) / 2];
        }
        int medianPath = crossing(m -> months.get(m).cumulativeP50()[x] - months.get(m).cumulativeP50()[y], horizon);
        double last = months.get(horizon).cumulativeP50()[x] - months.get(horizon).cumulativeP50()[y];
        String cheaperAfter = last <= 0 ? archs.get(x) : archs.get(y);
        return new ForecastResult.BreakEven(archs.get(x), archs.get(y), medianPath > 0 ? medianPath : null, (double) crossings / n,
                median, cheaperAfter);
    }

    private static int crossing(java.util.function.IntToDoubleFunction difference, int horizon) {
        double first = 0;
        int m = 0;
        for (; m <= horizon; m++) {
            first = Math.signum(difference.applyAsDouble(m));
            if (first != 0) break;
        }
        for (m = m + 1; m <= horizon; m++) {
            if (Math.signum(difference.applyAsDouble(m)) != first) return m;
        }
        return -1;
    }
}
