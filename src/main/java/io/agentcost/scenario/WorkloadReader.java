package io.agentcost.scenario;

import io.agentcost.model.Distribution;
import io.agentcost.model.History;
import io.agentcost.model.Range;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.Catalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads workload keys: the workload defaults, a phase's overrides, or an agent's. */
final class WorkloadReader {

    static final List<String> STRUCTURAL = List.of("history", "prompt_caching", "bedrock_endpoint", "model_mix",
            "db_consistency", "cross_region_destination", "loop_context", "history_tool_results", "bedrock_service_tier", "cache_ttl");
    /** The form of SPEC §12 for conversations that differ from one another. */
    static final String VARIES = "varies";
    static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (WorkloadKey k : WorkloadKey.values()) keys.add(k.key());
        keys.addAll(STRUCTURAL);
        KEYS = List.copyOf(keys);
    }

    private final Nodes nodes;
    private final DistributionReader dists;
    private final Catalog catalog;

    WorkloadReader(Nodes nodes, DistributionReader dists, Catalog catalog) {
        this.nodes = nodes;
        this.dists = dists;
        this.catalog = catalog;
    }

    /** Reads the workload keys among the given entries (other keys must have been taken out by the caller). */
    Workload read(Map<String, Located> entries) {
        EnumMap<WorkloadKey, Distribution> numbers = new EnumMap<>(WorkloadKey.class);
        EnumMap<WorkloadKey, Distribution> varies = new EnumMap<>(WorkloadKey.class);
        String loopContext = null;
        String toolResults = null;
        History history = null;
        Boolean caching = null;
        String endpoint = null;
        Map<String, Double> mix = null;
        String consistency = null;
        String destination = null;
        String tier = null;
        String ttl = null;
        Map<String, String> where = new HashMap<>();
        for (Map.Entry<String, Located> e : entries.entrySet()) {
            Located v = e.getValue();
            WorkloadKey key = WorkloadKey.fromKey(e.getKey());
            if (key != null) {
                Located spread = spread(v, key);
                if (spread != null) {
                    Distribution d = dists.read(spread, key.range(), key.unit());
                    if (d != null) varies.put(key, d);
                } else if (!isSpread(v)) {
                    Distribution d = dists.read(v, key.range(), key.unit());
                    if (d != null) numbers.put(key, d);
                }
                continue;
            }
            switch (e.getKey()) {
                case "history" -> history = history(v);
                case "prompt_caching" -> caching = nodes.bool(v);
                case "bedrock_endpoint" -> endpoint = nodes.choice(v, Workload.ENDPOINTS, "endpoint");
                case "model_mix" -> mix = modelMix(v);
                case "db_consistency" -> consistency = nodes.choice(v, Workload.CONSISTENCIES, "consistency");
                case "cross_region_destination" -> destination = destination(v);
                case "loop_context" -> loopContext = nodes.choice(v, Workload.LOOP_CONTEXTS, "loop context");
                case "history_tool_results" -> toolResults = nodes.choice(v, Workload.HISTORY_TOOL_RESULTS, "history of tool results");
                case "bedrock_service_tier" -> {
                    tier = nodes.choice(v, Workload.SERVICE_TIERS, "Bedrock service tier");
                    where.put(e.getKey(), nodes.problems().where(v));
                }
                case "cache_ttl" -> {
                    ttl = nodes.choice(v, Workload.CACHE_TTLS, "prompt-cache lifetime");
                    where.put(e.getKey(), nodes.problems().where(v));
                }
                default -> throw new IllegalStateException("caller passed a non-workload key " + e.getKey());
            }
        }
        return new Workload(numbers, history, caching, endpoint, mix, consistency, destination, varies, loopContext, toolResults, tier, ttl, where);
    }

    static boolean isSpread(Located v) {
        return v.node() instanceof MappingNode m && m.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && VARIES.equals(k.getValue()));
    }

    /**
     * The distribution D of {@code {varies: D}} where the key accepts it; null (with a problem reported) where the
     * form is misused, or null without a problem where the value is no such form. The Inputs tab reads its edits here too.
     */
    Located spread(Located v, WorkloadKey key) {
        if (!isSpread(v)) return null;
        if (!WorkloadKey.MAY_VARY.contains(key)) {
            nodes.problems().add(v, "{varies: D} is only for turns_per_conversation and llm_calls_per_turn (conversations that differ"
                    + " from one another); give " + key.key() + " as a number or a distribution");
            return null;
        }
        Map<String, Located> m = nodes.map(v, List.of(VARIES), "{varies: distribution}");
        if (m == null) return null;
        Located d = m.get(VARIES);
        if (isSpread(d)) {
            nodes.problems().add(d, "varies takes a distribution with numeric parameters, not another varies");
            return null;
        }
        return d;
    }

    private History history(Located v) {
        if (!(v.node() instanceof MappingNode)) {
            String s = nodes.scalar(v, "'full' or {window_turns, summary_tokens}");
            if (s == null) return null;
            if (!s.equals("full")) {
                nodes.problems().add(v, "history must be 'full' or {window_turns: N, summary_tokens: Z}, got '" + s + "'");
                return null;
            }
            return History.FULL;
        }
        Map<String, Located> m = nodes.map(v, List.of("window_turns", "summary_tokens"), "history settings");
        if (m == null) return null;
        if (!m.containsKey("window_turns")) {
            nodes.problems().add(v, "'window_turns' is required for a history window");
            return null;
        }
        Distribution window = dists.read(m.get("window_turns"), Range.NON_NEGATIVE, "turns");
        Distribution summary = m.containsKey("summary_tokens")
                ? dists.read(m.get("summary_tokens"), Range.NON_NEGATIVE, "tokens") : Distribution.fixed(0);
        return window == null || summary == null ? null : History.window(window, summary);
    }

    private Map<String, Double> modelMix(Located v) {
        Map<String, Located> m = nodes.map(v, null, "model: share");
        if (m == null) return null;
        if (m.isEmpty()) {
            nodes.problems().add(v, "model_mix must name at least one model");
            return null;
        }
        Map<String, Double> mix = new LinkedHashMap<>();
        double sum = 0;
        boolean ok = true;
        for (Map.Entry<String, Located> e : m.entrySet()) {
            var model = catalog.model(e.getKey());
            if (model.isEmpty()) {
                nodes.problems().add(e.getValue(), Problems.unknown("model", e.getKey(), catalog.models().keySet()));
                ok = false;
                continue;
            }
            Double share = nodes.number(e.getValue());
            if (share == null) {
                ok = false;
                continue;
            }
            if (share < 0 || share > 1) {
                nodes.problems().add(e.getValue(), "a model share must be between 0 and 1 (got " + Distribution.fixed(share).describe() + ")");
                ok = false;
                continue;
            }
            mix.merge(model.get().alias(), share, Double::sum);
            sum += share;
        }
        if (ok && Math.abs(sum - 1) > 1e-6) {
            nodes.problems().add(v, "model_mix shares must add up to 1 (they add up to " + Distribution.fixed(sum).describe() + ")");
            return null;
        }
        return ok ? mix : null;
    }

    /** The regions the catalog prices cross-region transfer to. */
    static List<String> destinations(Catalog catalog) {
        return catalog.namesUnder("data_transfer.inter_region.");
    }

    private String destination(Located v) {
        String s = nodes.scalar(v, "a region code");
        if (s == null) return null;
        List<String> known = destinations(catalog);
        if (!known.contains(s)) {
            nodes.problems().add(v, Problems.unknown("cross-region destination", s, known) + " (the catalog prices transfer to these)");
            return null;
        }
        return s;
    }
}
