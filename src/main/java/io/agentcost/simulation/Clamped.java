package io.agentcost.simulation;

import io.agentcost.model.Distribution;
import io.agentcost.model.Limits;
import io.agentcost.sampling.InverseCdf;

/**
 * Draws of a distribution with an unbounded tail (normal, lognormal, percentiles), cut to the bound
 * of their key: the loader keeps the P10 and P90 inside the bound, and this keeps the farthest
 * draws of a 50-million-iteration run inside it too, so no figure overflows (decision 0017).
 */
final class Clamped extends InverseCdf {

    private final InverseCdf inner;
    private final double min;
    private final double max;

    private Clamped(InverseCdf inner, Limits.Bound bound) {
        this.inner = inner;
        this.min = bound.min();
        this.max = bound.max();
    }

    /** The quantile function itself where every draw already lies in the bound (bounded forms, checked by the loader). */
    static InverseCdf of(InverseCdf inner, Distribution d, Limits.Bound bound) {
        if (bound == null || (d.lowerBound() >= bound.min() && d.upperBound() <= bound.max())) return inner;
        return new Clamped(inner, bound);
    }

    @Override
    public double at(double u) {
        return Math.min(Math.max(inner.at(u), min), max);
    }

    @Override
    public void at(double[] u, double[] out, int count) {
        inner.at(u, out, count);
        for (int k = 0; k < count; k++) out[k] = Math.min(Math.max(out[k], min), max);
    }
}
