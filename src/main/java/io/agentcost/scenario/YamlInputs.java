package io.agentcost.scenario;

import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.model.KeySpec;
import io.agentcost.model.Problem;
import io.agentcost.model.Range;
import io.agentcost.model.WorkloadKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The numeric inputs written in a scenario's text (workload, phase and agent overrides, component
 * keys) with their spans, and the replacement of one value in place. Reads the same safe node tree
 * as the loader; text it cannot parse has no sites.
 */
public final class YamlInputs {

    private YamlInputs() {
    }

    public static List<InputSite> sites(String text) {
        List<InputSite> out = new ArrayList<>();
        Node root;
        try {
            root = ScenarioLoader.compose(text);
        } catch (RuntimeException e) {
            return out;
        }
        if (!(root instanceof MappingNode top)) return out;
        for (NodeTuple t : top.getValue()) {
            String k = key(t);
            Node v = t.getValueNode();
            switch (k) {
                case "workload" -> workload(text, "workload", v, out);
                case "phases" -> forEachEntry(v, (name, node) -> workload(text, "phases." + name, node, out));
                case "agents" -> {
                    if (v instanceof SequenceNode s) {
                        for (Node agent : s.getValue()) {
                            String name = scalarOf(agent, "name");
                            String at = "agents." + (name == null ? "?" : name);
                            forEachEntry(agent, (ak, av) -> {
                                if (ak.equals("count")) out.add(plain(text, at + ".count", "count", "agents", Range.POSITIVE, av));
                            });
                            workload(text, at, agent, out);
                        }
                    }
                }
                case "architectures" -> forEachEntry(v, (arch, node) -> forEachEntry(node, (comp, cnode) -> {
                    ComponentType type = ComponentType.fromKey(comp);
                    String at = "architectures." + arch + "." + comp;
                    if (type != null) component(text, at, type, "", cnode, out);
                    else if (comp.equals("one_time_usd") || comp.equals("team_monthly_usd")) {
                        out.add(site(text, at, comp, "USD", Range.NON_NEGATIVE, cnode));
                    } else if (comp.equals("commitments") && cnode instanceof SequenceNode s) {
                        // a commitment's numbers are plain (SPEC §13): the loader checks the rest (discount below 1, instances covered)
                        for (int i = 0; i < s.getValue().size(); i++) {
                            int index = i;
                            forEachEntry(s.getValue().get(i), (ck, val) -> {
                                String where = at + "[" + index + "]." + ck;
                                if (ck.equals("hourly_usd")) out.add(plain(text, where, ck, "USD/hour", Range.NON_NEGATIVE, val));
                                else if (ck.equals("discount")) out.add(plain(text, where, ck, "share", Range.SHARE, val));
                                else if (ck.equals("instances")) out.add(plain(text, where, ck, "instances", Range.NON_NEGATIVE, val));
                            });
                        }
                    } else if (comp.equals("custom") && cnode instanceof SequenceNode s) {
                        for (int i = 0; i < s.getValue().size(); i++) {
                            int index = i;
                            forEachEntry(s.getValue().get(i), (ck, val) -> {
                                if (ck.equals("monthly_usd")) {
                                    out.add(site(text, at + "[" + index + "].monthly_usd", ck, "USD/month", Range.NON_NEGATIVE, val));
                                }
                            });
                        }
                    }
                }));
                case "budget" -> forEachEntry(v, (b, val) -> {
                    if (b.equals("monthly_usd") || b.equals("kill_switch_usd")) out.add(plain(text, "budget." + b, b, "USD/month", val));
                });
                case "discount" -> out.add(new InputSite("discount", "discount", "share", Range.SHARE,
                        span(text, v)[0], span(text, v)[1], text.substring(span(text, v)[0], span(text, v)[1]), true));
                case "hours_per_month" -> out.add(plain(text, "hours_per_month", "hours_per_month", "hours", v));
                case "simulation" -> forEachEntry(v, (sk, sv) -> {
                    if (sk.equals("iterations") || sk.equals("max_iterations")) out.add(plain(text, "simulation." + sk, sk, "iterations", Range.POSITIVE, sv));
                    else if (sk.equals("seed")) out.add(plain(text, "simulation.seed", sk, "seed", sv));
                    else if (sk.equals("target_relative_error")) out.add(plain(text, "simulation." + sk, sk, "share", Range.POSITIVE_SHARE, sv));
                });
                case "correlations" -> {
                    // [input, input, coefficient]: the coefficient is a plain number between -1 and 1
                    if (v instanceof SequenceNode s) {
                        for (int i = 0; i < s.getValue().size(); i++) {
                            if (s.getValue().get(i) instanceof SequenceNode pair && pair.getValue().size() == 3) {
                                String a = pair.getValue().get(0) instanceof ScalarNode x ? x.getValue() : "?";
                                String b = pair.getValue().get(1) instanceof ScalarNode x ? x.getValue() : "?";
                                out.add(plain(text, "correlations[" + i + "] " + a + " ~ " + b, "correlation", "Spearman ρ",
                                        Range.CORRELATION, pair.getValue().get(2)));
                            }
                        }
                    }
                }
                case "price_overrides" -> forEachEntry(v, (k2, val) -> out.add(plain(text, "price_overrides." + k2, k2, "USD per unit", val)));
                case "timeline" -> {
                    if (v instanceof SequenceNode s) {
                        for (int i = 0; i < s.getValue().size(); i++) {
                            int index = i;
                            forEachEntry(s.getValue().get(i), (k2, val) -> {
                                if (k2.equals("monthly_growth")) {
                                    out.add(site(text, "timeline[" + index + "].monthly_growth", k2, "share per month", Range.GROWTH, val));
                                } else if (k2.equals("months")) {
                                    out.add(plain(text, "timeline[" + index + "].months", k2, "months", val));
                                }
                            });
                        }
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    /**
     * A value as typed: the distribution, or the loader's message saying what is wrong with it.
     *
     * @param varies the text is {@code {varies: D}} and the distribution is D: how conversations differ, not uncertainty
     */
    public record Parsed(Distribution distribution, String problem, boolean varies) {
        public Parsed(Distribution distribution, String problem) {
            this(distribution, problem, false);
        }
    }

    /**
     * Reads a value for a site with the loader's own rules and messages: a plain-number setting refuses
     * distributions, and {@code {varies: D}} is read (as D) only where the loader accepts it.
     */
    public static Parsed parse(InputSite site, String valueText) {
        if (site.mayVary()) {
            Parsed spread = parseSpread(valueText, WorkloadKey.fromKey(site.key()));
            if (spread != null) return spread;
        }
        Parsed p = parse(valueText, site.range(), site.unit());
        if (site.numberOnly() && p.distribution() != null && !(p.distribution() instanceof Distribution.Fixed)) {
            return new Parsed(null, site.key() + " is a plain number, not a distribution");
        }
        return p;
    }

    public static Parsed parse(String valueText, Range range, String unit) {
        Problems problems = new Problems("value");
        Node node;
        try {
            node = ScenarioLoader.compose(valueText);
        } catch (RuntimeException e) {
            return new Parsed(null, "not a number or distribution: " + e.getMessage().split("\n")[0]);
        }
        if (node == null) return new Parsed(null, "empty");
        Distribution d = new DistributionReader(new Nodes(problems)).read(new Located(node, ""), range, unit);
        if (d != null) return new Parsed(d, null);
        return new Parsed(null, problems.sorted().stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse("invalid"));
    }

    /** {@code {varies: D}} read as the loader reads it for {@code key}, flagged as a spread; null where the text is no such form. */
    private static Parsed parseSpread(String valueText, WorkloadKey key) {
        Node node;
        try {
            node = ScenarioLoader.compose(valueText);
        } catch (RuntimeException e) {
            return null;
        }
        Located at = new Located(node, "");
        if (node == null || !WorkloadReader.isSpread(at)) return null;
        Problems problems = new Problems("value");
        Nodes nodes = new Nodes(problems);
        DistributionReader dists = new DistributionReader(nodes);
        Located inner = new WorkloadReader(nodes, dists, null).spread(at, key);
        Distribution d = inner == null ? null : dists.read(inner, key.range(), key.unit());
        if (d != null) return new Parsed(d, null, true);
        return new Parsed(null, problems.sorted().stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse("invalid"), true);
    }

    /** The text with one input's value replaced (the new value in YAML flow style). */
    public static String replace(String text, InputSite site, String value) {
        return text.substring(0, site.start()) + value + text.substring(site.end());
    }

    /** A distribution in the scenario file's own notation (flow style, fits on the line it replaces). */
    public static String format(Distribution d) {
        return d.notation();
    }

    /** A spread between conversations, {@code {varies: D}}, in the same notation. */
    public static String formatSpread(Distribution d) {
        return "{varies: " + d.notation() + "}";
    }

    private static void workload(String text, String path, Node mapping, List<InputSite> out) {
        forEachEntry(mapping, (k, v) -> {
            WorkloadKey key = WorkloadKey.fromKey(k);
            if (key != null) {
                int[] s = span(text, v);
                out.add(new InputSite(path + "." + k, k, key.spec().unit(), key.range(), s[0], s[1], text.substring(s[0], s[1]), false,
                        WorkloadKey.MAY_VARY.contains(key)));
            }
            // the model mix: each model's share of the LLM calls (plain numbers; the loader checks they add to 1)
            if (k.equals("model_mix")) forEachEntry(v, (model, share) -> out.add(plain(text, path + ".model_mix." + model, model,
                    "share of LLM calls", Range.SHARE, share)));
            // a history window's two numbers are inputs too (the Choices tab switches full ↔ window)
            if (k.equals("history")) forEachEntry(v, (hk, hv) -> {
                if (hk.equals("window_turns") || hk.equals("summary_tokens")) {
                    out.add(site(text, path + ".history." + hk, hk, hk.equals("window_turns") ? "turns" : "tokens", Range.NON_NEGATIVE, hv));
                }
            });
        });
    }

    private static void component(String text, String path, ComponentType type, String prefix, Node mapping, List<InputSite> out) {
        forEachEntry(mapping, (k, v) -> {
            KeySpec spec = type.keySpec(prefix + k);
            if (spec != null && spec.kind() == KeySpec.Kind.NUMBER) {
                out.add(site(text, path + "." + k, prefix + k, spec.unit(), spec.range(), v));
            } else if (spec == null && v instanceof MappingNode) {
                component(text, path + "." + k, type, prefix + k + ".", v, out);
            }
        });
    }

    private static InputSite site(String text, String path, String key, String unit, Range range, Node v) {
        int[] s = span(text, v);
        return new InputSite(path, key, unit, range, s[0], s[1], text.substring(s[0], s[1]));
    }

    /** A setting that must be a plain number (budget, hours, counts, price overrides): no distribution. */
    private static InputSite plain(String text, String path, String key, String unit, Node v) {
        return plain(text, path, key, unit, Range.NON_NEGATIVE, v);
    }

    private static InputSite plain(String text, String path, String key, String unit, Range range, Node v) {
        int[] s = span(text, v);
        return new InputSite(path, key, unit, range, s[0], s[1], text.substring(s[0], s[1]), true);
    }

    private static int[] span(String text, Node v) {
        int start = v.getStartMark().getIndex();
        int end = v.getEndMark().getIndex();
        // a scalar's end mark can include trailing spaces before a comment in block style: trim them
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new int[]{start, end};
    }

    private interface EntryVisitor {
        void visit(String key, Node value);
    }

    private static void forEachEntry(Node n, EntryVisitor visitor) {
        if (!(n instanceof MappingNode m)) return;
        for (NodeTuple t : m.getValue()) {
            String k = key(t);
            if (k != null) visitor.visit(k, t.getValueNode());
        }
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
    }

    private static String scalarOf(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue()) {
            if (key.equals(key(t)) && t.getValueNode() instanceof ScalarNode s) return s.getValue();
        }
        return null;
    }
}
