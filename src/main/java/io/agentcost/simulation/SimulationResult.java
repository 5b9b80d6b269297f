package io.agentcost.simulation;

import io.agentcost.estimate.Kernel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Everything a simulation reports, with the record of how it was run. */
public record SimulationResult(RunRecord run, List<CellResult> cells, List<Pairwise> pairwise, List<Sensitivity> sensitivity,
                               List<String> correlatedInputs, double[][] targetSpearman, double[][] achievedSpearman,
                               List<String> warnings) {

    /** Computes every cell's {@link CellResult#breakdown()} at once, a part a task on every core: for reports of all cells. */
    public void summariseBreakdowns() {
        Parts.summariseAll(cells.stream().map(CellResult::parts).toList());
    }

    /** Seed, iterations, method, catalog date, version, wall time; converged/relative error when a P90 target was set. */
    public record RunRecord(long seed, int iterations, String sampling, String catalogDate, String version, double seconds,
                            int threads, Double targetRelativeError, double p90RelativeError, boolean converged) {
    }

    /**
     * One phase × architecture. {@link #breakdown()} maps "category:x", "service:x" and "agent:x" to the
     * statistics of that part (all but histogram and S-curve), from the first {@code breakdownIterations} iterations.
     */
    public record CellResult(String phase, String architecture, double nominalUsd, Summary total, Double pExceedBudget,
                             Double pKillSwitch, double pCheapest, Parts parts, int breakdownIterations, UnitCosts unitCosts) {

        /** Statistics of every part, computed on first use (a run need not pay for parts nobody looks at); see {@link #summariseBreakdowns}. */
        public Map<String, Summary> breakdown() {
            return parts.summaries();
        }

        /**
         * P(commitment wasted), SPEC §13: the share of draws (the breakdown's iterations) in which a savings plan's
         * covered usage at the plan rate stays below its commitment or reserved hours go unused; null without commitments.
         */
        public Double pCommitmentWasted() {
            return parts.positiveShare(Kernel.WASTED);
        }

        /** The cost per conversation users start, draw by draw (SPEC §12), over the breakdown's iterations; null without conversations. */
        public Summary usdPerConversation() {
            return unitCosts.perConversation();
        }

        /** The cost per resolved conversation, draw by draw, over the breakdown's iterations; null without any resolved. */
        public Summary usdPerResolvedConversation() {
            return unitCosts.perResolved();
        }
    }

    /**
     * A cell's totals and its phase's divisors draw by draw (the first iterations, as the parts): the costs per
     * conversation and per resolved conversation summarised lazily and once.
     */
    public static final class UnitCosts {
        private final double[] totals;
        private final double[] started;
        private final double[] resolved;
        private final int n;
        private Summary perConversation;
        private Summary perResolved;
        private boolean done;

        UnitCosts(double[] totals, double[] started, double[] resolved, int n) {
            this.totals = totals;
            this.started = started;
            this.resolved = resolved;
            this.n = n;
        }

        public synchronized Summary perConversation() {
            summarise();
            return perConversation;
        }

        public synchronized Summary perResolved() {
            summarise();
            return perResolved;
        }

        private void summarise() {
            if (done) return;
            done = true;
            perConversation = ratio(started);
            perResolved = ratio(resolved);
        }

        /** total / divisor per draw; null where a draw has no conversations (a cost per nothing). */
        private Summary ratio(double[] divisor) {
            if (n == 0) return null;
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                if (!(divisor[i] > 0)) return null;
                r[i] = totals[i] / divisor[i];
                // a divisor of almost nothing (a resolution rate of 1e-320): no finite cost per conversation
                if (!Double.isFinite(r[i])) return null;
            }
            return Summary.of(r, n, new double[n], false);
        }
    }

    /**
     * The stored draws of a cell's parts, summarised lazily and once. A part is kept as a float share of its draw's
     * total (in [0, 1] for costs, which are never negative): half the memory of doubles, the float's 24 bits of
     * relative precision, and no overflow however large the total (a float holds at most 3.4e38; the bounds of
     * decision 0017 allow totals far above that).
     */
    public static final class Parts {
        private final List<String> names;
        private final float[][] values;
        private final double[] totals;
        private final int n;
        private volatile Map<String, Summary> summaries;

        Parts(List<String> names, float[][] shares, double[] totals, int n) {
            this.names = List.copyOf(names);
            this.values = shares;
            this.totals = totals;
            this.n = n;
        }

        /** The share of kept draws in which a part is above 0 (an indicator's mean, exactly), or null without that part. */
        Double positiveShare(String name) {
            int b = names.indexOf(name);
            if (b < 0 || n == 0) return null;
            int count = 0;
            for (int i = 0; i < n; i++) if (values[b][i] > 0) count++;
            return (double) count / n;
        }

        /** What {@link Parts} keeps of a part's draw. */
        static float share(double part, double total) {
            return total != 0 ? (float) (part / total) : 0f;
        }

        /** On every core (the caller waits for a cell's parts, and a run has hundreds of them), in bucket order. */
        public Map<String, Summary> summaries() {
            if (summaries == null) summariseAll(List.of(this));
            return summaries;
        }

        /**
         * Summarises the parts of every one of {@code all} not yet summarised, a part a task, each worker taking the next
         * part when it is free: a report of every cell waits for the last part, not for each cell's slowest worker.
         */
        static void summariseAll(List<Parts> all) {
            List<Parts> todo = all.stream().filter(p -> p.summaries == null).toList();
            List<int[]> tasks = new ArrayList<>(); // {index in todo, part}
            int longest = 0;
            for (int i = 0; i < todo.size(); i++) {
                for (int b = 0; b < todo.get(i).names.size(); b++) tasks.add(new int[]{i, b});
                longest = Math.max(longest, todo.get(i).n);
            }
            Summary[][] each = new Summary[todo.size()][];
            for (int i = 0; i < todo.size(); i++) each[i] = new Summary[todo.get(i).names.size()];
            int workers = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
            int size = longest;
            AtomicInteger next = new AtomicInteger();
            IntStream.range(0, workers).parallel().forEach(w -> {
                double[] column = new double[size];
                double[] scratch = new double[size];
                for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
                    Parts p = todo.get(tasks.get(t)[0]);
                    int b = tasks.get(t)[1];
                    // parts are kept as shares of their draw's total: multiplied back here
                    for (int i = 0; i < p.n; i++) column[i] = p.values[b][i] * p.totals[i];
                    each[tasks.get(t)[0]][b] = Summary.of(column, p.n, scratch, false);
                }
            });
            for (int i = 0; i < todo.size(); i++) todo.get(i).keep(each[i]);
        }

        private synchronized void keep(Summary[] each) {
            if (summaries != null) return;
            Map<String, Summary> out = new LinkedHashMap<>();
            for (int b = 0; b < each.length; b++) out.put(names.get(b), each[b]);
            summaries = Collections.unmodifiableMap(out);
        }
    }

    public record Pairwise(String phase, String a, String b, double pACheaper) {
    }

    /**
     * One input's effect on one cell: Spearman rank correlation with the total over the draws, its share of
     * the explained variance (ρ² normalised), and the total with the input at its P10 and P90, others at median.
     */
    public record Sensitivity(String phase, String architecture, String input, String key, double rankCorrelation,
                              double varianceShare, double lowUsd, double highUsd) {
        public double swing() {
            return Math.abs(highUsd - lowUsd);
        }
    }

    public CellResult cell(String phase, String architecture) {
        for (CellResult c : cells) if (c.phase().equals(phase) && c.architecture().equals(architecture)) return c;
        return null;
    }
}
