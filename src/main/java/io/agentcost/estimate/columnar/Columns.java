package io.agentcost.estimate.columnar;

import io.agentcost.estimate.expr.Expr;
import java.util.Arrays;
import java.util.Set;

/**
 * One thread's evaluation of a {@link Program} over a chunk of draws: node after node, each one tight loop
 * over a block of draws, so the cost of dispatch is paid once per node and block, never per draw or per
 * line. A block's columns ({@link #BLOCK} draws per node) stay in cache; the chunk's inputs come in, and its
 * cells' totals and parts go out, as columns of the whole chunk.
 */
public final class Columns {

    /** Draws computed together, node after node. */
    static final int BLOCK = 256;

    private final Program program;
    private final int size;
    /** Per node, its values for the current block (null where no output needs the node). */
    private final double[][] col;
    private final double[][] inputs;
    private final double[][] totals;
    private double[][][] parts;
    private final int[] inputNodes;
    private final int[] all;
    private final int block;
    /** Scratch of a block for {@link #series}: whole numbers of terms, and the current power. */
    private final double[] whole, power;
    /** {@link #phaseMonths}: the last phase's nodes split by whether they read the growth column, and its totals by month. */
    private int[][] split;
    private int splitPhase = -1, splitColumn = -1;
    private double[][][] monthTotals;

    Columns(Program program, int size) {
        this.program = program;
        this.size = size;
        int n = program.size();
        col = new double[n][];
        inputs = new double[program.varyingSlots.length][size];
        // every order (totals, a phase's totals) is part of the order for the parts
        boolean[] used = new boolean[n];
        for (int i : program.forParts) used[i] = true;
        block = Math.min(BLOCK, Math.max(1, size));
        int inputs = 0;
        for (int i = 0; i < n; i++) {
            if (!used[i]) continue;
            col[i] = new double[block];
            if (program.op[i] == Program.CONST) Arrays.fill(col[i], program.k[i]);
            if (program.op[i] == Program.INPUT) inputs++;
        }
        inputNodes = new int[inputs];
        for (int i = 0, j = 0; i < n; i++) if (used[i] && program.op[i] == Program.INPUT) inputNodes[j++] = i;
        whole = new double[block];
        power = new double[block];
        totals = new double[program.total.length][size];
        all = new int[program.total.length];
        for (int c = 0; c < all.length; c++) all[c] = c;
    }

    public int size() {
        return size;
    }

    /** The column of the chunk that holds varying input j ({@link Program#varyingSlots}), to be filled before a run. */
    public double[] input(int j) {
        return inputs[j];
    }

    /** Every cell's total (and warnings) for draws [0, count). */
    public void totals(int count, Set<String> warnings) {
        run(program.forTotals, count, all, false, warnings);
    }

    /** Every cell's total, its parts and warnings for draws [0, count). */
    public void parts(int count, Set<String> warnings) {
        if (parts == null) {
            parts = new double[program.total.length][][];
            for (int c = 0; c < parts.length; c++) parts[c] = new double[program.parts[c].length][size];
        }
        run(program.forParts, count, all, true, warnings);
    }

    /**
     * One phase's cells over {@code months} months that differ only in input column {@code column}, whose
     * values month m are {@code values[m][k]}: what does not read that input is computed once per block of
     * draws, the rest once per month. Read the totals with {@link #monthTotal}.
     */
    public void phaseMonths(int phase, int column, double[][] values, int months, int count, Set<String> warnings) {
        if (count > size) throw new IllegalArgumentException(count + " draws in columns of " + size);
        if (split == null || splitPhase != phase || splitColumn != column) {
            split = program.splitPhase(phase, column);
            splitPhase = phase;
            splitColumn = column;
        }
        int[] cells = program.cellsOfPhase[phase];
        if (monthTotals == null || monthTotals.length < months) monthTotals = new double[months][program.total.length][];
        for (int m = 0; m < months; m++) for (int cell : cells) if (monthTotals[m][cell] == null) monthTotals[m][cell] = new double[size];
        int growthNode = -1;
        for (int i : inputNodes) if (program.a[i] == column) growthNode = i;
        for (int from = 0; from < count; from += block) {
            int len = Math.min(block, count - from);
            for (int i : inputNodes) if (i != growthNode) System.arraycopy(inputs[program.a[i]], from, col[i], 0, len);
            for (int i : split[0]) compute(i, len);
            for (int m = 0; m < months; m++) {
                if (growthNode >= 0) System.arraycopy(values[m], from, col[growthNode], 0, len);
                for (int i : split[1]) compute(i, len);
                for (int cell : cells) System.arraycopy(col[program.total[cell]], 0, monthTotals[m][cell], from, len);
                check(cells, len, warnings);
            }
        }
    }

    /** A cell's totals of month m (of the last {@link #phaseMonths}), by draw (shared array, do not keep). */
    public double[] monthTotal(int month, int cell) {
        return monthTotals[month][cell];
    }

    /** A cell's totals after a run, by draw (shared array, do not keep). */
    public double[] total(int cell) {
        return totals[cell];
    }

    /** A cell's parts after a run of {@link #parts}, [bucket][draw] (shared arrays, do not keep). */
    public double[][] parts(int cell) {
        return parts[cell];
    }

