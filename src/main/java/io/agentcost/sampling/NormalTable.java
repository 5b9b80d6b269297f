package io.agentcost.sampling;

import io.agentcost.model.Distribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A normal's (conditioned on x ≥ 0) or a lognormal's quantile function tabulated for the simulation, laid out as
 * {@link PertTable}: u ∈ [0.02, 0.98] on 1,024 equal steps of u (error below 1e-7 of the P1–P99 spread), each tail
 * on 1,024 equal steps of log u (log(1 − u) above) down to 2⁻⁵⁰, computed beyond. Drawing a tail value exactly
 * (a logarithm, a square root and a rational function for z, then an exponential) took about as long as the rest
 * of the draw of these inputs; from its table it is a logarithm and an interpolation. Both tails are functions of
 * w = u or 1 − u computed from w itself, so that the upper one keeps its accuracy where 1 − u has few digits.
 */
final class NormalTable extends InverseCdf {

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double LO = 0.02, HI = 0.98;
    private static final double TAIL_FROM = Math.log(0x1.0p-50), TAIL_TO = Math.log(LO);

    /** One side of the quantile function as a function of w (u = w or u = 1 − w) and its derivative d/dw. */
    private interface Side {
        double at(double w);

        double slope(double w);
    }

    private final InverseCdf exact;
    private final Hermite middle, low, high;

    private NormalTable(InverseCdf exact, Side lower, Side upper) {
        this.exact = exact;
        // on the middle, Q(u) is the lower side at w = u (the slopes as before this table had tails: the same nodes)
        middle = new Hermite(LO, HI, 1024, exact::at, (u, x) -> lower.slope(u));
        low = tail(lower);
        high = tail(upper);
    }

    /** g(s) = side(e^s), dg/ds = side'(e^s)·e^s. */
    private static Hermite tail(Side side) {
        return new Hermite(TAIL_FROM, TAIL_TO, 1024, s -> side.at(Math.exp(s)), (s, g) -> side.slope(Math.exp(s)) * Math.exp(s));
    }

    /** Q(u) = max(0, mean + sd·z(f0 + u(1 − f0))) with f0 = P(x < 0); above, z(1 − w(1 − f0)) = −z(w(1 − f0)). */
    static NormalTable of(Distribution.Normal n, InverseCdf exact) {
        double f0 = new NormalDistribution(null, n.mean(), n.sd()).cumulativeProbability(0);
        double mean = n.mean(), sd = n.sd(), rest = 1 - f0;
        return new NormalTable(exact, new Side() {
            public double at(double w) {
                return Math.max(0, mean + sd * z(f0 + w * rest));
            }

            public double slope(double w) {
                double zz = z(f0 + w * rest);
                return sd * rest * SQRT_2PI * Math.exp(zz * zz / 2);
            }
        }, new Side() {
            public double at(double w) {
                return Math.max(0, mean - sd * z(w * rest));
            }

            public double slope(double w) {
                double zz = z(w * rest);
                return -sd * rest * SQRT_2PI * Math.exp(zz * zz / 2);
            }
        });
    }

    /** Q(u) = exp(μ + σ·z(u)); above, exp(μ − σ·z(w)). */
    static NormalTable of(Distribution.LogNormal ln, InverseCdf exact) {
        double mu = ln.mu(), sigma = ln.sigma();
        return new NormalTable(exact, side(mu, sigma), side(mu, -sigma));
    }

    private static Side side(double mu, double sigma) {
        return new Side() {
            public double at(double w) {
                return Math.exp(mu + sigma * z(w));
            }

            public double slope(double w) {
                double zz = z(w);
                return Math.exp(mu + sigma * zz) * sigma * SQRT_2PI * Math.exp(zz * zz / 2);
            }
        };
    }

    @Override
    public double at(double u) {
        if (u >= LO && u <= HI) return middle.at(u);
        boolean lower = u < LO;
        double s = Math.log(lower ? u : 1 - u);
        return s >= TAIL_FROM ? Math.max(0, (lower ? low : high).at(s)) : exact.at(u);
    }

    /** The middle table for the whole column, then the tails (1 value in 25) one by one. */
    @Override
    public void at(double[] u, double[] out, int count) {
        middle.at(u, out, count);
        for (int k = 0; k < count; k++) if (!(u[k] >= LO && u[k] <= HI)) out[k] = at(u[k]);
    }

    @Override
    public double median() {
        return exact.median();
    }
}
