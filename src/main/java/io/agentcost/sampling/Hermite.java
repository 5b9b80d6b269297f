package io.agentcost.sampling;

import java.util.function.DoubleUnaryOperator;

/**
 * A smooth function tabulated on equal steps of its argument, read back by cubic Hermite interpolation on
 * the exact values and slopes at the nodes (error O(step⁴) times the fourth derivative). What the
 * simulation's quantile functions use where the exact ones are slow to draw through.
 */
final class Hermite {

    private final double from, step;
    private final int intervals;
    private final double[] value, slope;

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
        this.step = (to - from) / intervals;
        value = new double[intervals + 1];
        slope = new double[intervals + 1];
        for (int k = 0; k <= intervals; k++) {
            double x = from + k * step;
            value[k] = f.applyAsDouble(x);
            slope[k] = step * df.at(x, value[k]);
        }
    }

    /** The interpolated value at x (x inside the table's range). */
    double at(double x) {
        double t = (x - from) / step;
        int k = Math.min((int) t, intervals - 1);
        t -= k;
        double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * value[k] + (t3 - 2 * t2 + t) * slope[k] + (-2 * t3 + 3 * t2) * value[k + 1] + (t3 - t2) * slope[k + 1];
    }
}
