package io.agentcost.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded forms of one phase's cells priced over a chunk of iterations at once: traffic features
 * come in as columns ([feature][iteration]), each form is a few passes of multiply-adds over a column
 * (vectorised by the JIT), and a tiered group that several architectures share (the same egress, say)
 * is priced once for all of them.
 */
final class ChunkPricing {

    private final int[] cells;
    private final FoldedCell[] folded;
    /** Per cell of the phase: its groups, and the distinct group each one is computed as. */
    private final FoldedCell.Group[][] groupsOfCell;
    private final int[][] distinctOfCell;
    private final FoldedCell.Group[] distinct;
    private final Pricer[] distinctPricer;
    private final double[][] cost;
    private final double[][] rate;
    private final double[] total;
    private final double[] aws;
    /** A column to work in: a clamped line's quantities, a group's paid quantities in one bucket. */
    private final double[] scratch;
    private final FoldedCell.Clamped[][] clampedOfCell;
    private final java.util.Set<String> warnings;
    private final boolean[] startsHere;

    ChunkPricing(int[] cells, FoldedCell[] all, boolean[] perDraw, int chunk, java.util.Set<String> warnings) {
        this.warnings = warnings;
        startsHere = new boolean[cells.length];
        for (int i = 0; i < cells.length; i++) startsHere[i] = !perDraw[cells[i]];
        clampedOfCell = new FoldedCell.Clamped[cells.length][];
        this.cells = cells.clone();
        folded = new FoldedCell[cells.length];
        groupsOfCell = new FoldedCell.Group[cells.length][];
        distinctOfCell = new int[cells.length][];
        Map<List<Object>, Integer> index = new LinkedHashMap<>();
        List<FoldedCell.Group> groups = new ArrayList<>();
        List<Pricer> pricers = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            FoldedCell f = all[cells[i]];
            folded[i] = f;
            clampedOfCell[i] = f.clamped();
            groupsOfCell[i] = f.groups();
            distinctOfCell[i] = new int[groupsOfCell[i].length];
            for (int j = 0; j < groupsOfCell[i].length; j++) {
                FoldedCell.Group g = groupsOfCell[i][j];
                Integer d = index.get(g.identity(f.pricer()));
                if (d == null) {
                    d = groups.size();
                    index.put(g.identity(f.pricer()), d);
                    groups.add(g);
                    pricers.add(f.pricer());
                }
                distinctOfCell[i][j] = d;
            }
        }
        distinct = groups.toArray(new FoldedCell.Group[0]);
        distinctPricer = pricers.toArray(new Pricer[0]);
        cost = new double[distinct.length][chunk];
        rate = new double[distinct.length][chunk];
        total = new double[chunk];
        aws = new double[chunk];
        scratch = new double[chunk];
    }

    /**
     * Adds each cell's folded cost to {@code out[cell][k]} for k < count, given the features
     * {@code x[feature][k]}; with {@code rates}, also keeps each group's blended rate for {@link #addParts}.
     */
    void addTo(double[][] out, double[][] x, int count, boolean rates) {
        for (int d = 0; d < distinct.length; d++) {
            FoldedCell.Group g = distinct[d];
            g.total().writeTo(total, x, count);
            if (g.aws() != null) g.aws().writeTo(aws, x, count);
            distinctPricer[d].groupCosts(g.group(), total, g.aws() != null ? aws : null, g.allAws(), count, cost[d], rates ? rate[d] : null);
        }
        for (int i = 0; i < cells.length; i++) {
            double[] o = out[cells[i]];
            // a cell with nothing evaluated draw by draw starts here; the others hold their per-draw parts
            if (startsHere[i]) folded[i].flat().writeTo(o, x, count);
            else folded[i].flat().addTo(o, x, count);
            for (int d : distinctOfCell[i]) {
                double[] c = cost[d];
                for (int k = 0; k < count; k++) o[k] += c[k];
            }
            for (FoldedCell.Clamped line : clampedOfCell[i]) {
                line.quantities(x, count, scratch, warnings);
                double rate = line.rate();
                for (int k = 0; k < count; k++) o[k] += rate * scratch[k];
            }
        }
    }

    /** Adds each cell's folded parts to {@code parts[cell][bucket][k]}; after {@code addTo(…, rates = true)} on the same chunk. */
    void addParts(double[][][] parts, double[][] x, int count) {
        for (int i = 0; i < cells.length; i++) {
            double[][] p = parts[cells[i]];
            for (int b = 0; b < p.length; b++) folded[i].bucket(b).addTo(p[b], x, count);
            for (FoldedCell.Clamped line : clampedOfCell[i]) {
                line.quantities(x, count, scratch, warnings);
                double rate = line.rate();
                for (int b : line.buckets()) {
                    double[] column = p[b];
                    for (int k = 0; k < count; k++) column[k] += rate * scratch[k];
                }
            }
            for (int j = 0; j < groupsOfCell[i].length; j++) {
                FoldedCell.Form[] byBucket = groupsOfCell[i][j].paidByBucket();
                double[] r = rate[distinctOfCell[i][j]];
                for (int b = 0; b < byBucket.length; b++) {
                    if (byBucket[b] == null) continue;
                    byBucket[b].writeTo(scratch, x, count);
                    double[] column = p[b];
                    for (int k = 0; k < count; k++) column[k] += r[k] * scratch[k];
                }
            }
        }
    }
}
