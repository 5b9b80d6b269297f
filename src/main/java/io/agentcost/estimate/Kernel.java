package io.agentcost.estimate;

import io.agentcost.model.Category;
import io.agentcost.model.Estimate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates every phase × architecture of a compiled model on one vector of input values, on
 * primitive arrays: the hot loop of the simulation. Each phase's traffic is computed once and
 * shared by its architectures. Not thread-safe: one kernel per worker thread (the compiled model
 * itself is shared; its components are stateless).
 */
public final class Kernel {

    /** One phase: its evaluation context and the cells that read it. */
    private record PhaseGroup(Evaluation evaluation, int[] cells) {
    }

    private final List<PhaseArchitecture> cells;
    private final PhaseGroup[] phases;
    private final int[] phaseOfCell;
    private final double[] vars;
    private final double[][] quantities;
    private final double[][] usd;
    private final Pricer[] pricers;
    private final int[][] bucketOfLine;
    private final List<List<String>> bucketNames;
    private final double[][] buckets;
    private final double[] totals;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final LineSink sink = LineSink.into(new double[0]);
    /** Per cell and component: first line, and the cell whose identical component to copy (-1: compute it). */
    private final int[][] componentStart;
    private final int[][] copyFromCell;
    private final int[][] copyFromStart;
    private final int[][] componentLength;
    private final int[][] copyFromComponent;
    private final boolean[][] hasGrouped;
    private final double[][] subtotal;
    /** Per cell and component: true when its quantities cannot change between draws (computed once, on first use). */
    private final boolean[][] constant;
    private final boolean[][] constantDone;
    /** Per cell and component: its dot-product form when it is affine in the traffic features (null: emit it). */
    private final AffineLines[][] affine;
    /** Per cell and component: its lines as clamped affine forms, when it has them and they check out (null otherwise). */
    private final ComponentLines.ClampedLine[][][] clamped;
    /** Per cell: its affine components without shared tiers, folded into one form; and the components left to evaluate. */
    private final FoldedCell[] folded;
    private final int[][] unfolded;
    private final int[][] unfoldedLines;
    private final int[][] everyComponent;
    /** Per cell: whether anything of it is evaluated draw by draw (components not folded, or tiers they share). */
    private final boolean[] perDraw;
    /** The slots whose values change from draw to draw (all others keep their value in every draw). */
    private final int[] varyingSlots;

