package io.agentcost.estimate.columnar;

import io.agentcost.estimate.priced.Pricer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The whole scenario compiled for the Monte Carlo: one flat list of nodes, each a column over a chunk of
 * draws (an uncertain input, a weighted sum, a product, a min, a ceiling, a tier…), in an order where every
 * node comes after what it reads. Inputs that do not vary are folded into constants before the run; a node
 * that several lines, cells or architectures need is one node (hash-consed). Every cell's total, its parts
 * and its warnings are nodes too. Immutable: threads share it, each with its own {@link Columns}.
 */
public final class Program {

    static final int CONST = 0, INPUT = 1, LIN = 2, ADD = 3, SUB = 4, MUL = 5, DIV = 6, MIN = 7, MAX = 8, CEIL = 9, IFLE = 10,
            SERIES = 11, TIER = 12;

    /** A warning of a cell: raised when the value node exceeds the limit node in any draw. */
    record CheckNodes(int value, int limit, String message) {
    }

    final int[] op;
    final int[] a, b, c, d;
    final double[] k;
    final int[][] linNodes;
    final double[][] linWeights;
    final Pricer[] tierPricer;
    final int[] tierGroup;
    /** The slot each varying input column holds (a node of kind INPUT reads column {@code a}). */
    final int[] varyingSlots;

    final int[] total;
    final int[][] parts;
    final CheckNodes[][] checks;
    /** Nodes to compute, in order: for totals and warnings; for those and the parts; per phase, for its cells' totals and warnings. */
    final int[] forTotals, forParts;
    final int[][] forPhase;
    final int[][] cellsOfPhase;

    Program(Nodes nodes, int[] varyingSlots, int[] total, int[][] parts, CheckNodes[][] checks, int[][] cellsOfPhase) {
        int n = nodes.size();
        this.op = nodes.op.stream().mapToInt(Integer::intValue).toArray();
        this.a = nodes.a.stream().mapToInt(Integer::intValue).toArray();
        this.b = nodes.b.stream().mapToInt(Integer::intValue).toArray();
        this.c = nodes.c.stream().mapToInt(Integer::intValue).toArray();
        this.d = nodes.d.stream().mapToInt(Integer::intValue).toArray();
        this.k = nodes.k.stream().mapToDouble(Double::doubleValue).toArray();
        this.linNodes = nodes.linNodes.toArray(new int[0][]);
        this.linWeights = nodes.linWeights.toArray(new double[0][]);
        this.tierPricer = nodes.tierPricer.toArray(new Pricer[0]);
        this.tierGroup = nodes.tierGroup.stream().mapToInt(Integer::intValue).toArray();
        this.varyingSlots = varyingSlots.clone();
        this.total = total;
        this.parts = parts;
        this.checks = checks;
        this.cellsOfPhase = cellsOfPhase;
        boolean[] needTotals = new boolean[n];
        boolean[] needParts = new boolean[n];
        for (int cell = 0; cell < total.length; cell++) {
            markTotal(needTotals, cell);
            markTotal(needParts, cell);
            for (int p : parts[cell]) needParts[p] = true;
        }
        forTotals = closure(needTotals);
        forParts = closure(needParts);
        forPhase = new int[cellsOfPhase.length][];
        for (int p = 0; p < cellsOfPhase.length; p++) {
            boolean[] need = new boolean[n];
            for (int cell : cellsOfPhase[p]) markTotal(need, cell);
            forPhase[p] = closure(need);
        }
    }

    /** A cell's total and the nodes of its warnings. */
    private void markTotal(boolean[] need, int cell) {
        need[total[cell]] = true;
        for (CheckNodes ch : checks[cell]) {
            need[ch.value()] = true;
            need[ch.limit()] = true;
        }
    }

    /** The marked nodes and everything they read, in order: operands have smaller ids, so one pass down suffices. */
    private int[] closure(boolean[] need) {
        for (int i = need.length - 1; i >= 0; i--) if (need[i]) forEachOperand(i, x -> need[x] = true);
        return ids(need);
    }

    /** The nodes node i reads (an input reads a column, not a node; a constant nothing). */
    private void forEachOperand(int i, IntConsumer f) {
        switch (op[i]) {
            case INPUT, CONST -> {
            }
            case LIN -> {
                for (int x : linNodes[i]) f.accept(x);
            }
            default -> {
                if (a[i] >= 0) f.accept(a[i]);
                if (b[i] >= 0) f.accept(b[i]);
                if (c[i] >= 0) f.accept(c[i]);
                if (d[i] >= 0) f.accept(d[i]);
            }
        }
    }

    /**
     * Compiles the cells (in the order given; each names its phase, 0 … phases − 1).
     *
     * @param values  every slot's value where it does not vary (the medians)
     * @param varying per slot, whether it changes from draw to draw
     */
    public static Program compile(List<CellInput> cells, int phases, double[] values, boolean[] varying) {
        return Compiler.compile(cells, phases, values, varying);
    }

    /** A thread's columns for chunks of up to {@code size} draws. */
    public Columns newColumns(int size) {
        return new Columns(this, size);
    }

    /** Per phase (0 … phases − 1), its cells in the order they were given. */
    public int[][] cellsOfPhase() {
        int[][] out = new int[cellsOfPhase.length][];
        for (int p = 0; p < out.length; p++) out[p] = cellsOfPhase[p].clone();
        return out;
    }

    /** The slots whose values the columns read, in the order of {@link Columns#input}. */
    public int[] varyingSlots() {
        return varyingSlots.clone();
    }

    int size() {
        return op.length;
    }

    /**
     * A phase's nodes split by whether they read input column {@code column} (directly or through other
     * nodes): {fixed, depending}, each in order. Months of a forecast differ only in the growth multiplier;
     * what does not read it is the same every month.
     */
    int[][] splitPhase(int phase, int column) {
        boolean[] reads = new boolean[op.length];
        for (int i = 0; i < op.length; i++) {
            if (op[i] == INPUT) reads[i] = a[i] == column;
            int node = i;
            forEachOperand(i, x -> reads[node] |= reads[x]);
        }
        int[] order = forPhase[phase];
        return new int[][]{Arrays.stream(order).filter(i -> !reads[i]).toArray(), Arrays.stream(order).filter(i -> reads[i]).toArray()};
    }

    private static int[] ids(boolean[] need) {
        int count = 0;
        for (boolean x : need) if (x) count++;
        int[] out = new int[count];
        for (int i = 0, j = 0; i < need.length; i++) if (need[i]) out[j++] = i;
        return out;
    }

    /** The nodes as the compiler appends them (one list per field, so the program can take them as arrays). */
    static final class Nodes {
        final List<Integer> op = new ArrayList<>(), a = new ArrayList<>(), b = new ArrayList<>(),
                c = new ArrayList<>(), d = new ArrayList<>(), tierGroup = new ArrayList<>();
        final List<Double> k = new ArrayList<>();
        final List<int[]> linNodes = new ArrayList<>();
        final List<double[]> linWeights = new ArrayList<>();
        final List<Pricer> tierPricer = new ArrayList<>();

        int add(int kind, int x, int y, int z, int w, double constant, int[] lin, double[] weights, Pricer pricer, int group) {
            op.add(kind);
            a.add(x);
            b.add(y);
            c.add(z);
            d.add(w);
            k.add(constant);
            linNodes.add(lin);
            linWeights.add(weights);
            tierPricer.add(pricer);
            tierGroup.add(group);
            return op.size() - 1;
        }

        int size() {
            return op.size();
        }
    }
}
