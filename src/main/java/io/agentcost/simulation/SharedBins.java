package io.agentcost.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The histograms of several architectures on one set of bins, as shares of each one's draws, so that they
 * compare: a wide distribution stands lower than a narrow one, and one that costs more sits further right.
 * The axis covers from the lowest P1 to the highest P99 of all of them, on round bin edges; the draws beyond
 * either end are counted apart ({@link Series#below}, {@link Series#above}) and said in words, never added
 * to the end bins, where a long tail used to make a bump that was not there (decision 0019). The app's charts and the
 * workbook's Simulation sheet bin the same way.
 *
 * @param edges bin edges, ascending and evenly spaced; bin i holds the draws in (edges[i], edges[i+1]]
 */
public record SharedBins(double[] edges, List<Series> series) {

    /**
     * At most this many bins over the axis (down to half as many when the width rounds up): enough to show the
     * shape of a cheap architecture on an axis that must also reach an expensive one.
     */
    public static final int TARGET_BINS = 60;

    /**
     * @param shares share of the architecture's draws in each bin (0–1)
     * @param below  share at or below the axis's first edge; {@code above} past its last
     */
    public record Series(String architecture, double[] shares, double below, double above, double min, double max) {
    }

    /** One architecture's S-curve (its values at 0%, 1%, …, 100%). */
    public record Input(String architecture, double[] scurve) {
    }

    /** The series of the first architectures of these names (a current run's, binned with a baseline's), on the same edges. */
    public SharedBins only(List<String> architectures) {
        List<Series> kept = new ArrayList<>();
        List<String> left = new ArrayList<>(architectures);
        for (Series x : series) if (left.remove(x.architecture())) kept.add(x);
        return new SharedBins(edges, List.copyOf(kept));
    }

    public static SharedBins of(List<Input> inputs) {
        if (inputs.isEmpty()) return new SharedBins(new double[0], List.of());
        List<Cdf> cdfs = inputs.stream().map(i -> new Cdf(i.scurve())).toList();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Cdf c : cdfs) {
            lo = Math.min(lo, c.percentile(1));
            hi = Math.max(hi, c.percentile(99));
        }
        // every architecture a fixed cost, all the same: a few bins around it
        double width = hi > lo ? nice((hi - lo) / TARGET_BINS) : nice(Math.max(Math.abs(lo), 1) * 0.05);
        // the first edge strictly below the lowest P1 and the last strictly above the highest P99, so a cost that
        // does not vary is inside a bin even when it falls on a round number
        double start = width * (Math.ceil(lo / width) - 1);
        double end = width * (Math.floor(hi / width) + 1);
        int bins = (int) Math.round((end - start) / width);
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) edges[b] = start + b * width;
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Cdf cdf = cdfs.get(i);
            double[] shares = new double[bins];
            for (int b = 0; b < bins; b++) shares[b] = cdf.atOrBelow(edges[b + 1]) - cdf.atOrBelow(edges[b]);
            out.add(new Series(inputs.get(i).architecture(), shares, cdf.atOrBelow(start), 1 - cdf.atOrBelow(end), cdf.min(), cdf.max()));
        }
        return new SharedBins(edges, List.copyOf(out));
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at least {@code raw}: bin edges a reader can add up. */
    public static double nice(double raw) {
        double base = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5}) if (m * base >= raw * (1 - 1e-12)) return m * base;
        return 10 * base;
    }

    public double width() {
        return edges.length < 2 ? 0 : edges[1] - edges[0];
    }

    /**
     * The draws the axis does not show, one clause per side naming each architecture's share ("above $120k:
     * bedrock 1.0%, hybrid 0.4% of draws, up to $310k"); shares that round to 0.0% are left out. Empty when the
     * axis shows every draw.
     *
     * @param money how an amount is written ("$120k")
     */
    public List<String> beyondAxis(DoubleFunction<String> money) {
        List<String> out = new ArrayList<>();
        if (edges.length == 0) return out;
        List<String> below = new ArrayList<>(), above = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            if (s.below() >= 0.0005) {
                below.add(String.format(Locale.ROOT, "%s %.1f%%", s.architecture(), 100 * s.below()));
                min = Math.min(min, s.min());
            }
            if (s.above() >= 0.0005) {
                above.add(String.format(Locale.ROOT, "%s %.1f%%", s.architecture(), 100 * s.above()));
                max = Math.max(max, s.max());
            }
        }
        if (!above.isEmpty()) out.add("above " + money.apply(edges[edges.length - 1]) + ": " + String.join(", ", above)
                + " of draws, up to " + money.apply(max));
        if (!below.isEmpty()) out.add("below " + money.apply(edges[0]) + ": " + String.join(", ", below)
                + " of draws, down to " + money.apply(min));
        return out;
    }
}
