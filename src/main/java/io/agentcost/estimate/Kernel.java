package io.agentcost.estimate;

import io.agentcost.estimate.columnar.Buckets;
import io.agentcost.estimate.columnar.CellInput;
import io.agentcost.estimate.columnar.Columns;
import io.agentcost.estimate.columnar.Program;
import io.agentcost.estimate.priced.Pricer;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates every phase × architecture of a compiled model on chunks of draws: the Monte Carlo's hot loop.
 * The model's cells are compiled once into one {@link Program} (inputs that do not vary folded, shared work
 * computed once); a kernel is one thread's columns. Draws are staged one by one from {@link #vars()}, or
 * loaded as columns, then a chunk is computed at once. Not thread-safe: one kernel per worker thread.
 */
public final class Kernel {

    /** The part that is 1 in a draw where a commitment is partly unused (SPEC §13): P(commitment wasted) is its mean. */
    public static final String WASTED = "commitment:wasted";

    /** What all kernels of a model share: the program and the layout of cells, phases and parts. */
    record Compiled(Program program, int[] varyingSlots, List<List<String>> bucketNames, int[][] cellsOfPhase) {
    }

    private final CostModel model;
    private final Compiled compiled;
    private final double[] vars;
    private final int[] columnOfSlot;
    private final Set<String> warnings = new LinkedHashSet<>();
    private Columns chunk;
    private int chunkSize = 1;
    private Columns single;

    /** A kernel for the simulation: every input that is not fixed varies; the forecast's growth does not. */
    public Kernel(CostModel model) {
        this(model, false);
    }

    private Kernel(CostModel model, boolean forecast) {
        this.model = model;
        this.compiled = model.program(forecast, f -> compile(model, f));
        this.vars = model.medians();
        this.columnOfSlot = new int[vars.length];
        Arrays.fill(columnOfSlot, -1);
        int[] slots = compiled.varyingSlots();
        for (int j = 0; j < slots.length; j++) columnOfSlot[slots[j]] = j;
    }

    /** A kernel for the forecast: the phases' growth multipliers vary too (set them with {@link #load}). */
    public static Kernel forForecast(CostModel model) {
        return new Kernel(model, true);
    }

    private static Compiled compile(CostModel model, boolean forecast) {
        Variables variables = model.variables();
        double[] values = model.medians();
        boolean[] varying = new boolean[values.length];
        for (Variables.Variable v : variables.all()) varying[v.index()] = !v.distribution().isFixed();
        if (forecast) for (int s : model.phaseGrowthSlots()) if (s >= 0) varying[s] = true;
        if (forecast) for (CostModel.CommitmentSlot c : model.commitmentSlots()) varying[c.slot()] = true;
        List<String> phases = model.scenario().phases().stream().map(Phase::name).toList();
        List<CellInput> inputs = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (PhaseArchitecture cell : model.cells()) {
            var specs = cell.specs();
            Buckets buckets = Buckets.of(specs);
            List<String> parts = new ArrayList<>(buckets.names());
            // P(commitment wasted) is the mean of a part that is 1 where a commitment is partly unused
            if (cell.wasted() != null) parts.add(WASTED);
            names.add(List.copyOf(parts));
            inputs.add(new CellInput(phases.indexOf(cell.phase()), cell.appLines(), cell.checks(),
                    new Pricer(specs, model.catalog(), model.scenario()), buckets.ofLine(), parts.size(), cell.plans(), cell.wasted()));
        }
        Program program = Program.compile(inputs, phases.size(), values, varying);
        return new Compiled(program, program.varyingSlots(), List.copyOf(names), program.cellsOfPhase());
    }

    /** Allows chunks of up to {@code size} draws; returns this kernel. Columns are made on first use. */
    public Kernel chunked(int size) {
        chunkSize = Math.max(1, size);
        chunk = null;
        return this;
    }

    /** The input vector: every slot starts at its median; set values here, then {@link #stage} or {@link #evaluate}. */
    public double[] vars() {
        return vars;
    }

