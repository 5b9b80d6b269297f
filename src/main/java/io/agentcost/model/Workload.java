package io.agentcost.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of workload settings. The same type holds the workload defaults and the overrides of a
 * phase or an agent: absent keys are null / missing, and {@link #overriddenBy} layers them
 * (workload → phase → agent, SPEC §11.1).
 *
 * @param modelMix model alias → share of LLM calls, in file order; null when not given
 * @param varies   keys given as {@code {varies: D}} (SPEC §12): D is how conversations (turns, for the calls per
 *                 turn) differ from one another within a month, not an uncertainty; a key is in {@code numbers} or
 *                 here, never both
 * @param loopContext        {@code independent} or {@code accumulate}; null when not given
 * @param historyToolResults {@code keep} or {@code drop}; null when not given
 * @param serviceTier        {@code bedrock_service_tier}: standard, flex or priority (SPEC §13); null when not given
 * @param cacheTtl           {@code cache_ttl}: 5m or 1h, the prompt-cache lifetime whose write price applies; null when not given
 * @param where              where the file gives a choice key ("file:line: key path", by key name), so a warning about what
 *                           the choice bills (a tier price the catalog lacks) can name it; empty for keys not given
 */
public record Workload(Map<WorkloadKey, Distribution> numbers, History history, Boolean promptCaching,
                       String bedrockEndpoint, Map<String, Double> modelMix, String dbConsistency,
                       String crossRegionDestination, Map<WorkloadKey, Distribution> varies, String loopContext,
                       String historyToolResults, String serviceTier, String cacheTtl, Map<String, String> where) {

    public static final String REGIONAL = "regional";
    public static final String GLOBAL = "global";
    public static final String EVENTUAL = "eventual";
    public static final String STRONG = "strong";
    public static final String DEFAULT_CROSS_REGION_DESTINATION = "us-west-2";
    /** The words {@code bedrock_endpoint} and {@code db_consistency} accept. */
    public static final List<String> ENDPOINTS = List.of(REGIONAL, GLOBAL);
    public static final List<String> CONSISTENCIES = List.of(EVENTUAL, STRONG);
    public static final String INDEPENDENT = "independent";
    public static final String ACCUMULATE = "accumulate";
    public static final String KEEP = "keep";
    public static final String DROP = "drop";
    /** The words {@code loop_context} and {@code history_tool_results} accept. */
    public static final List<String> LOOP_CONTEXTS = List.of(INDEPENDENT, ACCUMULATE);
    public static final List<String> HISTORY_TOOL_RESULTS = List.of(KEEP, DROP);
    public static final String STANDARD = "standard";
    public static final String FLEX = "flex";
    public static final String PRIORITY = "priority";
    /** The words {@code bedrock_service_tier} accepts (SPEC §13). */
    public static final List<String> SERVICE_TIERS = List.of(STANDARD, FLEX, PRIORITY);
    public static final String TTL_5M = "5m";
    public static final String TTL_1H = "1h";
    /** The words {@code cache_ttl} accepts (SPEC §13). */
    public static final List<String> CACHE_TTLS = List.of(TTL_5M, TTL_1H);

    public static final Workload EMPTY = new Workload(Map.of(), null, null, null, null, null, null, Map.of(), null, null, null, null, Map.of());

    public Workload {
        where = Map.copyOf(where);
        EnumMap<WorkloadKey, Distribution> copy = new EnumMap<>(WorkloadKey.class);
        copy.putAll(numbers);
        numbers = Collections.unmodifiableMap(copy);
        EnumMap<WorkloadKey, Distribution> v = new EnumMap<>(WorkloadKey.class);
        v.putAll(varies);
        varies = Collections.unmodifiableMap(v);
        modelMix = modelMix == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(modelMix));
    }

    public Distribution number(WorkloadKey key) {
        return numbers.get(key);
    }

    /** The spread D of a key given as {@code {varies: D}}, or null. */
    public Distribution varies(WorkloadKey key) {
        return varies.get(key);
    }

    /** Whether the key is set at all, as a number, a distribution or a spread. */
    public boolean has(WorkloadKey key) {
        return numbers.containsKey(key) || varies.containsKey(key);
    }

    /** This workload with every setting the other one gives replacing ours (a plain value replaces a spread and back). */
    public Workload overriddenBy(Workload o) {
        EnumMap<WorkloadKey, Distribution> merged = new EnumMap<>(WorkloadKey.class);
        EnumMap<WorkloadKey, Distribution> spread = new EnumMap<>(WorkloadKey.class);
        merged.putAll(numbers);
        spread.putAll(varies);
        o.numbers.keySet().forEach(spread::remove);
        o.varies.keySet().forEach(merged::remove);
        merged.putAll(o.numbers);
        spread.putAll(o.varies);
        return new Workload(merged,
                o.history != null ? o.history : history,
                o.promptCaching != null ? o.promptCaching : promptCaching,
                o.bedrockEndpoint != null ? o.bedrockEndpoint : bedrockEndpoint,
                o.modelMix != null ? o.modelMix : modelMix,
                o.dbConsistency != null ? o.dbConsistency : dbConsistency,
                o.crossRegionDestination != null ? o.crossRegionDestination : crossRegionDestination,
                spread,
                o.loopContext != null ? o.loopContext : loopContext,
                o.historyToolResults != null ? o.historyToolResults : historyToolResults,
                o.serviceTier != null ? o.serviceTier : serviceTier,
                o.cacheTtl != null ? o.cacheTtl : cacheTtl,
                mergedWhere(o));
    }

    private Map<String, String> mergedWhere(Workload o) {
        Map<String, String> m = new HashMap<>(where);
        m.putAll(o.where);
        return m;
    }

    /** "file:line: key path " where the file gives the choice key {@code key}, or "" where it does not (a warning's prefix). */
    public String whereGiven(String key) {
        String w = where.get(key);
        return w == null ? "" : w + ": ";
    }

    /** {@code loop_context: accumulate}: call j of a turn re-sends the outputs of the calls before it. */
    public boolean accumulates() {
        return ACCUMULATE.equals(loopContext);
    }

    /** {@code history_tool_results} (default keep): later turns re-send a turn's tool results and intermediate outputs. */
    public boolean keepsToolResults() {
        return !DROP.equals(historyToolResults);
    }

    public History historyOrDefault() {
        return history != null ? history : History.FULL;
    }

    public boolean promptCachingOrDefault() {
        return promptCaching != null && promptCaching;
    }

    public String bedrockEndpointOrDefault() {
        return bedrockEndpoint != null ? bedrockEndpoint : REGIONAL;
    }

    public String serviceTierOrDefault() {
        return serviceTier != null ? serviceTier : STANDARD;
    }

    public String cacheTtlOrDefault() {
        return cacheTtl != null ? cacheTtl : TTL_5M;
    }

    public String dbConsistencyOrDefault() {
        return dbConsistency != null ? dbConsistency : EVENTUAL;
    }

    public String crossRegionDestinationOrDefault() {
        return crossRegionDestination != null ? crossRegionDestination : DEFAULT_CROSS_REGION_DESTINATION;
    }

    public Map<String, Double> modelMixOrEmpty() {
        return modelMix != null ? modelMix : Map.of();
    }
}
