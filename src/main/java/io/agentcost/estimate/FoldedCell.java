package io.agentcost.estimate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The components of one cell that need no per-draw code, folded into one form: a constant (the
 * components that cannot change between draws, priced once) and one weight per traffic feature for
 * every flat line of the affine components, plus, for each tiered group inside one affine component,
 * the group's total (and its AWS part, which the discount applies to) as its own affine form. A draw
 * then costs one short dot product per cell and one per tiered group, instead of one per component.
 * The same folding per bucket (category, service, agent) gives the parts of the total (decision 0007).
 */
final class FoldedCell {

    /** c + Σ w·x over the features with a non-zero weight (a tiered group often reads only the turns). */
    record Form(double constant, int[] features, double[] weights) {

        /** From dense weights followed by the constant. */
        static Form of(double[] dense) {
            int n = dense.length - 1;
            int nonZero = 0;
            for (int j = 0; j < n; j++) if (dense[j] != 0) nonZero++;
            int[] f = new int[nonZero];
            double[] w = new double[nonZero];
            for (int j = 0, i = 0; j < n; j++) {
                if (dense[j] == 0) continue;
                f[i] = j;
                w[i++] = dense[j];
            }
            return new Form(dense[n], f, w);
        }

        double at(double[] x) {
            double s = constant;
            for (int i = 0; i < features.length; i++) s += weights[i] * x[features[i]];
            return s;
        }

        /** out[k] = c + Σ w·x[feature][k] for k < count. */
        void writeTo(double[] out, double[][] x, int count) {
            accumulate(out, x, count, false);
        }

        /** out[k] += c + Σ w·x[feature][k] for k < count. */
        void addTo(double[] out, double[][] x, int count) {
            accumulate(out, x, count, true);
        }

        /**
         * Passes over the columns, four features at a time (one load and one store of {@code out} per four
         * multiply-adds), in loops the JIT vectorises.
         */
        private void accumulate(double[] out, double[][] x, int count, boolean add) {
            int i = 0;
            double c = constant;
            if (!add) {
                Arrays.fill(out, 0, count, c);
            } else {
                for (int k = 0; k < count; k++) out[k] += c;
            }
            for (; i + 4 <= features.length; i += 4) {
                double w0 = weights[i], w1 = weights[i + 1], w2 = weights[i + 2], w3 = weights[i + 3];
                double[] x0 = x[features[i]], x1 = x[features[i + 1]], x2 = x[features[i + 2]], x3 = x[features[i + 3]];
                for (int k = 0; k < count; k++) out[k] += w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
            }
            for (; i + 2 <= features.length; i += 2) {
                double w0 = weights[i], w1 = weights[i + 1];
                double[] x0 = x[features[i]], x1 = x[features[i + 1]];
                for (int k = 0; k < count; k++) out[k] += w0 * x0[k] + w1 * x1[k];
            }
            for (; i < features.length; i++) {
                double w = weights[i];
                double[] column = x[features[i]];
                for (int k = 0; k < count; k++) out[k] += w * column[k];
            }
        }

        Object key() {
            return List.of(constant, Arrays.toString(features), Arrays.toString(weights));
        }
    }

    /**
     * A tiered group: its total and AWS part (null when every line, or no line, is AWS), and per bucket
     * the paid quantity (quantity × (1 − discount) on AWS lines) that its blended rate multiplies (null
     * where the group has no line in the bucket).
     */
    record Group(int group, Form total, Form aws, boolean allAws, Form[] paidByBucket) {

        /** What makes two cells' groups one computation: the same price (key, factor, allowance) and the same forms. */
        List<Object> identity(Pricer pricer) {
            LineSpec first = pricer.lines().get(pricer.groupLines(group)[0]);
            return List.of(String.valueOf(first.priceKey()), first.priceFactor(), String.valueOf(first.allowance()),
                    String.valueOf(first.allowanceMode()), total.key(), aws == null ? "none" : aws.key(), allAws);
        }
    }

    /** A flat-priced line of a clamped form: USD = rate × line's clamp of the form; its three buckets. */
    record Clamped(double rate, Form form, ComponentLines.ClampedLine line, int[] buckets) {

        /** The quantity at features x; {@code warnings} get the line's warning when it is capped. */
        double quantity(double[] x, Set<String> warnings) {
            double v = form.at(x);
            if (line.capped(v)) warn(warnings);
            return line.clamp(v);
        }

        /** The quantities over a chunk, out[k] for x[feature][k]; the warning once if any is capped. */
        void quantities(double[][] x, int count, double[] out, Set<String> warnings) {
            form.writeTo(out, x, count);
            boolean capped = false;
            for (int k = 0; k < count; k++) {
                capped |= line.capped(out[k]);
                out[k] = line.clamp(out[k]);
            }
            if (capped) warn(warnings);
        }

        private void warn(Set<String> warnings) {
            if (line.warningAbove() != null) warnings.add(line.warningAbove());
        }
    }

    private final Form flat;
    private final Group[] groups;
    private final Clamped[] clamped;
    private final Form[] buckets;
    private final Pricer pricer;

    private FoldedCell(Form flat, Group[] groups, Clamped[] clamped, Form[] buckets, Pricer pricer) {
        this.flat = flat;
        this.groups = groups;
        this.clamped = clamped;
        this.buckets = buckets;
        this.pricer = pricer;
    }

