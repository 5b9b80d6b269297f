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
    /**
     * Per interval, its cubic's four coefficients side by side (32 bytes, half a cache line): computed once from
     * the nodes' values and slopes × step with the same operations a draw did before, so the values are the same
     * bits, and a draw does four multiply-adds instead of ten operations.
     */
    private final double[] coefficients;

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
        double[] nodes = new double[2 * (intervals + 1)];
        for (int k = 0; k <= intervals; k++) {
            double x = from + k * step;
            double v = f.applyAsDouble(x);
            nodes[2 * k] = v;
            nodes[2 * k + 1] = step * df.at(x, v);
        }
        coefficients = new double[4 * intervals];
        for (int k = 0; k < intervals; k++) {
            double v0 = nodes[2 * k], d0 = nodes[2 * k + 1], v1 = nodes[2 * k + 2], d1 = nodes[2 * k + 3];
            // cubic Hermite: v0 + t·(d0 + t·(3(v1 − v0) − 2d0 − d1 + t·(2(v0 − v1) + d0 + d1)))
            coefficients[4 * k] = v0;
            coefficients[4 * k + 1] = d0;
            coefficients[4 * k + 2] = 3 * (v1 - v0) - 2 * d0 - d1;
            coefficients[4 * k + 3] = 2 * (v0 - v1) + d0 + d1;
        }
    }

    /** The interpolated value at x (x inside the table's range). */
    double at(double x) {
        double t = (x - from) * inverseStep;
        int k = (int) t;
        if (k >= intervals) k = intervals - 1;
        t -= k;
        double[] c = coefficients;
        int i = 4 * k;
        return c[i] + t * (c[i + 1] + t * (c[i + 2] + t * c[i + 3]));
    }

    /**
     * out[k] = at(x[k]) for the x[k] inside the range, a column at a time; elsewhere out[k] is a value of the end
     * interval, for the caller to overwrite. No test of the range per value: a branch that the tails take at random
     * (4% of uniforms) cost more than the interpolation, so callers mend the tails in a second pass.
     */
    void at(double[] x, double[] out, int count) {
        double from = this.from, inverseStep = this.inverseStep;
        double[] c = coefficients;
        int last = intervals - 1;
        for (int j = 0; j < count; j++) {
            double t = (x[j] - from) * inverseStep;
            int k = Math.max(0, Math.min((int) t, last));
            t -= k;
            int i = 4 * k;
            out[j] = c[i] + t * (c[i + 1] + t * (c[i + 2] + t * c[i + 3]));
        }
    }
}