    public int cellCount() {
        return model.cells().size();
    }

    public PhaseArchitecture cell(int c) {
        return model.cells().get(c);
    }

    public int phaseCount() {
        return compiled.cellsOfPhase().length;
    }

    public int[] cellsOfPhase(int phase) {
        return compiled.cellsOfPhase()[phase].clone();
    }

    public List<String> bucketNames(int cell) {
        return compiled.bucketNames().get(cell);
    }

    private Columns chunk() {
        if (chunk == null) chunk = compiled.program().newColumns(chunkSize);
        return chunk;
    }

    /** Takes {@link #vars()} as draw {@code k} of the current chunk (the parts flag is decided at {@link #finishChunk}). */
    public void stage(int k, boolean parts) {
        copyVars(chunk(), k);
    }

    /** {@link #vars()}' varying inputs into draw k of some columns. */
    private void copyVars(Columns c, int k) {
        int[] slots = compiled.varyingSlots();
        for (int j = 0; j < slots.length; j++) c.input(j)[k] = vars[slots[j]];
    }

    /**
     * The chunk's column of an input, to be filled with its draws before {@link #finishChunk}, or null when no
     * cell reads the input (it does not vary, or nothing depends on it).
     */
    public double[] inputColumn(int slot) {
        int j = columnOfSlot[slot];
        return j < 0 ? null : chunk().input(j);
    }

    /** Sets an input for draws [0, count) of the chunk from {@code values[from…]} (an input no cell reads is ignored). */
    public void load(int slot, double[] values, int from, int count) {
        int j = columnOfSlot[slot];
        if (j >= 0) System.arraycopy(values, from, chunk().input(j), 0, count);
    }

    /** Computes draws [0, count) of the chunk: read them with {@link #chunkTotals} and, with parts, {@link #chunkParts}. */
    public void finishChunk(int count, boolean parts) {
        if (parts) chunk().parts(count, warnings);
        else chunk().totals(count, warnings);
    }

    /**
     * Computes one phase's cells for draws [0, count) of the chunk over {@code months} months that differ only
     * in the input {@code slot} (the phase's growth multiplier), month m taking {@code values[m][k]}: what does not
     * depend on it is computed once. Read with {@link #monthTotals}.
     */
    public void finishPhaseMonths(int phase, int slot, double[][] values, int months, int count) {
        int j = columnOfSlot[slot];
        chunk().phaseMonths(phase, j, values, months, count, warnings);
    }

    /** A cell's totals of month m of the last {@link #finishPhaseMonths}, by draw (shared array, do not keep). */
    public double[] monthTotals(int month, int cell) {
        return chunk.monthTotal(month, cell);
    }

    /** A cell's totals over the chunk, by draw (shared array, do not keep). */
    public double[] chunkTotals(int cell) {
        return chunk.total(cell);
    }

    /** A cell's parts over the chunk, [bucket][draw] in {@link #bucketNames} order (shared arrays, do not keep). */
    public double[][] chunkParts(int cell) {
        return chunk.parts(cell);
    }

    /** Evaluates every cell at {@link #vars()}, with the parts: read with {@link #total} and {@link #buckets}. */
    public void evaluate() {
        if (single == null) single = compiled.program().newColumns(1);
        copyVars(single, 0);
        single.parts(1, warnings);
    }

    /** A cell's total of the last {@link #evaluate}. */
    public double total(int cell) {
        return single.total(cell)[0];
    }

    /** A cell's parts of the last {@link #evaluate}, in {@link #bucketNames} order. */
    public double[] buckets(int cell) {
        double[][] p = single.parts(cell);
        double[] out = new double[p.length];
        for (int b = 0; b < p.length; b++) out[b] = p[b][0];
        return out;
    }

    /** Warnings raised while evaluating (e.g. SageMaker capped), distinct. */
    public Set<String> warnings() {
        return warnings;
    }
}
