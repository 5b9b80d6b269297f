package io.agentcost.sampling;

import io.agentcost.model.Distribution;
import io.agentcost.model.Distribution.LogNormal;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

import java.util.Arrays;

/**
 * A distribution's quantile function u ∈ (0,1) → x. Drawing through it lets one engine do random,
 * Latin hypercube and Sobol sampling, and gives the median (u = 0.5) used by the nominal
 * estimate. Instances are immutable and safe to share across threads: the Commons Math
 * distributions are built without a generator (they are never asked to sample).
 */
public abstract class InverseCdf {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    public abstract double at(double u);

    public double median() {
        return at(0.5);
    }

    public static double median(Distribution d) {
        return of(d).median();
    }

    public static InverseCdf of(Distribution d) {
        if (d instanceof Distribution.Fixed f) return constant(f.value());
        if (d instanceof Distribution.Uniform u) {
            return u.min() == u.max() ? constant(u.min()) : new InverseCdf() {
                public double at(double p) { return u.min() + p * (u.max() - u.min()); }
            };
        }
        if (d instanceof Distribution.Triangular t) {
            if (t.min() == t.max()) return constant(t.min());
            TriangularDistribution td = new TriangularDistribution(null, t.min(), t.mode(), t.max());
            return new InverseCdf() {
                public double at(double p) { return td.inverseCumulativeProbability(p); }
            };
        }
        if (d instanceof Distribution.Pert p) {
            if (p.min() == p.max()) return constant(p.min());
            BetaDistribution beta = new BetaDistribution(null, p.alpha(), p.beta(), 1e-12);
            double width = p.max() - p.min();
            return new InverseCdf() {
                public double at(double u) { return p.min() + width * beta.inverseCumulativeProbability(u); }
            };
        }
        if (d instanceof Distribution.Normal n) return conditionedNormal(n.mean(), n.sd());
        if (d instanceof LogNormal ln) {
            return new InverseCdf() {
                public double at(double u) { return Math.exp(ln.mu() + ln.sigma() * z(u)); }
            };
        }
        if (d instanceof Distribution.Discrete dd) return discrete(dd);
        if (d instanceof Distribution.Percentiles pc) return twoPiece(pc);
        throw new IllegalArgumentException("unknown distribution " + d);
    }

    /** Standard normal quantile. */
    static double z(double u) {
        return STANDARD_NORMAL.inverseCumulativeProbability(u);
    }

    private static InverseCdf constant(double v) {
        return new InverseCdf() {
            public double at(double u) { return v; }
        };
    }

    /** Normal conditioned on x ≥ 0 (SPEC §11.7: conditioned, not clipped): every input here is non-negative. */
    private static InverseCdf conditionedNormal(double mean, double sd) {
        NormalDistribution nd = new NormalDistribution(null, mean, sd);
        double f0 = nd.cumulativeProbability(0);
        return new InverseCdf() {
            public double at(double u) {
                return Math.max(0, nd.inverseCumulativeProbability(f0 + u * (1 - f0)));
            }
        };
    }

    /** Lower median convention: the smallest value whose cumulative weight reaches u. */
    private static InverseCdf discrete(Distribution.Discrete dd) {
        double[] values = dd.values();
        double[] weights = dd.weights();
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = Arrays.stream(weights).sum();
        double[] sorted = new double[values.length];
        double[] cumulative = new double[values.length];
        double c = 0;
        for (int i = 0; i < order.length; i++) {
            sorted[i] = values[order[i]];
            c += weights[order[i]] / total;
            cumulative[i] = c;
        }
        return new InverseCdf() {
            public double at(double u) {
                for (int i = 0; i < sorted.length; i++) if (cumulative[i] >= u - 1e-12) return sorted[i];
                return sorted[sorted.length - 1];
            }
        };
    }

    /** Two halves through p10, p50, p90: lognormal when p10 > 0, normal otherwise (decision 0004). */
    private static InverseCdf twoPiece(Distribution.Percentiles pc) {
        if (pc.logScale()) {
            double lo = Math.log(pc.p50() / pc.p10()) / LogNormal.Z90;
            double hi = Math.log(pc.p90() / pc.p50()) / LogNormal.Z90;
            return new InverseCdf() {
                public double at(double u) {
                    double zz = z(u);
                    return pc.p50() * Math.exp((zz < 0 ? lo : hi) * zz);
                }
            };
        }
        double lo = (pc.p50() - pc.p10()) / LogNormal.Z90;
        double hi = (pc.p90() - pc.p50()) / LogNormal.Z90;
        return new InverseCdf() {
            public double at(double u) {
                double zz = z(u);
                return pc.p50() + (zz < 0 ? lo : hi) * zz;
            }
        };
    }
}
