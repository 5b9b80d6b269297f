package io.agentcost.scenario;

import io.agentcost.model.Distribution.LogNormal;
import io.agentcost.model.Distribution;
import io.agentcost.model.Limits;
import io.agentcost.model.Range;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads a number or one of the distribution forms of SPEC §3, and checks it against the key's range. */
final class DistributionReader {

    static final List<String> FORMS = List.of("uniform", "triangular", "pert", "normal", "lognormal", "discrete", "percentiles");

    /**
     * How far below 0 a normal's mean may lie. Its draws are conditioned on ≥ 0 through P(x < 0), and 1 − P(x < 0)
     * keeps few digits beyond 6 sd (P(x ≥ 0) < 1e-9) and none from about 8 sd, where every figure became NaN.
     */
    static final double MAX_SDS_BELOW_ZERO = 6;

    private final Nodes nodes;

    DistributionReader(Nodes nodes) {
        this.nodes = nodes;
    }

    /** A number or distribution of a key of this range and unit, within {@link Limits#of its bound}. */
    Distribution read(Located at, Range range, String unit) {
        Distribution d = at.node() instanceof MappingNode ? form(at) : fixed(at);
        if (d == null) return null;
        if (d instanceof Distribution.Normal && !range.admitsUnboundedAbove()) {
            nodes.problems().add(at, "a normal distribution is unbounded; this input must be " + range.text()
                    + ": use uniform, triangular, pert or discrete");
            return null;
        }
        if (d instanceof Distribution.Normal n && n.mean() < -MAX_SDS_BELOW_ZERO * n.sd()) {
            nodes.problems().add(at, d.describe() + " is conditioned on ≥ 0, and its mean lies " + Limits.num(-n.mean() / n.sd())
                    + " sd below 0, where almost none of it is (at most " + Limits.num(MAX_SDS_BELOW_ZERO)
                    + " sd below): give a distribution of the values the input takes, e.g. a lognormal");
            return null;
        }
        if (!range.admits(d.lowerBound(), d.upperBound()) && !(d instanceof Distribution.Normal)) {
            nodes.problems().add(at, d.isFixed()
                    ? "must be " + range.text() + " (got " + d.describe() + ")"
                    : "must be " + range.text() + ", but " + d.describe() + " reaches " + reach(d, range));
            return null;
        }
        Limits.Bound bound = Limits.of(range, unit);
        String outside = outside(d, bound);
        if (outside != null) {
            nodes.problems().add(at, "must be " + Limits.text(range, unit) + (unit.isEmpty() ? "" : " " + unit)
                    + " (" + outside + "); the bound keeps every figure finite");
            return null;
        }
        return d;
    }

    /**
     * Why a distribution does not fit its bound, or null. A bounded form must lie inside it; an
     * unbounded tail (normal, lognormal, percentiles) must have its P10 and P90 inside, and its draws
     * beyond the bound are cut at it (decision 0017).
     */
    private static String outside(Distribution d, Limits.Bound b) {
        double lo = d.lowerBound(), hi = d.upperBound();
        String what = d.isFixed() ? "got " + Limits.num(d.lowerBound()) : d.describe();
        if (Double.isFinite(hi) && hi > b.max()) return what + (d.isFixed() ? "" : " reaches " + Limits.num(hi));
        if (lo > Double.NEGATIVE_INFINITY && lo > Double.MIN_VALUE && lo < b.min()) {
            return what + (d.isFixed() ? "" : " reaches " + Limits.num(lo));
        }
        double[] p1090 = tail(d);
        if (p1090 == null) return null;
        // P10 and P90 are computed back from the given parameters: a P90 given at the bound comes back a rounding above it
        double slack = 1e-9;
        if (p1090[1] > b.max() * (1 + slack)) return what + " has its P90 at " + Limits.num(p1090[1]);
        if (b.min() > 0 && !(d instanceof Distribution.Normal) && p1090[0] < b.min() * (1 - slack)) return what + " has its P10 at " + Limits.num(p1090[0]);
        return null;
    }

    /** P10 and P90 of the unbounded forms (the normal before conditioning on ≥ 0). */
    private static double[] tail(Distribution d) {
        double z = LogNormal.Z90;
        if (d instanceof Distribution.Normal n) return new double[]{n.mean() - z * n.sd(), n.mean() + z * n.sd()};
        if (d instanceof LogNormal l) return new double[]{Math.exp(l.mu() - z * l.sigma()), Math.exp(l.mu() + z * l.sigma())};
        if (d instanceof Distribution.Percentiles p) return new double[]{p.p10(), p.p90()};
        return null;
    }

    private static String reach(Distribution d, Range range) {
        double lo = d.lowerBound();
        // not "negative values": a growth may be negative; what no range admits is the normal halves' tail (decision 0004)
        if (d instanceof Distribution.Percentiles && lo == Double.NEGATIVE_INFINITY) {
            return "unbounded values below: with p10 ≤ 0 its halves are normal; use uniform, triangular, pert or discrete"
                    + " (or p10 > 0, for lognormal halves)";
        }
        if (!range.admits(lo, lo)) return lowText(lo);
        return Double.isInfinite(d.upperBound()) ? "unbounded values" : Distribution.fixed(d.upperBound()).describe();
    }

