package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.Kernel;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Distribution;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.TimelineEntry;
import io.agentcost.model.Version;
import io.agentcost.sampling.UniformSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

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
        List<TimelineEntry> timeline = timeline(scenario);
        int[] growthSlots = model.growthSlots();
        int[] oneTimeSlots = model.oneTimeSlots();
        List<String> archs = scenario.architectures().stream().map(ArchitectureSpec::name).toList();
        List<String> phaseNames = scenario.phases().stream().map(Phase::name).toList();
        int months = timeline.stream().mapToInt(TimelineEntry::months).sum();
        int a = archs.size();
        int n = options.iterations();
        Inputs inputs = new Inputs(model, true);
        Kernel layout = new Kernel(model);
        int[][] cellOf = new int[phaseNames.size()][];
        for (int p = 0; p < phaseNames.size(); p++) cellOf[p] = layout.cellsOfPhase(p);
        String[] phaseOfMonth = new String[months + 1];
        phaseOfMonth[0] = "one-time";
        int m = 1;
        for (TimelineEntry entry : timeline) for (int k = 0; k < entry.months(); k++) phaseOfMonth[m++] = entry.phase();
        int[] phaseIndexOfEntry = timeline.stream().mapToInt(t -> phaseNames.indexOf(t.phase())).toArray();
        UniformSource source = UniformSource.of(options.sampling().key(), options.seed(), inputs.dimensions());
        int threads = options.threads();
        int pairs = a * (a - 1) / 2;
        // drawn inputs, month 0, cumulative, the break-evens' first month and crossing, a sort scratch per thread;
        // the months themselves are computed a group at a time in at most MONTHS_MEMORY
        MemoryBudget.require(MONTHS_MEMORY, 8.0 * (inputs.dimensions() + 2L * a + threads + 2) + 5.0 * pairs, n,
                "a " + months + "-month forecast of " + a + " architectures and " + inputs.dimensions() + " uncertain inputs");
        ExecutorService pool = Draws.pool(threads);
        Set<String> warnings = new LinkedHashSet<>(inputs.warnings);
        warnings.addAll(model.warnings());
        if (scenario.timeline().isEmpty()) warnings.add("no timeline in the scenario: 12 months of each phase in order");
        long planned = (long) n * (months + 1);
        // the drawn inputs, month 0 and the running cumulative costs are kept per iteration; months are computed
        // a group at a time (below), so memory does not grow with the horizon
        int dims = inputs.dimensions();
        int[] oneTimeDim = new int[a];
        for (int x = 0; x < a; x++) oneTimeDim[x] = dimOf(inputs, oneTimeSlots[x]);
        double[][] drawn = new double[dims][n];
        double[][] monthly = new double[a][n];
        double[][] cumulative = new double[a][n];
        try {
            warnings.addAll(Draws.run(model, inputs, pool, threads, source.batch(0, n), 0, n, progress, cancelled, planned,
                    (from, count, values, kernel) -> {
                        for (int j = 0; j < dims; j++) System.arraycopy(values[j], 0, drawn[j], from, count);
                        // month 0: the one-time costs, drawn where they are uncertain
                        for (int x = 0; x < a; x++) {
                            int j = oneTimeDim[x];
                            if (j >= 0) System.arraycopy(values[j], 0, monthly[x], from, count);
                            else Arrays.fill(monthly[x], from, from + count, layout.vars()[oneTimeSlots[x]]);
                            if (!model.oneTimeLines(x).isEmpty()) oneTimeLines(model, inputs, layout.vars(), x, values, monthly[x], from, count);
                        }
                    }));
            BreakEvens crossings = new BreakEvens(a, n);
            List<ForecastResult.Month> out = new ArrayList<>();
            Kernel[] kernels = new Kernel[threads];
            for (int t = 0; t < threads; t++) kernels[t] = Kernel.forForecast(model).chunked(Draws.CHUNK);
            int[] phaseGrowth = model.phaseGrowthSlots();
            List<CostModel.CommitmentSlot> commitments = model.commitmentSlots();
            // months of one timeline entry differ only in growth: a kernel computes several at once, sharing what
            // does not depend on it; as many months per group as fit in MONTHS_MEMORY of totals
            int longest = timeline.stream().mapToInt(TimelineEntry::months).max().orElse(1);
            int group = (int) Math.max(1, Math.min(longest, MONTHS_MEMORY / (8L * a * Math.max(1, n))));
            double[][][] stored = new double[group][a][n];
            double[][][] growth = new double[threads][group][Draws.CHUNK];
            account(0, monthly, cumulative, crossings, out, phaseOfMonth, a, n, pool, threads);
            progress.update(n, planned);
            int month = 1;
            for (int e = 0; e < timeline.size(); e++) {
                int p = phaseIndexOfEntry[e];
                int growthSlot = growthSlots.length == 0 ? -1 : growthSlots[e];
                int growthDim = dimOf(inputs, growthSlot);
                double fixedGrowth = growthSlot < 0 ? 0 : layout.vars()[growthSlot];
                for (int k0 = 0, step; k0 < timeline.get(e).months(); k0 += step) {
                    int first = k0;
                    // a group's months share every commitment's term (in it or not), which is a column of the kernel
                    int count = Terms.sameUntil(commitments, month, Math.min(group, timeline.get(e).months() - k0));
                    step = count;
                    double[] inTerm = Terms.at(commitments, month);
                    parallel(pool, threads, t -> {
                        Kernel kernel = kernels[t];
                        double[][] g = growth[t];
                        // chunks of draws, each a column per input: the group's months of the phase for the whole chunk at once
                        for (int from = t * n / threads, to = (t + 1) * n / threads; from < to; from += Draws.CHUNK) {
                            if (cancelled.getAsBoolean()) throw new CancellationException("forecast cancelled");
                            int rows = Math.min(Draws.CHUNK, to - from);
                            for (int j = 0; j < dims; j++) kernel.load(inputs.slot[j], drawn[j], from, rows);
                            for (int c = 0; c < inTerm.length; c++) kernel.load(commitments.get(c).slot(), Terms.column(inTerm[c]), 0, rows);
                            // conversations grow by (1 + g)^k in the k-th month of the timeline entry, g drawn once per iteration
                            for (int q = 0; q < count; q++) {
                                for (int r = 0; r < rows; r++) {
                                    g[q][r] = Math.pow(1 + (growthDim < 0 ? fixedGrowth : drawn[growthDim][from + r]), first + q);
                                }
                            }
                            kernel.finishPhaseMonths(p, phaseGrowth[p], g, count, rows);
                            for (int q = 0; q < count; q++) {
                                for (int x = 0; x < a; x++) System.arraycopy(kernel.monthTotals(q, cellOf[p][x]), 0, stored[q][x], from, rows);
                            }
                        }
                        return null;
                    });
                    for (int q = 0; q < count; q++, month++) {
                        account(month, stored[q], cumulative, crossings, out, phaseOfMonth, a, n, pool, threads);
                        progress.update((long) n * (month + 1), planned);
                    }
                }
            }
            for (Kernel kernel : kernels) warnings.addAll(kernel.warnings());
            List<ForecastResult.BreakEven> breakEvens = new ArrayList<>();
            for (int x = 0; x < a; x++) {
                for (int y = x + 1; y < a; y++) breakEvens.add(breakEven(archs, x, y, crossings, out, months, n));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            var run = new SimulationResult.RunRecord(options.seed(), n, options.sampling().key(), model.catalog().snapshotDate().toString(),
                    Version.current(), seconds, options.threads(), null, Double.NaN, true);
            return new ForecastResult(run, archs, out, breakEvens, List.copyOf(warnings));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Per pair of architectures and iteration, the sign of (x − y) of the first month where they differ and
     * the month the sign changes (a tie counts as the crossing), followed month by month.
     */
    private static final class BreakEvens {
        private final int a;
        private final byte[][] first;
        private final int[][] crossing;

        BreakEvens(int a, int n) {
            this.a = a;
            int pairs = a * (a - 1) / 2;
            first = new byte[pairs][n];
            crossing = new int[pairs][n];
            for (int[] c : crossing) Arrays.fill(c, -1);
        }

        int pair(int x, int y) {
            return x * (2 * a - x - 1) / 2 + (y - x - 1);
        }

        /**
         * Follows iterations [from, to) through this month (threads take disjoint ranges). A block of iterations at a
         * time through every pair, so the block's cumulative totals are read from the cache by all the pairs that meet
         * them (pair by pair over all iterations read each architecture's column again per pair: the costliest part
         * of a forecast).
         */
        void month(int month, double[][] cumulative, int from, int to) {
            for (int start = from; start < to; start += BLOCK) {
                int end = Math.min(to, start + BLOCK);
                for (int x = 0; x < a; x++) {
                    for (int y = x + 1; y < a; y++) follow(month, cumulative[x], cumulative[y], first[pair(x, y)], crossing[pair(x, y)], start, end);
                }
            }
        }

        private static final int BLOCK = 2048;

        /** f: which of the two was ahead first (−1, 0 while equal, 1); c: the month that order first turned, −1 until then. */
        private static void follow(int month, double[] cx, double[] cy, byte[] f, int[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                double d = cx[i] - cy[i];
                byte s = (byte) (d > 0 ? 1 : d < 0 ? -1 : 0);
                if (f[i] == 0) f[i] = s;
                else if (c[i] < 0 && s != f[i]) c[i] = month;
            }
        }
    }

    /** This month's bands of every architecture, monthly and cumulative, computed on the pool (one task per architecture). */
    private static ForecastResult.Month month(int mm, String phase, double[][] monthly, double[][] cumulative, int a, int n,
                                              ExecutorService pool) {
        List<double[][]> bands = parallel(pool, a, x -> new double[][]{bands(monthly[x], n), bands(cumulative[x], n)});
        double[] p10 = new double[a], p50 = new double[a], p90 = new double[a], mean = new double[a];
        double[] c10 = new double[a], c50 = new double[a], c90 = new double[a];
        for (int x = 0; x < a; x++) {
            double[] q = bands.get(x)[0];
            double[] c = bands.get(x)[1];
            p10[x] = q[0];
            p50[x] = q[1];
            p90[x] = q[2];
            mean[x] = q[3];
            c10[x] = c[0];
            c50[x] = c[1];
            c90[x] = c[2];
        }
        return new ForecastResult.Month(mm, phase, p10, p50, p90, mean, c10, c50, c90);
    }

    /** Totals of the months a kernel computes at once (the forecast groups the months of a timeline entry). */
    private static final long MONTHS_MEMORY = 256L << 20;

    /** Month mm's costs into the running totals, the pairs' crossings (each thread over its own iterations) and the bands. */
    private static void account(int mm, double[][] monthly, double[][] cumulative, BreakEvens crossings, List<ForecastResult.Month> out,
                                String[] phaseOfMonth, int a, int n, ExecutorService pool, int threads) {
        parallel(pool, threads, t -> {
            int from = t * n / threads, to = (t + 1) * n / threads;
            for (int x = 0; x < a; x++) for (int i = from; i < to; i++) cumulative[x][i] += monthly[x][i];
            crossings.month(mm, cumulative, from, to);
            return null;
        });
        out.add(month(mm, phaseOfMonth[mm], monthly, cumulative, a, n, pool));
    }

    /** The sampling dimension of a slot, or -1 when the slot does not vary (or is -1). */
    private static int dimOf(Inputs inputs, int slot) {
        for (int j = 0; j < inputs.dimensions(); j++) if (inputs.slot[j] == slot) return j;
        return -1;
    }

    /** Results of {@code task(0..count-1)} in index order, computed on the pool. */
    private static <T> List<T> parallel(ExecutorService pool, int count, IntFunction<T> task) {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i;
            futures.add(pool.submit(() -> task.apply(k)));
        }
        List<T> out = new ArrayList<>();
        try {
            for (var f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** The scenario's timeline, or twelve months of each phase in order when it gives none. */
    public static List<TimelineEntry> timeline(Scenario s) {
        if (!s.timeline().isEmpty()) return s.timeline();
        return s.phases().stream().map(p -> new TimelineEntry(p.name(), 12, Distribution.fixed(0))).toList();
    }

    /** P10, P50, P90 and mean, from one counting scan of the values (exact order statistics, type 7). */
    private static double[] bands(double[] values, int n) {
        SortedSet<Integer> ranks = new TreeSet<>();
        double[] p = {0.1, 0.5, 0.9};
        for (double q : p) Quantiles.addRanks(ranks, q, n);
        int[] wanted = ranks.stream().mapToInt(Integer::intValue).toArray();
        Quantiles.Scan scan = Quantiles.scan(values, n, wanted);
        double[] out = new double[4];
        for (int i = 0; i < p.length; i++) out[i] = Quantiles.percentile(wanted, scan.at(), p[i], n);
        out[3] = scan.sum() / n;
        return out;
    }

    /** A pair's break-even: where the median cumulative curves cross, and how often and when the iterations' curves do. */
    private static ForecastResult.BreakEven breakEven(List<String> archs, int x, int y, BreakEvens state,
                                                      List<ForecastResult.Month> months, int horizon, int n) {
        int[] at = state.crossing[state.pair(x, y)];
        int[] when = Arrays.stream(at).filter(month -> month > 0).sorted().toArray();
        Integer median = when.length == 0 ? null : when[(when.length - 1) / 2];
        int medianPath = crossing(m -> months.get(m).cumulativeP50()[x] - months.get(m).cumulativeP50()[y], horizon);
        double last = months.get(horizon).cumulativeP50()[x] - months.get(horizon).cumulativeP50()[y];
        String cheaperAfter = last <= 0 ? archs.get(x) : archs.get(y);
        return new ForecastResult.BreakEven(archs.get(x), archs.get(y), medianPath > 0 ? medianPath : null, (double) when.length / n,
                median, cheaperAfter);
    }

    /**
     * The month the median cumulative curves of x and y cross: the first month whose sign of (x − y)
     * differs from the first non-zero sign (a tie counts as the crossing).
     */
    private static int crossing(IntToDoubleFunction difference, int horizon) {
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

    /** Month 0's one-time lines (a corpus's initial embedding) at each draw: the row's inputs over the fixed values. */
    private static void oneTimeLines(CostModel model, Inputs inputs, double[] fixed, int x, double[][] values, double[] out, int from, int count) {
        double[] vars = fixed.clone();
        for (int r = 0; r < count; r++) {
            for (int j = 0; j < values.length; j++) vars[inputs.slot[j]] = values[j][r];
            out[from + r] = model.oneTimeUsd(x, vars);
        }
    }
}