    private void run(int[] order, int count, int[] cells, boolean withParts, Set<String> warnings) {
        if (count > size) throw new IllegalArgumentException(count + " draws in columns of " + size);
        for (int from = 0; from < count; from += block) {
            int len = Math.min(block, count - from);
            for (int i : inputNodes) System.arraycopy(inputs[program.a[i]], from, col[i], 0, len);
            for (int i : order) compute(i, len);
            for (int cell : cells) {
                System.arraycopy(col[program.total[cell]], 0, totals[cell], from, len);
                if (withParts) {
                    int[] p = program.parts[cell];
                    for (int b = 0; b < p.length; b++) System.arraycopy(col[p[b]], 0, parts[cell][b], from, len);
                }
            }
            check(cells, len, warnings);
        }
    }

    /** Adds the message of every warning of these cells whose value exceeds its limit in a draw of the block. */
    private void check(int[] cells, int len, Set<String> warnings) {
        for (int cell : cells) {
            for (Program.CheckNodes ch : program.checks[cell]) {
                double[] v = col[ch.value()], l = col[ch.limit()];
                for (int k = 0; k < len; k++) {
                    if (v[k] > l[k]) {
                        warnings.add(ch.message());
                        break;
                    }
                }
            }
        }
    }

    private void compute(int i, int len) {
        Program p = program;
        double[] o = col[i];
        switch (p.op[i]) {
            case Program.CONST, Program.INPUT -> {
                // filled once, or copied in for the block
            }
            case Program.LIN -> lin(o, p.k[i], p.linNodes[i], p.linWeights[i], len);
            case Program.ADD -> {
                double[] x = col[p.a[i]], y = col[p.b[i]];
                for (int k = 0; k < len; k++) o[k] = x[k] + y[k];
            }
            case Program.SUB -> {
                double[] x = col[p.a[i]], y = col[p.b[i]];
                for (int k = 0; k < len; k++) o[k] = x[k] - y[k];
            }
            case Program.MUL -> {
                double[] x = col[p.a[i]], y = col[p.b[i]];
                for (int k = 0; k < len; k++) o[k] = x[k] * y[k];
            }
            case Program.DIV -> {
                double[] x = col[p.a[i]], y = col[p.b[i]];
                for (int k = 0; k < len; k++) o[k] = x[k] / y[k];
            }
            case Program.MIN -> {
                double[] x = col[p.a[i]], y = col[p.b[i]];
                for (int k = 0; k < len; k++) o[k] = Math.min(x[k], y[k]);
            }
            case Program.MAX -> {
                double[] x = col[p.a[i]], y = col[p.b[i]];
                for (int k = 0; k < len; k++) o[k] = Math.max(x[k], y[k]);
            }
            case Program.CEIL -> {
                double[] x = col[p.a[i]];
                for (int k = 0; k < len; k++) o[k] = Math.ceil(x[k]);
            }
            case Program.IFLE -> {
                double[] x = col[p.a[i]], y = col[p.b[i]], t = col[p.c[i]], e = col[p.d[i]];
                for (int k = 0; k < len; k++) o[k] = x[k] <= y[k] ? t[k] : e[k];
            }
            case Program.SERIES -> series(o, col[p.a[i]], col[p.b[i]], len);
            case Program.TIER -> {
                double[] x = col[p.a[i]];
                var pricer = p.tierPricer[i];
                int g = p.tierGroup[i];
                for (int k = 0; k < len; k++) o[k] = pricer.blendedRate(g, x[k]);
            }
            default -> throw new IllegalStateException("unknown node kind " + p.op[i]);
        }
    }

    /**
     * {@link Expr.Series#of} over a block, a term at a time for the whole block (the same additions in the same
     * order, without a loop of its own per draw), when every draw has at most 64 terms; draw by draw otherwise.
     */
    private void series(double[] o, double[] r, double[] m, int len) {
        int most = 0;
        for (int k = 0; k < len; k++) {
            double terms = Math.floor(m[k]);
            if (!(terms <= 64)) {
                for (int j = 0; j < len; j++) o[j] = Expr.Series.of(r[j], m[j]);
                return;
            }
            whole[k] = terms;
            most = Math.max(most, (int) terms);
        }
        for (int k = 0; k < len; k++) {
            o[k] = whole[k] >= 0 ? 1 : 0;
            power[k] = r[k];
        }
        for (int t = 1; t <= most; t++) {
            for (int k = 0; k < len; k++) {
                o[k] += t <= whole[k] ? power[k] : 0;
                power[k] *= r[k];
            }
        }
    }

    /** o = c + Σ w·x, four terms per pass (one load and store of o per four multiply-adds), in loops the JIT vectorises. */
    private void lin(double[] o, double c, int[] ids, double[] w, int len) {
        Arrays.fill(o, 0, len, c);
        int j = 0;
        for (; j + 4 <= ids.length; j += 4) {
            double w0 = w[j], w1 = w[j + 1], w2 = w[j + 2], w3 = w[j + 3];
            double[] x0 = col[ids[j]], x1 = col[ids[j + 1]], x2 = col[ids[j + 2]], x3 = col[ids[j + 3]];
            for (int k = 0; k < len; k++) o[k] += w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
        }
        for (; j + 2 <= ids.length; j += 2) {
            double w0 = w[j], w1 = w[j + 1];
            double[] x0 = col[ids[j]], x1 = col[ids[j + 1]];
            for (int k = 0; k < len; k++) o[k] += w0 * x0[k] + w1 * x1[k];
        }
        for (; j < ids.length; j++) {
            double w0 = w[j];
            double[] x0 = col[ids[j]];
            for (int k = 0; k < len; k++) o[k] += w0 * x0[k];
        }
    }
}