    public Kernel(CostModel model) {
        this.cells = model.cells();
        this.vars = NominalEstimator.medians(model.variables());
        int n = cells.size();
        phaseOfCell = new int[n];
        quantities = new double[n][];
        usd = new double[n][];
        pricers = new Pricer[n];
        bucketOfLine = new int[n][];
        bucketNames = new ArrayList<>();
        buckets = new double[n][];
        totals = new double[n];
        componentStart = new int[n][];
        copyFromCell = new int[n][];
        copyFromStart = new int[n][];
        componentLength = new int[n][];
        copyFromComponent = new int[n][];
        hasGrouped = new boolean[n][];
        subtotal = new double[n][];
        constant = new boolean[n][];
        constantDone = new boolean[n][];
        affine = new AffineLines[n][];
        clamped = new ComponentLines.ClampedLine[n][][];
        folded = new FoldedCell[n];
        unfolded = new int[n][];
        unfoldedLines = new int[n][];
        everyComponent = new int[n][];
        perDraw = new boolean[n];
        java.util.Set<Integer> fixedSlots = new java.util.HashSet<>();
        for (Variables.Variable v : model.variables().all()) if (v.distribution().isFixed()) fixedSlots.add(v.index());
        varyingSlots = model.variables().all().stream().filter(v -> !v.distribution().isFixed()).mapToInt(Variables.Variable::index).toArray();
        Map<AgentPlan[], List<Integer>> byPhase = new LinkedHashMap<>();
        Map<AgentPlan[], Integer> phaseIndex = new IdentityHashMap<>();
        Map<AgentPlan[], Map<Object, int[]>> firstOfSignature = new IdentityHashMap<>();
        for (int c = 0; c < n; c++) {
            PhaseArchitecture cell = cells.get(c);
            LineSink recording = LineSink.recording();
            Evaluation layout = cell.newEvaluation(vars, w -> { });
            layout.computeTraffic(1.0);
            cell.prepare(layout);
            List<ComponentLines> parts = cell.components();
            componentStart[c] = new int[parts.size()];
            componentLength[c] = new int[parts.size()];
            copyFromCell[c] = new int[parts.size()];
            copyFromStart[c] = new int[parts.size()];
            copyFromComponent[c] = new int[parts.size()];
            hasGrouped[c] = new boolean[parts.size()];
            subtotal[c] = new double[parts.size()];
            constant[c] = new boolean[parts.size()];
            constantDone[c] = new boolean[parts.size()];
            affine[c] = new AffineLines[parts.size()];
            clamped[c] = new ComponentLines.ClampedLine[parts.size()][];
            boolean phaseFixed = fixedSlots.contains(cell.nonProdSlots()[0]) && fixedSlots.contains(cell.nonProdSlots()[1]);
            for (int k = 0; k < parts.size(); k++) {
                ComponentLines comp = parts.get(k);
                constant[c][k] = phaseFixed && !comp.readsTraffic() && fixedSlots.containsAll(comp.slotsRead());
            }
            Map<Object, int[]> seen = firstOfSignature.computeIfAbsent(cell.agents(), k -> new java.util.HashMap<>());
            int offset = 0;
            for (int k = 0; k < parts.size(); k++) {
                parts.get(k).emit(layout, recording);
                List<LineSpec> all = recording.specs();
                List<LineSpec> own = all.subList(offset, all.size());
                componentStart[c][k] = offset;
                componentLength[c][k] = own.size();
                int[] first = seen.putIfAbsent(parts.get(k).signature(List.copyOf(own)), new int[]{c, offset, k});
                copyFromCell[c][k] = first == null ? -1 : first[0];
                copyFromStart[c][k] = first == null ? -1 : first[1];
                copyFromComponent[c][k] = first == null ? -1 : first[2];
                offset = all.size();
            }
            List<LineSpec> specs = recording.specs();
            quantities[c] = new double[specs.size()];
            usd[c] = new double[specs.size()];
            pricers[c] = new Pricer(specs, model.catalog(), model.scenario());
            pricers[c].ranges(componentStart[c], componentLength[c]);
            for (int k = 0; k < parts.size(); k++) hasGrouped[c][k] = pricers[c].sharesGroups(k);
            boolean workloadFixed = phaseFixed && componentKeysFixed(cell.agents(), fixedSlots);
            for (int k = 0; k < parts.size(); k++) {
                ComponentLines comp = parts.get(k);
                if (workloadFixed && !constant[c][k] && fixedSlots.containsAll(comp.slotsRead())) {
                    if (comp.affineInTraffic()) affine[c][k] = AffineLines.probe(comp, layout, componentStart[c][k], componentLength[c][k]);
                    else clamped[c][k] = AffineLines.probeClamped(comp, layout, componentLength[c][k]);
                }
            }
            layoutBuckets(c, specs);
            fold(c, layout);
            AgentPlan[] plans = cell.agents();
            Integer p = phaseIndex.get(plans);
            if (p == null) {
                p = phaseIndex.size();
                phaseIndex.put(plans, p);
                byPhase.put(plans, new ArrayList<>());
            }
            byPhase.get(plans).add(c);
            phaseOfCell[c] = p;
        }
        phases = new PhaseGroup[byPhase.size()];
        int p = 0;
        for (Map.Entry<AgentPlan[], List<Integer>> e : byPhase.entrySet()) {
            int first = e.getValue().get(0);
            Evaluation ev = cells.get(first).newEvaluation(vars, warnings::add);
            phases[p++] = new PhaseGroup(ev, e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * Folds cell c's affine components and those that cannot change between draws, when their tiers are
     * their own, into one form. A component copied from one that was folded (and so leaves no quantities or
     * subtotal to copy) computes itself instead. {@code layout} has the medians, at which a constant
     * component has the value it has in every draw.
     */
    private void fold(int c, Evaluation layout) {
        List<ComponentLines> parts = cells.get(c).components();
        int lines = quantities[c].length;
        AffineLines[] affineFolded = new AffineLines[parts.size()];
        ComponentLines.ClampedLine[][] clampedFolded = new ComponentLines.ClampedLine[parts.size()][];
        double[] q = new double[lines];
        boolean[] constantLine = new boolean[lines];
        List<Integer> rest = new ArrayList<>();
        List<Integer> restLines = new ArrayList<>();
        LineSink into = LineSink.into(q);
        for (int k = 0; k < parts.size(); k++) {
            if (affine[c][k] != null && !hasGrouped[c][k]) {
                affineFolded[k] = affine[c][k];
            } else if (clamped[c][k] != null && !anyTiered(c, k)) {
                clampedFolded[k] = clamped[c][k];
            } else if (constant[c][k] && !hasGrouped[c][k]) {
                into.reset(q, componentStart[c][k]);
                parts.get(k).emit(layout, into);
                for (int i = 0; i < componentLength[c][k]; i++) constantLine[componentStart[c][k] + i] = true;
            } else {
                rest.add(k);
                for (int i = 0; i < componentLength[c][k]; i++) restLines.add(componentStart[c][k] + i);
                int from = copyFromCell[c][k];
                if (from >= 0 && isFolded(from, copyFromComponent[c][k])) copyFromCell[c][k] = -1;
            }
        }
        double[] usdOfLine = new double[lines];
        pricers[c].usd(q, usdOfLine);
        double[] constantUsd = new double[lines];
        for (int i = 0; i < lines; i++) if (constantLine[i]) constantUsd[i] = usdOfLine[i];
        folded[c] = FoldedCell.of(affineFolded, clampedFolded, componentStart[c], constantUsd,
                Traffic.FEATURES * cells.get(c).agents().length, bucketNames.get(c).size(), bucketOfLine[c], pricers[c]);
        unfolded[c] = rest.stream().mapToInt(Integer::intValue).toArray();
        everyComponent[c] = java.util.stream.IntStream.range(0, parts.size()).toArray();
        perDraw[c] = unfolded[c].length > 0 || pricers[c].hasSharedGroups();
        unfoldedLines[c] = restLines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether any line of component k goes through tiers or a free allowance (a clamped form folds flat prices only). */
    private boolean anyTiered(int c, int k) {
        for (int i = 0; i < componentLength[c][k]; i++) if (pricers[c].grouped(componentStart[c][k] + i)) return true;
        return false;
    }

    private boolean isFolded(int c, int k) {
        return java.util.Arrays.binarySearch(unfolded[c], k) < 0;
    }

    /** Whether every workload key a component may read directly (all but those that only shape traffic) is fixed for every agent. */
    private static boolean componentKeysFixed(AgentPlan[] agents, java.util.Set<Integer> fixedSlots) {
        for (AgentPlan a : agents) {
            for (io.agentcost.model.WorkloadKey k : io.agentcost.model.WorkloadKey.values()) {
                if (!AffineLines.TRAFFIC_ONLY.contains(k) && !fixedSlots.contains(a.slot(k))) return false;
            }
        }
        return true;
    }

    /** Buckets of a cell: "category:x" for each category present, then "service:x", then "agent:x" (shared for none). */
    private void layoutBuckets(int c, List<LineSpec> specs) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        int[][] of = new int[specs.size()][3];
        for (Category cat : Category.values()) {
            for (LineSpec l : specs) if (l.category() == cat) index.computeIfAbsent("category:" + cat.key(), k -> add(names, k));
        }
        for (LineSpec l : specs) index.computeIfAbsent("service:" + l.service(), k -> add(names, k));
        for (LineSpec l : specs) index.computeIfAbsent("agent:" + (l.agent() == null ? Estimate.SHARED : l.agent()), k -> add(names, k));
        int[] flat = new int[specs.size() * 3];
        for (int i = 0; i < specs.size(); i++) {
            LineSpec l = specs.get(i);
            flat[3 * i] = index.get("category:" + l.category().key());
            flat[3 * i + 1] = index.get("service:" + l.service());
            flat[3 * i + 2] = index.get("agent:" + (l.agent() == null ? Estimate.SHARED : l.agent()));
        }
        bucketOfLine[c] = flat;
        bucketNames.add(List.copyOf(names));
        buckets[c] = new double[names.size()];
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }

    /** The input vector to fill before {@link #evaluate}: every slot starts at its median. */
    public double[] vars() {
        return vars;
    }

    public int cellCount() {
        return cells.size();
    }

    public PhaseArchitecture cell(int c) {
        return cells.get(c);
    }

    public int phaseCount() {
        return phases.length;
    }

    public int phaseOf(int cell) {
        return phaseOfCell[cell];
    }

    public List<String> bucketNames(int cell) {
        return bucketNames.get(cell);
    }

    /**
     * Evaluates every cell on {@link #vars()}.
     *
     * @param growth per phase, the multiplier of conversations (1 for a plain month)
     */
    public void evaluate(double[] growth) {
        evaluate(growth, true);
    }

    /** @param parts whether to split totals into category, service and agent buckets (costs a third of the time) */
    public void evaluate(double[] growth, boolean parts) {
        for (int p = 0; p < phases.length; p++) {
            PhaseGroup g = phases[p];
            g.evaluation.computeTraffic(growth == null ? 1.0 : growth[p]);
            for (int c : g.cells) evaluateCell(g.evaluation, c, parts);
        }
    }

    /** Evaluates the cells of one phase only (the forecast evaluates one phase per month). */
    public void evaluatePhase(int phase, double growth) {
        PhaseGroup g = phases[phase];
        g.evaluation.computeTraffic(growth);
        for (int c : g.cells) evaluateCell(g.evaluation, c, false);
    }

    public int[] cellsOfPhase(int phase) {
        return phases[phase].cells.clone();
    }

    private void evaluateCell(Evaluation ev, int c, boolean parts) {
        if (!parts) {
            evaluateTotal(ev, c);
            return;
        }
        // every component, with every line's quantity in place for the parts
        totals[c] = componentsTotal(ev, c, everyComponent[c], true);
        double[] q = quantities[c];
        Pricer pricer = pricers[c];
        double[] u = usd[c];
        pricer.usd(q, u);
        double[] b = buckets[c];
        java.util.Arrays.fill(b, 0);
        int[] of = bucketOfLine[c];
        for (int i = 0; i < u.length; i++) {
            double x = u[i];
            if (x != x) continue; // missing price: left out, as in the nominal estimate
            b[of[3 * i]] += x;
            b[of[3 * i + 1]] += x;
            b[of[3 * i + 2]] += x;
        }
    }

    /** A cell's total only: its folded form plus the components left out of it. */
    private void evaluateTotal(Evaluation ev, int c) {
        totals[c] = folded[c].cost(ev.features, warnings) + unfoldedTotal(ev, c, false);
    }

    /** The components left out of the cell's folded form, and the tiered groups they share. */
    double unfoldedTotal(Evaluation ev, int c, boolean allQuantities) {
        return componentsTotal(ev, c, unfolded[c], allQuantities);
    }

    /**
     * Components {@code which} of cell c, emitted and priced (or copied from an identical one, or left as
     * they were when they cannot change), plus the tiered groups shared between components; with
     * {@code allQuantities}, every one of their lines' quantities is left in place (for their parts).
     */
    private double componentsTotal(Evaluation ev, int c, int[] which, boolean allQuantities) {
        double[] q = quantities[c];
        PhaseArchitecture cell = cells.get(c);
        cell.prepare(ev);
        List<ComponentLines> components = cell.components();
        int[] from = copyFromCell[c];
        int[] start = componentStart[c];
        double[] sub = subtotal[c];
        Pricer pricer = pricers[c];
        boolean[] fixed = constant[c];
        boolean[] done = constantDone[c];
        double total = 0;
        for (int k : which) {
            if (fixed[k] && done[k]) {
                // quantities already in place from the first draw; they cannot change
            } else if (from[k] < 0) {
                sink.reset(q, start[k]);
                components.get(k).emit(ev, sink);
                sub[k] = pricer.componentSubtotal(q, k);
                done[k] = true;
            } else {
                // an identical component of an earlier cell: same quantities, same flat prices
                if (allQuantities || hasGrouped[c][k]) {
                    System.arraycopy(quantities[from[k]], copyFromStart[c][k], q, start[k], componentLength[c][k]);
                }
                sub[k] = subtotal[from[k]][copyFromComponent[c][k]];
            }
            total += sub[k];
        }
        return total + pricer.sharedGroupsTotal(q);
    }

    /*
     * Chunk mode (the simulation, KernelChunk): draws are staged one by one, then a whole chunk is priced.
     */
    private KernelChunk chunk;
    private int chunkSize;

    /**
     * Allows chunk mode for chunks of up to {@code size} iterations; returns this kernel. Its buffers are
     * made on the first {@link #stage}, so a kernel that only reads {@link #vars()} never pays for them.
     */
    public Kernel chunked(int size) {
        chunkSize = size;
        return this;
    }

    /**
     * Evaluates {@link #vars()} as iteration {@code k} of the current chunk; totals (and, with {@code parts},
     * the category, service and agent buckets) come with {@link #finishChunk}.
     */
    public void stage(int k, boolean parts) {
        if (chunk == null) chunk = new KernelChunk(this, chunkSize);
        chunk.stage(k, parts);
    }

    /** Completes iterations [0, count) of the chunk: read them with {@link #chunkTotals} and {@link #chunkParts}. */
    public void finishChunk(int count, boolean parts) {
        chunk.finish(count, parts);
    }

    /** A cell's totals over the chunk, by iteration within it (shared array, do not keep). */
    public double[] chunkTotals(int cell) {
        return chunk.totals(cell);
    }

    /** A cell's buckets over the chunk, [bucket][iteration within it], in {@link #bucketNames} order (shared, do not keep). */
    public double[][] chunkParts(int cell) {
        return chunk.parts(cell);
    }

    /* What KernelChunk reads of the compiled layout. */

    Evaluation evaluation(int phase) {
        return phases[phase].evaluation;
    }

    int[] cellsIn(int phase) {
        return phases[phase].cells;
    }

    boolean[] perDraw() {
        return perDraw;
    }

    FoldedCell[] folded() {
        return folded;
    }

    int[] varyingSlots() {
        return varyingSlots;
    }

    int bucketCount(int cell) {
        return buckets[cell].length;
    }

    /** Adds the USD of cell c's unfolded lines to its bucket columns at iteration k (after {@link #unfoldedTotal} with all quantities). */
    void addUnfoldedParts(int c, double[][] columns, int k) {
        double[] u = usd[c];
        pricers[c].usd(quantities[c], u);
        int[] of = bucketOfLine[c];
        for (int i : unfoldedLines[c]) {
            double x = u[i];
            if (x != x) continue; // missing price: left out, as in the nominal estimate
            columns[of[3 * i]][k] += x;
            columns[of[3 * i + 1]][k] += x;
            columns[of[3 * i + 2]][k] += x;
        }
    }

    public double total(int cell) {
        return totals[cell];
    }

    /** The cell's buckets of the last evaluation, in {@link #bucketNames} order (shared array, do not keep). */
    public double[] buckets(int cell) {
        return buckets[cell];
    }

    /** Warnings raised while evaluating (e.g. SageMaker capped), distinct. */
    public Set<String> warnings() {
        return warnings;
    }
}
