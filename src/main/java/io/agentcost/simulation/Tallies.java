package io.agentcost.simulation;

import io.agentcost.estimate.Kernel;
import io.agentcost.model.Budget;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

/**
 * Counts the simulation takes while each chunk's totals are still in cache: per cell, iterations over
 * the budget and over the kill switch, and in which it is the cheapest of its phase (ties go to the
 * first); per pair of architectures in a phase, iterations in which the first is cheaper. Counts are
 * integers, so they do not depend on which thread took which chunk.
 */
final class Tallies {

    private final int[][] peers;
    private final double budget;
    private final double kill;
    private final AtomicLongArray overBudget;
    private final AtomicLongArray overKill;
    private final AtomicLongArray cheapest;
    /** Per phase, pairs (x < y) of its cells in order: x = 0: y = 1, 2, …; x = 1: y = 2, … */
    private final AtomicLongArray[] cheaper;

    static Tallies of(Kernel layout, Budget budget) {
        int[][] peers = new int[layout.phaseCount()][];
        for (int p = 0; p < peers.length; p++) peers[p] = layout.cellsOfPhase(p);
        return new Tallies(peers, layout.cellCount(), budget);
    }

    /** @param peers per phase, its cells */
    Tallies(int[][] peers, int cells, Budget budget) {
        this.peers = peers;
        cheaper = new AtomicLongArray[peers.length];
        for (int p = 0; p < peers.length; p++) cheaper[p] = new AtomicLongArray(peers[p].length * (peers[p].length - 1) / 2);
        this.budget = budget.monthlyUsd() == null ? Double.NaN : budget.monthlyUsd();
        this.kill = budget.killSwitchUsd() == null ? Double.NaN : budget.killSwitchUsd();
        overBudget = new AtomicLongArray(cells);
        overKill = new AtomicLongArray(cells);
        cheapest = new AtomicLongArray(cells);
    }

    /** Counts iterations [0, count) of a chunk whose totals are {@code chunkTotals.apply(cell)[k]}. */
    void add(IntFunction<double[]> chunkTotals, int count) {
        Scratch scratch = SCRATCH.get().fit(count);
        for (int p = 0; p < peers.length; p++) {
            int[] cells = peers[p];
            double[][] t = new double[cells.length][];
            for (int j = 0; j < cells.length; j++) t[j] = chunkTotals.apply(cells[j]);
            // the cheapest so far per draw, one architecture at a time (a pass per column, not a loop per draw)
            double[] min = scratch.min;
            int[] best = scratch.best;
            System.arraycopy(t[0], 0, min, 0, count);
            Arrays.fill(best, 0, count, 0);
            for (int j = 1; j < cells.length; j++) lower(t[j], j, min, best, count);
            long[] wins = new long[cells.length];
            for (int k = 0; k < count; k++) wins[best[k]]++;
            for (int j = 0; j < cells.length; j++) {
                cheapest.addAndGet(cells[j], wins[j]);
                overBudget.addAndGet(cells[j], above(t[j], budget, count));
                overKill.addAndGet(cells[j], above(t[j], kill, count));
            }
            int pair = 0;
            for (int x = 0; x < cells.length; x++) {
                for (int y = x + 1; y < cells.length; y++, pair++) cheaper[p].addAndGet(pair, below(t[x], t[y], count));
            }
        }
    }

    /*
     * Each pass over a chunk is a small method: as loops of add() C2 compiled add three times (each hot loop on stack,
     * then the whole), where a small method is compiled once and early.
     */

    /** Where x is below the cheapest so far, it becomes the cheapest, architecture j. */
    private static void lower(double[] x, int j, double[] min, int[] best, int count) {
        for (int k = 0; k < count; k++) {
            if (x[k] < min[k]) {
                min[k] = x[k];
                best[k] = j;
            }
        }
    }

    /** Draws above the threshold (none for a NaN threshold, a budget not set). */
    private static long above(double[] x, double threshold, int count) {
        long over = 0;
        for (int k = 0; k < count; k++) over += x[k] > threshold ? 1 : 0;
        return over;
    }

    /** Draws where a is below b. */
    private static long below(double[] a, double[] b, int count) {
        long less = 0;
        for (int k = 0; k < count; k++) less += a[k] < b[k] ? 1 : 0;
        return less;
    }

    /** A thread's columns for {@link #add} (a chunk's worth, reused: the run calls it for every chunk). */
    private static final class Scratch {
        double[] min = new double[0];
        int[] best = new int[0];

        Scratch fit(int count) {
            if (min.length < count) {
                min = new double[count];
                best = new int[count];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    long overBudget(int cell) {
        return overBudget.get(cell);
    }

    long overKillSwitch(int cell) {
        return overKill.get(cell);
    }

    long cheapest(int cell) {
        return cheapest.get(cell);
    }

    /** Iterations in which the x-th cell of the phase cost less than the y-th (x < y). */
    long cheaper(int phase, int x, int y) {
        int n = peers[phase].length;
        int pair = x * n - x * (x + 1) / 2 + (y - x - 1);
        return cheaper[phase].get(pair);
    }
}