    private static String lowText(double lo) {
        return lo == Double.NEGATIVE_INFINITY ? "negative values" : Distribution.fixed(lo).describe();
    }

    private Distribution fixed(Located at) {
        Double v = nodes.number(at);
        return v == null ? null : Distribution.fixed(v);
    }

    private Distribution form(Located at) {
        if (WorkloadReader.isSpread(at)) {
            nodes.problems().add(at, "{varies: D} is only for turns_per_conversation and llm_calls_per_turn (conversations that"
                    + " differ from one another); give a number or a distribution here");
            return null;
        }
        Map<String, Located> m = nodes.map(at, FORMS, "distribution");
        if (m == null) return null;
        if (m.size() != 1) {
            if (m.isEmpty()) nodes.problems().add(at, "expected a number or one distribution: " + String.join(", ", FORMS));
            else nodes.problems().add(at, "give one distribution, not " + m.size() + ": " + String.join(", ", m.keySet()));
            return null;
        }
        Map.Entry<String, Located> e = m.entrySet().iterator().next();
        Located v = e.getValue();
        try {
            return switch (e.getKey()) {
                case "uniform" -> {
                    double[] p = numbers(v, 2, "[min, max]");
                    yield p == null ? null : new Distribution.Uniform(p[0], p[1]);
                }
                case "triangular" -> {
                    double[] p = numbers(v, 3, "[min, mode, max]");
                    yield p == null ? null : new Distribution.Triangular(p[0], p[1], p[2]);
                }
                case "pert" -> {
                    double[] p = numbers(v, 3, "[min, mode, max]");
                    yield p == null ? null : new Distribution.Pert(p[0], p[1], p[2]);
                }
                case "normal" -> {
                    Double[] p = fields(v, List.of("mean", "sd"));
                    yield p == null ? null : new Distribution.Normal(p[0], p[1]);
                }
                case "lognormal" -> lognormal(v);
                case "discrete" -> discrete(v);
                default -> {
                    Double[] p = fields(v, List.of("p10", "p50", "p90"));
                    yield p == null ? null : new Distribution.Percentiles(p[0], p[1], p[2]);
                }
            };
        } catch (IllegalArgumentException ex) {
            nodes.problems().add(v, ex.getMessage());
            return null;
        }
    }

    private Distribution lognormal(Located v) {
        Map<String, Located> m = nodes.map(v, List.of("median", "p90", "mean", "sd"), "lognormal parameters");
        if (m == null) return null;
        if (m.containsKey("median") || m.containsKey("p90")) {
            if (m.containsKey("mean") || m.containsKey("sd")) {
                nodes.problems().add(v, "lognormal: give {median, p90} or {mean, sd}, not both");
                return null;
            }
            Double[] p = fields(v, List.of("median", "p90"));
            return p == null ? null : LogNormal.ofMedianP90(p[0], p[1]);
        }
        Double[] p = fields(v, List.of("mean", "sd"));
        return p == null ? null : LogNormal.ofMeanSd(p[0], p[1]);
    }

    private Distribution discrete(Located v) {
        Map<String, Located> m = nodes.map(v, List.of("values", "weights"), "discrete parameters");
        if (m == null) return null;
        if (!m.containsKey("values")) {
            nodes.problems().add(v, "discrete: 'values' is required");
            return null;
        }
        double[] values = numbers(m.get("values"), -1, "a list of numbers");
        if (values == null) return null;
        if (values.length > Limits.MAX_DISCRETE_VALUES) {
            nodes.problems().add(m.get("values"), values.length + " values; a discrete distribution takes at most " + Limits.MAX_DISCRETE_VALUES);
            return null;
        }
        double[] weights;
        if (m.containsKey("weights")) {
            weights = numbers(m.get("weights"), -1, "a list of numbers");
            if (weights == null) return null;
        } else {
            weights = new double[values.length];
            Arrays.fill(weights, 1.0);
        }
        return new Distribution.Discrete(values, weights);
    }

    /** A list of numbers of the given length (-1: any length). */
    private double[] numbers(Located v, int count, String shape) {
        List<Located> items = nodes.list(v, shape);
        if (items == null) return null;
        if (count >= 0 && items.size() != count) {
            nodes.problems().add(v, "expected " + shape + " (" + count + " numbers), got " + items.size());
            return null;
        }
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            Double d = nodes.number(items.get(i));
            if (d == null) return null;
            out[i] = d;
        }
        return out;
    }

    private Double[] fields(Located v, List<String> names) {
        Map<String, Located> m = nodes.map(v, names, "parameters " + names);
        if (m == null) return null;
        Double[] out = new Double[names.size()];
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            Located f = m.get(names.get(i));
            if (f == null) {
                nodes.problems().add(v, "'" + names.get(i) + "' is required");
                ok = false;
            } else {
                out[i] = nodes.number(f);
                ok &= out[i] != null;
            }
        }
        return ok ? out : null;
    }
}
