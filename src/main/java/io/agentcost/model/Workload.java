package io.agentcost.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of workload settings. The same type holds the workload defaults and the overrides of a
 * phase or an agent: absent keys are null / missing, and {@link #overriddenBy} layers them
 * (workload → phase → agent, SPEC §11.1).
 *
 * @param modelMix model alias → share of LLM calls, in file order; null when not given
 */
public record Workload(Map<WorkloadKey, Distribution> numbers, History history, Boolean promptCaching,
                       String bedrockEndpoint, Map<String, Double> modelMix, String dbConsistency,
                       String crossRegionDestination) {

    public static final String REGIONAL = "regional";
    public static final String GLOBAL = "global";
    public static final String EVENTUAL = "eventual";
    public static final String STRONG = "strong";
    public static final String DEFAULT_CROSS_REGION_DESTINATION = "us-west-2";
    /** The words {@code bedrock_endpoint} and {@code db_consistency} accept. */
    public static final List<String> ENDPOINTS = List.of(REGIONAL, GLOBAL);
    public static final List<String> CONSISTENCIES = List.of(EVENTUAL, STRONG);

    public static final Workload EMPTY = new Workload(Map.of(), null, null, null, null, null, null);

    public Workload {
        EnumMap<WorkloadKey, Distribution> copy = new EnumMap<>(WorkloadKey.class);
        copy.putAll(numbers);
        numbers = Collections.unmodifiableMap(copy);
        modelMix = modelMix == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(modelMix));
    }

    public Distribution number(WorkloadKey key) {
        return numbers.get(key);
    }

    /** This workload with every setting the other one gives replacing ours. */
    public Workload overriddenBy(Workload o) {
        EnumMap<WorkloadKey, Distribution> merged = new EnumMap<>(WorkloadKey.class);
        merged.putAll(numbers);
        merged.putAll(o.numbers);
        return new Workload(merged,
                o.history != null ? o.history : history,
                o.promptCaching != null ? o.promptCaching : promptCaching,
                o.bedrockEndpoint != null ? o.bedrockEndpoint : bedrockEndpoint,
                o.modelMix != null ? o.modelMix : modelMix,
                o.dbConsistency != null ? o.dbConsistency : dbConsistency,
                o.crossRegionDestination != null ? o.crossRegionDestination : crossRegionDestination);
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
