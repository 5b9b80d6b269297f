package io.agentcost.estimate.usage;

import io.agentcost.model.History;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import java.util.List;

/**
 * One agent's effective workload in one phase, compiled: each numeric key is a variable slot;
 * choices (history, caching, endpoint, model mix) are fixed. Without a fleet the workload itself is
 * the one agent, with count 1 and no name.
 */
public record AgentPlan(String name, double count, int[] slots, boolean fullHistory, int windowSlot, int summarySlot,
                 boolean caching, String endpoint, List<String> models, double[] shares, boolean strongReads,
                 String crossRegionDestination, Workload workload) {

    public static final int KEYS = WorkloadKey.values().length;

    public int slot(WorkloadKey k) {
        return slots[k.ordinal()];
    }

    /** The distribution given for a key (for structural choices such as "is batch ever used"). */
    public boolean mayBePositive(WorkloadKey k) {
        var d = workload.number(k);
        return d != null && d.upperBound() > 0;
    }

    public static AgentPlan compile(String name, double count, Workload w, Variables vars, String pathPrefix) {
        int[] slots = new int[KEYS];
        for (WorkloadKey k : WorkloadKey.values()) {
            var d = w.number(k);
            Double dflt = k.spec().defaultNumber();
            slots[k.ordinal()] = d != null ? vars.slot(d, pathPrefix + k.key(), k.key())
                    : vars.slotOfConstant(dflt == null ? 0 : dflt, "default." + k.key(), k.key());
        }
        History h = w.historyOrDefault();
        int window = h.full() ? -1 : vars.slot(h.windowTurns(), pathPrefix + "history.window_turns", "window_turns");
        int summary = h.full() ? -1 : vars.slot(h.summaryTokens(), pathPrefix + "history.summary_tokens", "summary_tokens");
        List<String> models = List.copyOf(w.modelMixOrEmpty().keySet());
        double[] shares = w.modelMixOrEmpty().values().stream().mapToDouble(Double::doubleValue).toArray();
        return new AgentPlan(name, count, slots, h.full(), window, summary, w.promptCachingOrDefault(),
                w.bedrockEndpointOrDefault(), models, shares, Workload.STRONG.equals(w.dbConsistencyOrDefault()),
                w.crossRegionDestinationOrDefault(), w);
    }
}
