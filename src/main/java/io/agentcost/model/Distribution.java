package io.agentcost.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * An uncertain (or fixed) numeric input. Values only: drawing from a distribution lives in the
 * {@code sampling} package, so the model stays free of numeric libraries. Factories reject
 * parameters that describe no distribution, with a message a user can act on.
 */
public sealed interface Distribution {

    /** Smallest value the distribution can produce (may be negative infinity). */
    double lowerBound();

    /** Largest value the distribution can produce (may be positive infinity). */
    double upperBound();

    /** True when every draw is the same number. */
    default boolean isFixed() {
        return false;
    }

    /** Short text in the scenario file's own notation, for reports. */
    String describe();

    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    record Fixed(double value) implements Distribution {
        public Fixed {
            requireFinite(value, "value");
        }
        public double lowerBound() { return value; }
        public double upperBound() { return value; }
        @Override public boolean isFixed() { return true; }
        public String describe() { return num(value); }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireFinite(min, "min");
            requireFinite(max, "max");
            if (min > max) throw new IllegalArgumentException("min " + num(min) + " is greater than max " + num(max));
        }
        public double lowerBound() { return min; }
        public double upperBound() { return max; }
        @Override public boolean isFixed() { return min == max; }
        public String describe() { return "uniform[" + num(min) + ", " + num(max) + "]"; }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireOrdered(min, mode, max);
        }
        public double lowerBound() { return min; }
        public double upperBound() { return max; }
        @Override public boolean isFixed() { return min == max; }
        public String describe() { return "triangular[" + num(min) + ", " + num(mode) + ", " + num(max) + "]"; }
    }

    /** Beta-PERT with lambda = 4 (SPEC §11.7). */
    record Pert(double min, double mode, double max) implements Distribution {
        public static final double LAMBDA = 4.0;
        public Pert {
            requireOrdered(min, mode, max);
        }
        public double alpha() { return 1 + LAMBDA * (mode - min) / (max - min); }
        public double beta() { return 1 + LAMBDA * (max - mode) / (max - min); }
        public double lowerBound() { return min; }
        public double upperBound() { return max; }
        @Override public boolean isFixed() { return min == max; }
        public String describe() { return "pert[" + num(min) + ", " + num(mode) + ", " + num(max) + "]"; }
    }

    /** Normal; for inputs that cannot be negative it is conditioned on x ≥ 0 when sampled (SPEC §11.7). */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (sd <= 0) throw new IllegalArgumentException("sd must be greater than 0 (got " + num(sd) + ")");
        }
        public double lowerBound() { return Double.NEGATIVE_INFINITY; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public String describe() { return "normal{mean " + num(mean) + ", sd " + num(sd) + "}"; }
    }

    /** Lognormal by the parameters of ln X: median = exp(mu). */
    record LogNormal(double mu, double sigma, String given) implements Distribution {
        /** z of the 90th percentile of the standard normal. */
        public static final double Z90 = 1.2815515655446004;

        public LogNormal {
            requireFinite(mu, "mu");
            requireFinite(sigma, "sigma");
            if (sigma <= 0) throw new IllegalArgumentException("spread must be greater than 0");
        }

        public static LogNormal ofMedianP90(double median, double p90) {
            requireFinite(median, "median");
            requireFinite(p90, "p90");
            if (median <= 0) throw new IllegalArgumentException("median must be greater than 0 (got " + num(median) + ")");
            if (p90 <= median) throw new IllegalArgumentException("p90 " + num(p90) + " must be greater than median " + num(median));
            return new LogNormal(Math.log(median), Math.log(p90 / median) / Z90,
                    "lognormal{median " + num(median) + ", p90 " + num(p90) + "}");
        }

        public static LogNormal ofMeanSd(double mean, double sd) {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (mean <= 0) throw new IllegalArgumentException("mean must be greater than 0 (got " + num(mean) + ")");
            if (sd <= 0) throw new IllegalArgumentException("sd must be greater than 0 (got " + num(sd) + ")");
            double s2 = Math.log(1 + (sd * sd) / (mean * mean));
            return new LogNormal(Math.log(mean) - s2 / 2, Math.sqrt(s2),
                    "lognormal{mean " + num(mean) + ", sd " + num(sd) + "}");
        }

        public double median() { return Math.exp(mu); }
        /** Strictly positive. */
        public double lowerBound() { return Double.MIN_VALUE; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public String describe() { return given; }
    }

    /** Values with weights; the median is the lower median (SPEC §11.7). */
    record Discrete(double[] values, double[] weights) implements Distribution {
        public Discrete {
            if (values.length == 0) throw new IllegalArgumentException("values must not be empty");
            if (values.length != weights.length) throw new IllegalArgumentException(
                    "values has " + values.length + " entries but weights has " + weights.length);
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                requireFinite(values[i], "values[" + i + "]");
                requireFinite(weights[i], "weights[" + i + "]");
                if (weights[i] < 0) throw new IllegalArgumentException("weights must not be negative (weights[" + i + "] = " + num(weights[i]) + ")");
                sum += weights[i];
            }
            if (sum <= 0) throw new IllegalArgumentException("weights must add up to more than 0");
            values = values.clone();
            weights = weights.clone();
        }
        @Override public double[] values() { return values.clone(); }
        @Override public double[] weights() { return weights.clone(); }
        public double lowerBound() { return Arrays.stream(values).min().orElseThrow(); }
        public double upperBound() { return Arrays.stream(values).max().orElseThrow(); }
        @Override public boolean isFixed() { return lowerBound() == upperBound(); }
        public String describe() { return "discrete" + Arrays.toString(values); }
        @Override public boolean equals(Object o) {
            return o instanceof Discrete d && Arrays.equals(values, d.values) && Arrays.equals(weights, d.weights);
        }
        @Override public int hashCode() { return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights); }
        @Override public String toString() { return describe(); }
    }

    /**
     * Three percentiles, fitted by a two-piece curve through all three: lognormal halves when
     * p10 &gt; 0 (a different spread below and above the median), normal halves otherwise.
     * See docs/decisions/0004-percentiles-fit.md.
     */
    record Percentiles(double p10, double p50, double p90) implements Distribution {
        public Percentiles {
            requireFinite(p10, "p10");
            requireFinite(p50, "p50");
            requireFinite(p90, "p90");
            if (!(p10 < p50 && p50 < p90)) throw new IllegalArgumentException(
                    "percentiles must increase: p10 " + num(p10) + " < p50 " + num(p50) + " < p90 " + num(p90));
        }
        public boolean logScale() { return p10 > 0; }
        public double lowerBound() { return logScale() ? Double.MIN_VALUE : Double.NEGATIVE_INFINITY; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public String describe() { return "percentiles{p10 " + num(p10) + ", p50 " + num(p50) + ", p90 " + num(p90) + "}"; }
    }

    private static void requireFinite(double v, String name) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be a finite number");
    }

    private static void requireOrdered(double min, double mode, double max) {
        requireFinite(min, "min");
        requireFinite(mode, "mode");
        requireFinite(max, "max");
        if (min > max) throw new IllegalArgumentException("min " + num(min) + " is greater than max " + num(max));
        if (mode < min || mode > max) throw new IllegalArgumentException(
                "mode " + num(mode) + " is outside [" + num(min) + ", " + num(max) + "]");
    }

    /** Compact number text without a trailing ".0". */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }

    /** A distribution in the scenario file's own notation (flow style, fits on the line it replaces). */
    default String notation() {
        Distribution d = this;
        if (d instanceof Distribution.Fixed f) return notationNumber(f.value());
        if (d instanceof Distribution.Uniform u) return "{uniform: [" + notationNumber(u.min()) + ", " + notationNumber(u.max()) + "]}";
        if (d instanceof Distribution.Triangular t) return "{triangular: [" + notationNumber(t.min()) + ", " + notationNumber(t.mode()) + ", " + notationNumber(t.max()) + "]}";
        if (d instanceof Distribution.Pert p) return "{pert: [" + notationNumber(p.min()) + ", " + notationNumber(p.mode()) + ", " + notationNumber(p.max()) + "]}";
        if (d instanceof Distribution.Normal n) return "{normal: {mean: " + notationNumber(n.mean()) + ", sd: " + notationNumber(n.sd()) + "}}";
        if (d instanceof Distribution.Percentiles p) {
            return "{percentiles: {p10: " + notationNumber(p.p10()) + ", p50: " + notationNumber(p.p50()) + ", p90: " + notationNumber(p.p90()) + "}}";
        }
        if (d instanceof Distribution.LogNormal l) {
            double median = Math.exp(l.mu());
            double p90 = Math.exp(l.mu() + l.sigma() * Distribution.LogNormal.Z90);
            return "{lognormal: {median: " + notationNumber(median) + ", p90: " + notationNumber(p90) + "}}";
        }
        if (d instanceof Distribution.Discrete x) {
            StringBuilder sb = new StringBuilder("{discrete: {values: [");
            double[] values = x.values(), weights = x.weights();
            for (int i = 0; i < values.length; i++) sb.append(i == 0 ? "" : ", ").append(notationNumber(values[i]));
            sb.append("], weights: [");
            for (int i = 0; i < weights.length; i++) sb.append(i == 0 ? "" : ", ").append(notationNumber(weights[i]));
            return sb.append("]}}").toString();
        }
        throw new IllegalArgumentException("unknown distribution " + d);
    }

    private static String notationNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) return s;
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
