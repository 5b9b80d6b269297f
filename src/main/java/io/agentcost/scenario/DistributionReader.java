package io.agentcost.scenario;

import io.agentcost.model.Distribution.LogNormal;
import io.agentcost.model.Distribution;
import io.agentcost.model.Range;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads a number or one of the distribution forms of SPEC §3, and checks it against the key's range. */
final class DistributionReader {

    static final List<String> FORMS = List.of("uniform", "triangular", "pert", "normal", "lognormal", "discrete", "percentiles");

    private final Nodes nodes;

    DistributionReader(Nodes nodes) {
        this.nodes = nodes;
    }

    Distribution read(Located at, Range range) {
        Distribution d = at.node() instanceof MappingNode ? form(at) : fixed(at);
        if (d == null) return null;
        if (d instanceof Distribution.Normal && !range.admitsUnboundedAbove()) {
            nodes.problems().add(at, "a normal distribution is unbounded; this input must be " + range.text()
                    + ": use uniform, triangular, pert or discrete");
            return null;
        }
        if (!range.admits(d.lowerBound(), d.upperBound()) && !(d instanceof Distribution.Normal)) {
            nodes.problems().add(at, d.isFixed()
                    ? "must be " + range.text() + " (got " + d.describe() + ")"
                    : "must be " + range.text() + ", but " + d.describe() + " reaches " + reach(d, range));
            return null;
        }
        return d;
    }

    private static String reach(Distribution d, Range range) {
        double lo = d.lowerBound();
        return range.admits(lo, lo) ? Distribution.fixed(d.upperBound()).describe() : lowText(lo);
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