    /**
     * @param affine       per component, its affine form where it is folded as one (null otherwise)
     * @param clamped      per component, its clamped forms where it is folded with them (null otherwise; flat prices only)
     * @param start        per component, its first line
     * @param constantUsd  per line, the USD of a line of a component folded as a constant (0 elsewhere, NaN if missing)
     * @param bucketOfLine three buckets per line (category, service, agent)
     */
    static FoldedCell of(AffineLines[] affine, ComponentLines.ClampedLine[][] clamped, int[] start, double[] constantUsd, int features,
                         int bucketCount, int[] bucketOfLine, Pricer pricer) {
        int d = features + 1;
        double[] total = new double[d];
        double[][] bucket = new double[bucketCount][d];
        Map<Integer, double[][]> byGroup = new LinkedHashMap<>(); // group → {total, AWS, paid per bucket...}
        Map<Integer, int[]> lineCounts = new LinkedHashMap<>(); // group → {lines, AWS lines}
        for (int line = 0; line < constantUsd.length; line++) {
            double u = constantUsd[line];
            if (u != u || u == 0) continue; // a missing price is left out, as in the nominal estimate
            total[features] += u;
            for (int j = 0; j < 3; j++) bucket[bucketOfLine[3 * line + j]][features] += u;
        }
        for (AffineLines a : affine) {
            if (a == null) continue;
            for (int i = 0; i < a.length(); i++) {
                int line = a.start() + i;
                double rate = pricer.flatRate(line);
                if (rate >= 0) {
                    addLine(total, a, i, rate, features);
                    for (int j = 0; j < 3; j++) addLine(bucket[bucketOfLine[3 * line + j]], a, i, rate, features);
                } else if (pricer.grouped(line)) {
                    double[][] forms = byGroup.computeIfAbsent(pricer.group(line), g -> new double[2 + bucketCount][]);
                    int[] counts = lineCounts.computeIfAbsent(pricer.group(line), g -> new int[2]);
                    counts[0]++;
                    addLine(form(forms, 0, d), a, i, 1, features);
                    if (pricer.aws(line)) {
                        addLine(form(forms, 1, d), a, i, 1, features);
                        counts[1]++;
                    }
                    double share = pricer.paidShare(line);
                    for (int j = 0; j < 3; j++) addLine(form(forms, 2 + bucketOfLine[3 * line + j], d), a, i, share, features);
                }
            }
        }
        Group[] groups = new Group[byGroup.size()];
        int i = 0;
        for (Map.Entry<Integer, double[][]> e : byGroup.entrySet()) {
            int[] counts = lineCounts.get(e.getKey());
            double[][] forms = e.getValue();
            Form[] paid = new Form[bucketCount];
            for (int b = 0; b < bucketCount; b++) paid[b] = forms[2 + b] == null ? null : Form.of(forms[2 + b]);
            Form aws = counts[1] == 0 || counts[1] == counts[0] ? null : Form.of(forms[1]);
            groups[i++] = new Group(e.getKey(), Form.of(forms[0]), aws, counts[1] == counts[0], paid);
        }
        java.util.List<Clamped> lines = new java.util.ArrayList<>();
        for (int k = 0; k < clamped.length; k++) {
            if (clamped[k] == null) continue;
            for (int j = 0; j < clamped[k].length; j++) {
                int line = start[k] + j;
                double rate = pricer.flatRate(line);
                if (rate < 0) continue; // a missing price is left out (the kernel folds no tiered line this way)
                ComponentLines.ClampedLine l = clamped[k][j];
                double[] dense = Arrays.copyOf(l.weights(), d);
                dense[features] = l.constant();
                lines.add(new Clamped(rate, Form.of(dense), l,
                        new int[]{bucketOfLine[3 * line], bucketOfLine[3 * line + 1], bucketOfLine[3 * line + 2]}));
            }
        }
        Form[] buckets = new Form[bucketCount];
        for (int b = 0; b < bucketCount; b++) buckets[b] = Form.of(bucket[b]);
        return new FoldedCell(Form.of(total), groups, lines.toArray(new Clamped[0]), buckets, pricer);
    }

    private static double[] form(double[][] forms, int index, int d) {
        if (forms[index] == null) forms[index] = new double[d];
        return forms[index];
    }

    /** form += scale · (line's coefficients, line's constant). */
    private static void addLine(double[] form, AffineLines a, int i, double scale, int features) {
        for (int f = 0; f < features; f++) form[f] += scale * a.lineCoefficient(i, f);
        form[features] += scale * a.lineBase(i);
    }

    Form flat() {
        return flat;
    }

    Group[] groups() {
        return groups.clone();
    }

    Form bucket(int b) {
        return buckets[b];
    }

    Pricer pricer() {
        return pricer;
    }

    Clamped[] clamped() {
        return clamped.clone();
    }

    /** The folded components' cost at these traffic features (after discount; missing prices left out). */
    double cost(double[] x, Set<String> warnings) {
        double sum = flat.at(x);
        for (Clamped c : clamped) sum += c.rate * c.quantity(x, warnings);
        for (Group g : groups) {
            double total = g.total.at(x);
            double aws = g.aws != null ? g.aws.at(x) : g.allAws ? total : 0;
            sum += pricer.groupCost(g.group, total, aws);
        }
        return sum;
    }
}
