package io.agentcost.sampling;

import java.util.function.DoubleUnaryOperator;

/**
 * A smooth function tabulated on equal steps of its argument, read back by cubic Hermite interpolation on
 * the exact values and slopes at the nodes (error O(step⁴) times the fourth derivative). What the
 * simulation's quantile functions use where the exact ones are slow to draw through.
 */
final class Hermite {

    private final double from, inverseStep;
    private final int intervals;
    /** Per node, its value and its slope × step, side by side (one cache line holds what an interval needs). */
    private final double[] nodes;

    /** A derivative given the argument and the function's value there (a quantile's slope is 1 / density at the value). */
    interface Slope {
        double at(double x, double fx);
    }

    /**
     * @param f  the function
     * @param df its derivative
     */
    Hermite(double from, double to, int intervals, DoubleUnaryOperator f, Slope df) {
        this.from = from;
        this.intervals = intervals;
        double step = (to - from) / intervals;
        this.inverseStep = 1 / step;
        nodes = new double[2 * (intervals + 1)];
        for (int k = 0; k <= intervals; k++) {
            double x = from + k * step;
            double v = f.applyAsDouble(x);
            nodes[2 * k] = v;
            nodes[2 * k + 1] = step * df.at(x, v);
        }
    }

    /** The interpolated value at x (x inside the table's range). */
    double at(double x) {
        double t = (x - from) * inverseStep;
        int k = (int) t;
        if (k >= intervals) k = intervals - 1;
        t -= k;
        int i = 2 * k;
        double v0 = nodes[i], d0 = nodes[i + 1], v1 = nodes[i + 2], d1 = nodes[i + 3];
        // cubic Hermite: v0 + t·(d0 + t·(3(v1 − v0) − 2d0 − d1 + t·(2(v0 − v1) + d0 + d1)))
        double c2 = 3 * (v1 - v0) - 2 * d0 - d1;
        double c3 = 2 * (v0 - v1) + d0 + d1;
        return v0 + t * (d0 + t * (c2 + t * c3));
    }
}
