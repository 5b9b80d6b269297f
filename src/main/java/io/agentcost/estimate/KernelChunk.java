package io.agentcost.estimate;

import java.util.Arrays;

/**
 * A kernel's chunk mode, for the simulation: {@link #stage} takes one draw (the inputs that vary, and
 * whatever of a cell is not folded, with its own traffic where a phase needs it); {@link #finish} then
 * computes the chunk's traffic as columns and prices every cell's folded form over them
 * ({@link ChunkPricing}). One per kernel, so one per thread.
 */
final class KernelChunk {

    private final Kernel kernel;
    private final int size;
    private final int phases;
    private final boolean[] perDraw;
    /** Per phase, its traffic features as columns, [feature][draw]. */
    private final double[][][] features;
    private final double[][] totals;
    private double[][][] parts;
    private final ChunkPricing[] pricing;
    /** The varying slots' values, [slot of varyingSlots][draw]; per phase, its agents' traffic from them (null: per draw). */
    private final double[][] varying;
    private final TrafficColumns[][] traffic;

    KernelChunk(Kernel kernel, int size) {
        this.kernel = kernel;
        this.size = size;
        this.phases = kernel.phaseCount();
        this.perDraw = kernel.perDraw();
        int[] slots = kernel.varyingSlots();
        double[] vars = kernel.vars();
        features = new double[phases][][];
        pricing = new ChunkPricing[phases];
        totals = new double[kernel.cellCount()][size];
        varying = new double[slots.length][size];
        int[] columnOf = new int[vars.length];
        Arrays.fill(columnOf, -1);
        for (int j = 0; j < slots.length; j++) columnOf[slots[j]] = j;
        traffic = new TrafficColumns[phases][];
        for (int p = 0; p < phases; p++) {
            Evaluation ev = kernel.evaluation(p);
            features[p] = new double[ev.features.length][size];
            pricing[p] = new ChunkPricing(kernel.cellsIn(p), kernel.folded(), perDraw, size, kernel.warnings());
            boolean anyPerDraw = false;
            for (int c : kernel.cellsIn(p)) anyPerDraw |= perDraw[c];
            if (anyPerDraw) continue;
            // nothing of this phase needs a draw's own traffic: it is computed for the whole chunk in finish
            traffic[p] = new TrafficColumns[ev.plans.length];
            for (int g = 0; g < ev.plans.length; g++) {
                traffic[p][g] = new TrafficColumns(ev.plans[g], vars, columnOf, varying, g * Traffic.FEATURES, size);
            }
        }
    }

    void stage(int k, boolean withParts) {
        if (withParts && parts == null) {
            parts = new double[totals.length][][];
            for (int c = 0; c < totals.length; c++) parts[c] = new double[kernel.bucketCount(c)][size];
        }
        double[] vars = kernel.vars();
        int[] slots = kernel.varyingSlots();
        for (int j = 0; j < slots.length; j++) varying[j][k] = vars[slots[j]];
        for (int p = 0; p < phases; p++) {
            if (traffic[p] != null) continue;
            Evaluation ev = kernel.evaluation(p);
            ev.computeTraffic(1.0);
            double[][] columns = features[p];
            double[] x = ev.features;
            for (int f = 0; f < x.length; f++) columns[f][k] = x[f];
            for (int c : kernel.cellsIn(p)) {
                if (!perDraw[c]) continue; // its totals and parts start in finish
                totals[c][k] = kernel.unfoldedTotal(ev, c, withParts);
                if (!withParts) continue;
                for (double[] column : parts[c]) column[k] = 0;
                kernel.addUnfoldedParts(c, parts[c], k);
            }
        }
    }

    void finish(int count, boolean withParts) {
        if (withParts) {
            // a cell with nothing per draw has no parts staged: they start at 0 (its total starts in ChunkPricing)
            for (int c = 0; c < perDraw.length; c++) {
                if (!perDraw[c]) for (double[] column : parts[c]) Arrays.fill(column, 0, count, 0);
            }
        }
        for (int p = 0; p < phases; p++) {
            if (traffic[p] != null) for (TrafficColumns t : traffic[p]) t.compute(count, features[p]);
            pricing[p].addTo(totals, features[p], count, withParts);
            if (withParts) pricing[p].addParts(parts, features[p], count);
        }
    }

    double[] totals(int cell) {
        return totals[cell];
    }

    double[][] parts(int cell) {
        return parts[cell];
    }
}
