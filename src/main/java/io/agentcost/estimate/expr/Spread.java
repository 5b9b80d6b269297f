package io.agentcost.estimate.expr;

import java.util.function.DoubleUnaryOperator;

/**
 * How a quantity differs from one conversation (or turn) to the next within a month (SPEC §12,
 * {@code {varies: D}}): points with weights. A discrete D gives its values and weights (means are exact
 * sums); a continuous D gives 1,000 equal-probability points x_i = F⁻¹((i − 0.5)/1000) with weight 1 each
 * (the midpoint rule). Not an uncertainty: the points are fixed before a run. Equal by identity.
 */
public final class Spread {

    private final String name;
    private final Object where;
    private final double[] points;
    private final double[] weights;
    private final double totalWeight;

    public Spread(String name, Object where, double[] points, double[] weights) {
        if (points.length == 0 || points.length != weights.length) throw new IllegalArgumentException("a spread needs points and as many weights");
        this.name = name;
        this.where = where;
        this.points = points.clone();
        this.weights = weights.clone();
        double w = 0;
        for (double x : weights) w += x;
        this.totalWeight = w;
    }

    public String name() {
        return name;
    }

    /** The placement the workbook keys its points by. */
    public Object where() {
        return where;
    }

    public int size() {
        return points.length;
    }

    public double point(int i) {
        return points[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    public double totalWeight() {
        return totalWeight;
    }

    /** Σ w_i·f(x_i) / Σ w_i, summed in point order (the order every back end uses). */
    public double mean(DoubleUnaryOperator f) {
        double sum = 0;
        for (int i = 0; i < points.length; i++) sum += weights[i] * f.applyAsDouble(points[i]);
        return sum / totalWeight;
    }

    @Override
    public String toString() {
        return name;
    }
}
