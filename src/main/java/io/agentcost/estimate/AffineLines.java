package io.agentcost.estimate;

import io.agentcost.model.WorkloadKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A component whose quantities are an affine function of the agents' traffic features, priced as
 * a dot product: its flat lines fold into one weight per feature (rate × coefficient, summed), and
 * only the lines priced through tiers or free allowances keep quantities. The coefficients come from
 * emitting the component at zero and at each unit feature (so they are the component's own
 * arithmetic), and are checked at random traffic before they are trusted: a component that reads
 * anything else of the traffic, or is not affine after all, is left to {@code emit}.
 */
final class AffineLines {

    /** Workload keys that only shape the traffic features; a component reading one directly is not affine in them. */
    static final Set<WorkloadKey> TRAFFIC_ONLY = EnumSet.of(WorkloadKey.MONTHLY_CONVERSATIONS, WorkloadKey.TURNS_PER_CONVERSATION,
            WorkloadKey.LLM_CALLS_PER_TURN, WorkloadKey.SYSTEM_PROMPT_TOKENS, WorkloadKey.USER_TOKENS_PER_TURN,
            WorkloadKey.OUTPUT_TOKENS_PER_CALL, WorkloadKey.RETRY_RATE, WorkloadKey.MAX_RETRIES, WorkloadKey.NON_PROD_USAGE_SHARE);

    private final double base;
    private final double[] weights;
    private final int[] groupedLines;
    private final double[] groupedBase;
    private final double[][] groupedCoefficients;

    private AffineLines(double base, double[] weights, int[] groupedLines, double[] groupedBase, double[][] groupedCoefficients) {
        this.base = base;
        this.weights = weights;
        this.groupedLines = groupedLines;
        this.groupedBase = groupedBase;
        this.groupedCoefficients = groupedCoefficients;
    }

    /**
     * Probes a component laid out at lines [start, start + length) of a cell; null when it is not affine
     * in the features. {@code ev} has its traffic computed; it is restored before returning.
     */
    static AffineLines probe(ComponentLines component, Evaluation ev, int start, int length, Pricer pricer) {
        int n = ev.features.length;
        double[] typical = ev.features.clone();
        double[] zero = new double[n];
        double[] at0 = emitAt(component, ev, zero, length);
        double[][] coefficients = new double[length][n];
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1;
            double[] q = emitAt(component, ev, unit, length);
            for (int i = 0; i < length; i++) coefficients[i][j] = q[i] - at0[i];
        }
        boolean ok = finite(at0) && java.util.Arrays.stream(coefficients).allMatch(AffineLines::finite)
                && agrees(component, ev, typical, at0, coefficients, length);
        ev.computeTraffic(1.0);
        if (!ok) return null;
        double base = 0;
        double[] weights = new double[n];
        List<Integer> grouped = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            double rate = pricer.flatRate(start + i);
            if (rate >= 0) {
                base += rate * at0[i];
                for (int j = 0; j < n; j++) weights[j] += rate * coefficients[i][j];
            } else if (pricer.grouped(start + i)) {
                grouped.add(i);
            }
        }
        int[] lines = new int[grouped.size()];
        double[] groupedBase = new double[lines.length];
        double[][] groupedCoefficients = new double[lines.length][];
        for (int k = 0; k < lines.length; k++) {
            int i = grouped.get(k);
            lines[k] = start + i;
            groupedBase[k] = at0[i];
            groupedCoefficients[k] = coefficients[i];
        }
        return new AffineLines(base, weights, lines, groupedBase, groupedCoefficients);
    }

    /** The flat lines' cost at these features; the grouped lines' quantities written into {@code q}. */
    double subtotal(double[] x, double[] q) {
        double sum = base;
        for (int j = 0; j < x.length; j++) sum += weights[j] * x[j];
        for (int k = 0; k < groupedLines.length; k++) {
            double v = groupedBase[k];
            double[] c = groupedCoefficients[k];
            for (int j = 0; j < x.length; j++) v += c[j] * x[j];
            q[groupedLines[k]] = v;
        }
        return sum;
    }

    boolean hasGroupedLines() {
        return groupedLines.length > 0;
    }

    /** The component's quantities with the agents' features set to {@code x} and every other traffic field poisoned. */
    private static double[] emitAt(ComponentLines component, Evaluation ev, double[] x, int length) {
        for (int g = 0; g < ev.agents.length; g++) {
            Traffic t = ev.agents[g];
            t.setFeatures(x, g * Traffic.FEATURES);
            for (WorkloadKey k : TRAFFIC_ONLY) t.w[k.ordinal()] = Double.NaN;
        }
        double[] q = new double[length];
        LineSink sink = LineSink.into(q);
        component.emit(ev, sink);
        return q;
    }

    /**
     * Emits at random traffic from a thousandth to a hundred thousand times the typical (median) traffic and
     * compares with the affine form (relative 1e-12): a kink such as a minimum fleet that demand overtakes
     * shows up in that range. The components' own declaration ({@link ComponentLines#affineInTraffic}) is
     * the first guard; this is the second.
     */
    private static boolean agrees(ComponentLines component, Evaluation ev, double[] typical, double[] at0, double[][] coefficients,
                                  int length) {
        SplittableRandom rng = new SplittableRandom(17);
        for (double scale : new double[]{1e-3, 1e-1, 1, 10, 1e3, 1e5}) {
            double[] x = new double[ev.features.length];
            for (int j = 0; j < x.length; j++) x[j] = (typical[j] > 0 ? typical[j] : 1e3) * scale * (0.5 + rng.nextDouble());
            double[] q = emitAt(component, ev, x, length);
            for (int i = 0; i < length; i++) {
                double v = at0[i];
                for (int j = 0; j < x.length; j++) v += coefficients[i][j] * x[j];
                if (!(Math.abs(v - q[i]) <= 1e-12 * Math.max(1, Math.abs(q[i])))) return false;
            }
        }
        return true;
    }

    private static boolean finite(double[] v) {
        for (double x : v) if (!Double.isFinite(x)) return false;
        return true;
    }
}
