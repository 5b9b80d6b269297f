package io.agentcost.estimate.usage;

import io.agentcost.estimate.expr.Spread;
import io.agentcost.model.Distribution;
import io.agentcost.model.History;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import java.util.List;

/**
 * One agent's effective workload in one phase, compiled: each numeric key is a variable slot;
 * choices (history, caching, endpoint, model mix) are fixed. Without a fleet the workload itself is
 * the one agent, with count 1 and no name.
 *
 * <p>The keys of agent loops (SPEC §12) have a slot only where the file gives them (-1 otherwise), so a scenario
 * without them compiles to the trees it always had; a key given as {@code {varies: D}} has a {@link Spread}
 * instead of a slot.
 *
 * @param turns       the spread of turns per conversation, or null where T is a plain value
 * @param calls       the spread of LLM calls per turn, or null
 * @param parent      index in the fleet of the agent that starts this one ({@code spawned_by}), or -1
 * @param perTurnSlot slot of {@code spawned_by.per_turn}, or -1
 */
public record AgentPlan(String name, double count, int[] slots, boolean fullHistory, int windowSlot, int summarySlot,
                 boolean caching, String endpoint, List<String> models, double[] shares, boolean strongReads,
                 String crossRegionDestination, Workload workload, Spread turns, Spread calls, boolean accumulate,
                 boolean keepToolResults, int parent, int perTurnSlot) {

    public static final int KEYS = WorkloadKey.values().length;

    public int slot(WorkloadKey k) {
        int s = slots[k.ordinal()];
        if (s < 0) throw new IllegalStateException(k.key() + " has no slot here (not given, or given as a spread)");
        return s;
    }

    /** Whether the key has a value of its own (a loop key the file gives); every other key has at least its default. */
    public boolean has(WorkloadKey k) {
        return slots[k.ordinal()] >= 0;
    }

    /** The distribution given for a key (for structural choices such as "is batch ever used"). */
    public boolean mayBePositive(WorkloadKey k) {
        var d = workload.number(k);
        if (d == null) d = workload.varies(k);
        return d != null && d.upperBound() > 0;
    }

    /**
     * Whether the bills of this agent split into the parts of an agent loop (tool definitions, tool results within a
     * turn and in history, reasoning): it gives one of their keys, or accumulates its calls' outputs.
     */
    public boolean loops() {
        return has(WorkloadKey.TOOL_RESULT_TOKENS) || has(WorkloadKey.TOOL_SCHEMA_TOKENS)
                || has(WorkloadKey.REASONING_TOKENS_PER_CALL) || accumulate;
    }

    public boolean isSubAgent() {
        return parent >= 0;
    }

    public static AgentPlan compile(String name, double count, Workload w, Variables vars, String pathPrefix) {
        return compile(name, count, w, vars, pathPrefix, -1, null);
    }

    /** @param perTurn with a parent, the distribution of spawned_by.per_turn */
    public static AgentPlan compile(String name, double count, Workload w, Variables vars, String pathPrefix, int parent,
                                    Distribution perTurn) {
        int[] slots = new int[KEYS];
        for (WorkloadKey k : WorkloadKey.values()) {
            var d = w.number(k);
            Double dflt = k.spec().defaultNumber();
            if (d == null && (WorkloadKey.LOOP.contains(k) || w.varies(k) != null)) {
                slots[k.ordinal()] = -1;
                continue;
            }
            slots[k.ordinal()] = d != null ? vars.slot(d, pathPrefix + k.key(), k.key())
                    : vars.slotOfConstant(dflt == null ? 0 : dflt, "default." + k.key(), k.key());
        }
        History h = w.historyOrDefault();
        int window = h.full() ? -1 : vars.slot(h.windowTurns(), pathPrefix + "history.window_turns", "window_turns");
        int summary = h.full() ? -1 : vars.slot(h.summaryTokens(), pathPrefix + "history.summary_tokens", "summary_tokens");
        List<String> models = List.copyOf(w.modelMixOrEmpty().keySet());
        double[] shares = w.modelMixOrEmpty().values().stream().mapToDouble(Double::doubleValue).toArray();
        Spread turns = spread(w, WorkloadKey.TURNS_PER_CONVERSATION, vars, pathPrefix);
        Spread calls = spread(w, WorkloadKey.LLM_CALLS_PER_TURN, vars, pathPrefix);
        int perTurnSlot = perTurn == null ? -1 : vars.slot(perTurn, pathPrefix + "spawned_by.per_turn", "per_turn");
        return new AgentPlan(name, count, slots, h.full(), window, summary, w.promptCachingOrDefault(),
                w.bedrockEndpointOrDefault(), models, shares, Workload.STRONG.equals(w.dbConsistencyOrDefault()),
                w.crossRegionDestinationOrDefault(), w, turns, calls, w.accumulates(), w.keepsToolResults(), parent, perTurnSlot);
    }

    private static Spread spread(Workload w, WorkloadKey k, Variables vars, String pathPrefix) {
        var d = w.varies(k);
        return d == null ? null : vars.spread(d, pathPrefix + k.key(), k.key());
    }
}
