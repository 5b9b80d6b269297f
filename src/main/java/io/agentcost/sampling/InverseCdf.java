package io.agentcost.sampling;

import io.agentcost.model.Distribution.LogNormal;
import io.agentcost.model.Distribution;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * A distribution's quantile function u ∈ (0,1) → x. Drawing through it lets one engine do random,
 * Latin hypercube and Sobol sampling, and gives the median (u = 0.5) used by the nominal estimate.
 * Instances are immutable and safe to share across threads: the Commons Math distributions are built
 * without a generator (they are never asked to sample). {@link #of} is exact; {@link #fast} is what the
 * simulation draws through, a column of draws at a time ({@link #at(double[], double[], int)}).
 */
public abstract class InverseCdf {

    /**
     * Standard normal distribution function, double precision (Hart 1968, algorithm 5666, as given by
     * G. West, "Better approximations to cumulative normal functions", Wilmott 2005; absolute error
     * below 1e-14). Commons Math's version goes through the incomplete gamma function, which is ~50×
     * slower and sits in the simulation's inner loop (the copula).
     */
    public static double phi(double z) {
        double x = Math.abs(z);
        double c;
        if (x > 37) {
            c = 0;
        } else {
            double e = Math.exp(-x * x / 2);
            if (x < 7.07106781186547) {
                double b = 3.52624965998911e-02 * x + 0.700383064443688;
                b = b * x + 6.37396220353165;
                b = b * x + 33.912866078383;
                b = b * x + 112.079291497871;
                b = b * x + 221.213596169931;
                b = b * x + 220.206867912376;
                double d = 8.83883476483184e-02 * x + 1.75566716318264;
                d = d * x + 16.064177579207;
                d = d * x + 86.7807322029461;
                d = d * x + 296.564248779674;
                d = d * x + 637.333633378831;
                d = d * x + 793.826512519948;
                d = d * x + 440.413735824752;
                c = e * b / d;
            } else {
                double b = x + 0.65;
                b = x + 4 / b;
                b = x + 3 / b;
                b = x + 2 / b;
                b = x + 1 / b;
                c = e / b / 2.506628274631;
            }
        }
        return z > 0 ? 1 - c : c;
    }

    /**
     * Standard normal quantile: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
     * distribution", Applied Statistics 37 (1988) 477–484, PPND16 (relative error about 1e-16). Commons
     * Math's inverse goes through erfInv and its own log, several times slower, and every lognormal,
     * normal and correlated input is drawn through it.
     */
    public static double z(double u) {
        double q = u - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r
                    + 3.3871328727963666080)
                    / (((((((5226.4952788528545610 * r + 28729.085735721942674) * r + 39307.895800092710610) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.18700749205790830) * r + 42.313330701600911252) * r + 1.0);
        }
        double r = q < 0 ? u : 1 - u;
        if (r <= 0) return q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        r = Math.sqrt(-Math.log(r));
        double x;
        if (r <= 5) {
            r -= 1.6;
            x = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r + 4.63033784615654529590) * r
                    + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
                    + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940) * r + 2.05319162663775882187) * r
                    + 1.0);
        } else {
            r -= 5;
            x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
                    + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580) * r + 5.46378491116411436990) * r
                    + 6.65790464350110377720)
                    / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
                    + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r + 5.99832206555887937690e-1) * r
                    + 1.0);
        }
        return q < 0 ? -x : x;
    }

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /**
     * z on u ∈ [0.02, 0.98] and Φ on [−5, 5], tabulated ({@link Hermite}, 2,048 steps, 64 KB each: they stay in
     * cache beside the inputs' own tables) for the copula and the two-piece percentiles.
     */
    private static final Hermite Z = new Hermite(0.02, 0.98, 2048, InverseCdf::z, (u, z) -> SQRT_2PI * Math.exp(z * z / 2));
    private static final Hermite PHI = new Hermite(-5, 5, 2048, InverseCdf::phi, (x, p) -> Math.exp(-x * x / 2) / SQRT_2PI);

    /** {@link #z} from its table where u is inside [0.02, 0.98] (absolute error below 2e-9), exact outside. */
    public static double zFast(double u) {
        return u >= 0.02 && u <= 0.98 ? Z.at(u) : z(u);
    }

    /** {@link #phi} from its table on [−5, 5] (absolute error below 1e-12), exact outside. */
    public static double phiFast(double x) {
        return x >= -5 && x <= 5 ? PHI.at(x) : phi(x);
    }

    /** out[k] = zFast(u[k]) for k < count, a column at a time (the tails mended in a second pass). */
    static void zFast(double[] u, double[] out, int count) {
        Z.at(u, out, count);
        for (int k = 0; k < count; k++) if (!(u[k] >= 0.02 && u[k] <= 0.98)) out[k] = z(u[k]);
    }

    /** out[k] = phiFast(x[k]) for k < count, a column at a time (the tails mended in a second pass); x is not out. */
    static void phiFast(double[] x, double[] out, int count) {
        PHI.at(x, out, count);
        for (int k = 0; k < count; k++) if (!(x[k] >= -5 && x[k] <= 5)) out[k] = phi(x[k]);
    }

    public abstract double at(double u);

    /**
     * out[k] = at(u[k]) for k < count: one call per column of draws. The quantile functions the simulation draws
     * through repeat this loop in their own (final) class, so that the JIT compiles a copy per class with
     * {@code at} bound and inlined; this shared one would call it through every subclass's vtable.
     */
    public void at(double[] u, double[] out, int count) {
        for (int k = 0; k < count; k++) out[k] = at(u[k]);
    }

    public double median() {
        return at(0.5);
    }

    public static double median(Distribution d) {
        return of(d).median();
    }

    /**
     * The same quantile function, faster where the exact one is slow: PERT (a Beta whose inverse Commons
     * Math finds with a root solver) is tabulated ({@link PertTable}), triangular and normal are in
     * closed form; the others are already fast.
     */
    public static InverseCdf fast(Distribution d) {
        if (d instanceof Distribution.Triangular t && t.min() < t.max()) return new FastTriangular(t.min(), t.mode(), t.max());
        if (d instanceof Distribution.Percentiles pc) return twoPiece(pc, true);
        if (d instanceof Distribution.Pert || d instanceof Distribution.Normal || d instanceof LogNormal) {
            // a live preview re-runs the same inputs: keep the last tables (a distribution is a value, equal parameters, equal table)
            InverseCdf cached = TABLES.get(d);
            if (cached != null) return cached;
            InverseCdf table = tabulate(d);
            if (TABLES.size() > 256) TABLES.clear();
            TABLES.put(d, table);
            return table;
        }
        return of(d);
    }

    private static InverseCdf tabulate(Distribution d) {
        if (d instanceof Distribution.Normal n) return NormalTable.of(n, of(d));
        if (d instanceof LogNormal ln) return NormalTable.of(ln, of(d));
        Distribution.Pert p = (Distribution.Pert) d;
        return p.min() == p.max() ? of(p) : new PertTable(p, of(p));
    }

    private static final Map<Distribution, InverseCdf> TABLES = new ConcurrentHashMap<>();

    public static InverseCdf of(Distribution d) {
        if (d instanceof Distribution.Fixed f) return constant(f.value());
        if (d instanceof Distribution.Uniform u) return u.min() == u.max() ? constant(u.min()) : new Uniform(u.min(), u.max());
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
        if (d instanceof LogNormal ln) return new LogNormalQuantile(ln.mu(), ln.sigma());
        if (d instanceof Distribution.Discrete dd) return discrete(dd);
        if (d instanceof Distribution.Percentiles pc) return twoPiece(pc, false);
        throw new IllegalArgumentException("unknown distribution " + d);
    }

    /**
     * The u-quantile of the beta distribution (alpha, beta) on [0, 1], as a PERT input's points are drawn (the
     * workbook's BETAINV where its evaluator lacks one).
     */
    public static double beta(double alpha, double beta, double u) {
        return new BetaDistribution(null, alpha, beta, 1e-12).inverseCumulativeProbability(u);
    }

    private static InverseCdf constant(double v) {
        return new InverseCdf() {
            public double at(double u) { return v; }

            @Override
            public void at(double[] u, double[] out, int count) {
                Arrays.fill(out, 0, count, v);
            }
        };
    }

    private static final class Uniform extends InverseCdf {
        private final double min, width;

        Uniform(double min, double max) {
            this.min = min;
            this.width = max - min;
        }

        public double at(double p) {
            return min + p * width;
        }

        @Override
        public void at(double[] u, double[] out, int count) {
            for (int k = 0; k < count; k++) out[k] = min + u[k] * width;
        }
    }

    /** exp(μ + σ·z(u)). */
    private static final class LogNormalQuantile extends InverseCdf {
        private final double mu, sigma;

        LogNormalQuantile(double mu, double sigma) {
            this.mu = mu;
            this.sigma = sigma;
        }

        public double at(double u) {
            return Math.exp(mu + sigma * z(u));
        }

        @Override
        public void at(double[] u, double[] out, int count) {
            for (int k = 0; k < count; k++) out[k] = Math.exp(mu + sigma * z(u[k]));
        }
    }

    /** The triangular quantile in closed form (Commons Math's, without its argument checks per draw). */
    private static final class FastTriangular extends InverseCdf {
        private final double min, mode, max, split, lower, upper;

        FastTriangular(double min, double mode, double max) {
            this.min = min;
            this.mode = mode;
            this.max = max;
            split = (mode - min) / (max - min);
            lower = (max - min) * (mode - min);
            upper = (max - min) * (max - mode);
        }

        public double at(double p) {
            return p < split ? min + Math.sqrt(p * lower) : max - Math.sqrt((1 - p) * upper);
        }

        /**
         * Both square roots for every draw (a loop the JIT vectorises), then the choice: which side of the mode a draw
         * falls is a coin toss, and a mispredicted branch per draw cost twice as much as the second root.
         */
        @Override
        public void at(double[] u, double[] out, int count) {
            double[] above = SCRATCH.get();
            if (above.length < count) SCRATCH.set(above = new double[count]);
            double lower = this.lower, upper = this.upper, split = this.split, min = this.min, max = this.max;
            for (int k = 0; k < count; k++) {
                out[k] = Math.sqrt(u[k] * lower);
                above[k] = Math.sqrt((1 - u[k]) * upper);
            }
            for (int k = 0; k < count; k++) out[k] = u[k] < split ? min + out[k] : max - above[k];
        }

        private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);
    }

    /**
     * Normal conditioned on x ≥ 0 (SPEC §11.7: conditioned, not clipped): every input here is non-negative.
     * Through {@link #z}, which keeps its accuracy in the tails where Commons Math's inverse loses it. Above the
     * median through 1 − u, which is exact there: f0 + u(1 − f0) rounds to few digits of its distance to 1, and
     * z(1 − v) = −z(v).
     */
    private static InverseCdf conditionedNormal(double mean, double sd) {
        double f0 = new NormalDistribution(null, mean, sd).cumulativeProbability(0);
        return new InverseCdf() {
            public double at(double u) {
                return u > 0.5 ? Math.max(0, mean - sd * z((1 - u) * (1 - f0))) : Math.max(0, mean + sd * z(f0 + u * (1 - f0)));
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

            /** The index is the number of cumulative weights below u: counted without a branch per value (u is random). */
            @Override
            public void at(double[] u, double[] out, int count) {
                int last = sorted.length - 1;
                for (int k = 0; k < count; k++) {
                    double x = u[k] - 1e-12;
                    int i = 0;
                    for (int j = 0; j < last; j++) i += cumulative[j] < x ? 1 : 0;
                    out[k] = sorted[i];
                }
            }
        };
    }

    /** Two halves through p10, p50, p90: lognormal when p10 > 0, normal otherwise (decision 0004); {@code fast}: through {@link #zFast}. */
    private static InverseCdf twoPiece(Distribution.Percentiles pc, boolean fast) {
        double p50 = pc.p50();
        boolean log = pc.logScale();
        double lo = log ? Math.log(p50 / pc.p10()) / LogNormal.Z90 : (p50 - pc.p10()) / LogNormal.Z90;
        double hi = log ? Math.log(pc.p90() / p50) / LogNormal.Z90 : (pc.p90() - p50) / LogNormal.Z90;
        return new InverseCdf() {
            public double at(double u) {
                double zz = fast ? zFast(u) : z(u);
                double s = (zz < 0 ? lo : hi) * zz;
                return log ? p50 * Math.exp(s) : p50 + s;
            }

            @Override
            public void at(double[] u, double[] out, int count) {
                for (int k = 0; k < count; k++) out[k] = at(u[k]);
            }
        };
    }
}
