package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.Kernel;
import io.agentcost.estimate.PhaseArchitecture;
import io.agentcost.model.Budget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The postprocess step: from stored totals, parts and samples to the reported statistics. */
final class Results {

    private final CostModel model;
    private final Kernel probe;
    private final Inputs inputs;
    private final double[][] totals;
    private final float[][][] parts;
    private final double[][] samples;
    private final double[][] sampleTotals;
    private final int n;
    private final int sampled;
    private final int partsKept;
    private final Tallies tallies;
    /** Standardized ranks of each input's and each cell's kept samples, made by the {@link #rankTasks}. */
    private double[][] inputRanks;
    private double[][] totalRanks;

    /** Per phase, the divisors of the unit costs for the kept iterations (SPEC §12). */
    private final double[][] started;
    private final double[][] resolved;

    Results(CostModel model, Kernel probe, Inputs inputs, double[][] totals, float[][][] parts, double[][] samples,
            double[][] sampleTotals, int n, int partsKept, Tallies tallies, double[][] started, double[][] resolved) {
        this.tallies = tallies;
        this.started = started;
        this.resolved = resolved;
        this.model = model;
        this.probe = probe;
        this.inputs = inputs;
        this.totals = totals;
        this.parts = parts;
        this.samples = samples;
        this.sampleTotals = sampleTotals;
        this.n = n;
        this.partsKept = partsKept;
        this.sampled = Math.min(n, sampleTotals.length == 0 ? 0 : sampleTotals[0].length);
        // with a P90 target the arrays may be sized for more iterations than were run
    }

    List<SimulationResult.CellResult> cells(Summary[] summaries, Budget budget) {
        double[] nominal = nominal();
        int keep = partsKept;
        List<SimulationResult.CellResult> out = new ArrayList<>();
        for (int c = 0; c < totals.length; c++) {
            PhaseArchitecture cell = probe.cell(c);
            var parts = new SimulationResult.Parts(probe.bucketNames(c), this.parts[c], totals[c], keep);
            Double overBudget = budget.monthlyUsd() == null ? null : (double) tallies.overBudget(c) / n;
            Double overKill = budget.killSwitchUsd() == null ? null : (double) tallies.overKillSwitch(c) / n;
            int p = model.scenario().phases().indexOf(model.scenario().phase(cell.phase()));
            var unit = new SimulationResult.UnitCosts(totals[c], started[p], resolved[p], keep);
            out.add(new SimulationResult.CellResult(cell.phase(), cell.architecture(), nominal[c], summaries[c],
                    overBudget, overKill, (double) tallies.cheapest(c) / n, parts, keep, unit));
        }
        return out;
    }

    static void await(List<Future<?>> jobs) {
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    List<SimulationResult.Pairwise> pairwise() {
        List<SimulationResult.Pairwise> out = new ArrayList<>();
        for (int p = 0; p < probe.phaseCount(); p++) {
            int[] peers = probe.cellsOfPhase(p);
            for (int x = 0; x < peers.length; x++) {
                for (int y = x + 1; y < peers.length; y++) {
                    out.add(new SimulationResult.Pairwise(probe.cell(peers[x]).phase(), probe.cell(peers[x]).architecture(),
                            probe.cell(peers[y]).architecture(), (double) tallies.cheaper(p, x, y) / n));
                }
            }
        }
        return out;
    }

    /** Every cell at the medians of all inputs (the nominal estimate, same numbers as `estimate`). */
    private double[] nominal() {
        probe.evaluate();
        double[] out = new double[totals.length];
        for (int c = 0; c < out.length; c++) out[c] = probe.total(c);
        return out;
    }

    /** After the {@link #rankTasks} have run. */
    List<SimulationResult.Sensitivity> sensitivity() {
        int dims = inputs.dimensions();
        int cells = totals.length;
        double[][] low = new double[dims][cells];
        double[][] high = new double[dims][cells];
        // the tornado's 2 × dims cases as draws of one chunk: one pass of the program, not one per case
        double[] vars = probe.vars();
        probe.chunked(Math.max(1, 2 * dims));
        for (int j = 0; j < dims; j++) {
            int slot = inputs.slot[j];
            double median = vars[slot];
            vars[slot] = inputs.exact[j].at(0.10);
            probe.stage(2 * j, false);
            vars[slot] = inputs.exact[j].at(0.90);
            probe.stage(2 * j + 1, false);
            vars[slot] = median;
        }
        if (dims > 0) probe.finishChunk(2 * dims, false);
        for (int c = 0; c < cells && dims > 0; c++) {
            double[] t = probe.chunkTotals(c);
            for (int j = 0; j < dims; j++) {
                low[j][c] = t[2 * j];
                high[j][c] = t[2 * j + 1];
            }
        }
        double[][] rho = new double[dims][cells];
        if (sampled > 1) {
            // dims × cells sums of 20,000 products, each in order (so the same bits on any core): a cell a task
            IntStream.range(0, cells).parallel().forEach(c -> {
                for (int j = 0; j < dims; j++) rho[j][c] = Ranks.dot(inputRanks[j], totalRanks[c], sampled);
            });
        }
        List<SimulationResult.Sensitivity> out = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            PhaseArchitecture cell = probe.cell(c);
            Set<Integer> reads = cell.reads();
            double sum = 0;
            for (int j = 0; j < dims; j++) if (reads.contains(inputs.slot[j])) sum += rho[j][c] * rho[j][c];
            List<SimulationResult.Sensitivity> rows = new ArrayList<>();
            for (int j = 0; j < dims; j++) {
                // an input this cell does not read has no effect on it, whatever its correlation with others
                if (!reads.contains(inputs.slot[j])) continue;
                rows.add(new SimulationResult.Sensitivity(cell.phase(), cell.architecture(), inputs.label(j),
                        inputs.uncertain.get(j).key(), rho[j][c], sum > 0 ? rho[j][c] * rho[j][c] / sum : 0, low[j][c], high[j][c]));
            }
            rows.sort((a, b) -> Double.compare(b.swing(), a.swing()));
            out.addAll(rows);
        }
        return out;
    }

    /**
     * The ranks that rank correlations need (of each input's and each cell's kept samples), as separate
     * tasks, so that the run can spread them over its threads with the summaries.
     */
    List<Runnable> rankTasks() {
        inputRanks = new double[inputs.dimensions()][];
        totalRanks = new double[totals.length][];
        List<Runnable> tasks = new ArrayList<>();
        if (sampled < 2) return tasks;
        for (int j = 0; j < inputRanks.length; j++) {
            int input = j;
            tasks.add(() -> inputRanks[input] = Ranks.standardized(Ranks.of(samples[input], sampled), sampled));
        }
        for (int c = 0; c < totalRanks.length; c++) {
            int cell = c;
            tasks.add(() -> totalRanks[cell] = Ranks.standardized(Ranks.of(sampleTotals[cell], sampled), sampled));
        }
        return tasks;
    }

    /** Spearman matrix actually achieved among the correlated inputs (after the {@link #rankTasks} have run). */
    double[][] achievedSpearman() {
        int[] dims = inputs.correlatedDims;
        double[][] m = new double[dims.length][dims.length];
        if (sampled < 2) return m;
        for (int a = 0; a < dims.length; a++) {
            for (int b = 0; b < dims.length; b++) {
                m[a][b] = a == b ? 1 : Ranks.dot(inputRanks[dims[a]], inputRanks[dims[b]], sampled);
            }
        }
        return m;
    }
}
