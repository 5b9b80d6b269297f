package io.agentcost.estimate;

import io.agentcost.model.WorkloadKey;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A component whose quantities are an affine function of the agents' traffic features: each line's
 * quantity as a constant plus one coefficient per feature, which {@link FoldedCell} folds with the
 * prices into the cell's form. The coefficients come from emitting the component at zero and at each
 * unit feature (so they are the component's own arithmetic), and are checked at random traffic before
 * they are trusted: a component that reads anything else of the traffic, or is not affine after all,
 * is left to {@code emit}.
 */
final class AffineLines {

    /** Workload keys that only shape the traffic features; a component reading one directly is not affine in them. */
    static final Set<WorkloadKey> TRAFFIC_ONLY = EnumSet.of(WorkloadKey.MONTHLY_CONVERSATIONS, WorkloadKey.TURNS_PER_CONVERSATION,
            WorkloadKey.LLM_CALLS_PER_TURN, WorkloadKey.SYSTEM_PROMPT_TOKENS, WorkloadKey.USER_TOKENS_PER_TURN,
            WorkloadKey.OUTPUT_TOKENS_PER_CALL, WorkloadKey.RETRY_RATE, WorkloadKey.MAX_RETRIES, WorkloadKey.NON_PROD_USAGE_SHARE);

    private final int start;
    private final double[] lineBase;
    private final double[][] lineCoefficients;

    private AffineLines(int start, double[] lineBase, double[][] lineCoefficients) {
        this.start = start;
        this.lineBase = lineBase;
        this.lineCoefficients = lineCoefficients;
    }

    /**
     * Probes a component laid out at lines [start, start + length) of a cell; null when it is not affine
     * in the features. {@code ev} has its traffic computed; it is restored before returning.
     */
    static AffineLines probe(ComponentLines component, Evaluation ev, int start, int length) {
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
                && agrees(component, ev, typical, length, x -> {
                    double[] q = new double[length];
                    for (int i = 0; i < length; i++) {
                        double v = at0[i];
                        for (int j = 0; j < x.length; j++) v += coefficients[i][j] * x[j];
                        q[i] = v;
                    }
                    return q;
                });
        ev.computeTraffic(1.0);
        return ok ? new AffineLines(start, at0, coefficients) : null;
    }

    /**
     * The component's own clamped forms ({@link ComponentLines#clampedLines}), trusted only when {@code emit}
     * agrees with them at the same random traffic as an affine probe (which crosses a minimum fleet and a
     * cap); null otherwise. {@code ev} has its traffic computed; it is restored before returning.
     */
    static ComponentLines.ClampedLine[] probeClamped(ComponentLines component, Evaluation ev, int length) {
        ComponentLines.ClampedLine[] lines = component.clampedLines(ev);
        if (lines == null || lines.length != length) return null;
        for (ComponentLines.ClampedLine l : lines) {
            if (!Double.isFinite(l.constant()) || !finite(l.weights()) || Double.isNaN(l.low()) || Double.isNaN(l.high())) return null;
        }
        boolean ok = agrees(component, ev, ev.features.clone(), length, x -> {
            double[] q = new double[length];
            for (int i = 0; i < length; i++) q[i] = lines[i].at(x);
            return q;
        });
        ev.computeTraffic(1.0);
        return ok ? lines : null;
    }

    int start() {
        return start;
    }

    int length() {
        return lineBase.length;
    }

    /** Line {@code start + i}'s quantity at zero traffic, and its coefficient of feature f. */
    double lineBase(int i) {
        return lineBase[i];
    }

    double lineCoefficient(int i, int feature) {
        return lineCoefficients[i][feature];
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
     * compares with the model's quantities (relative 1e-12): a kink such as a minimum fleet that demand
     * overtakes shows up in that range. The components' own declaration ({@link ComponentLines#affineInTraffic},
     * {@link ComponentLines#clampedLines}) is the first guard; this is the second.
     */
    private static boolean agrees(ComponentLines component, Evaluation ev, double[] typical, int length,
                                  java.util.function.Function<double[], double[]> model) {
        SplittableRandom rng = new SplittableRandom(17);
        for (double scale : new double[]{1e-3, 1e-1, 1, 10, 1e3, 1e5}) {
            double[] x = new double[ev.features.length];
            for (int j = 0; j < x.length; j++) x[j] = (typical[j] > 0 ? typical[j] : 1e3) * scale * (0.5 + rng.nextDouble());
            double[] q = emitAt(component, ev, x, length);
            double[] expected = model.apply(x);
            for (int i = 0; i < length; i++) {
                if (!(Math.abs(expected[i] - q[i]) <= 1e-12 * Math.max(1, Math.abs(q[i])))) return false;
            }
        }
        return true;
    }

    private static boolean finite(double[] v) {
        for (double x : v) if (!Double.isFinite(x)) return false;
        return true;
    }
}
