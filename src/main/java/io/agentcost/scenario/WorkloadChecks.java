package io.agentcost.scenario;

import io.agentcost.model.Agent;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inputs that must be set once overrides are layered (workload → phase → agent): conversations
 * and turns always; tokens and a model mix when an architecture calls a model.
 */
final class WorkloadChecks {

    private final Problems problems;

    WorkloadChecks(Problems problems) {
        this.problems = problems;
    }

    void check(Scenario s, Map<String, Located> phaseNodes, List<Located> agentNodes, Located workloadNode) {
        boolean tokens = false;
        boolean bedrock = false;
        for (ArchitectureSpec a : s.architectures()) {
            tokens |= a.has(ComponentType.BEDROCK) || a.has(ComponentType.SAGEMAKER) || guardrailsReadTokens(a);
            bedrock |= a.has(ComponentType.BEDROCK);
        }
        List<WorkloadKey> required = new ArrayList<>(List.of(WorkloadKey.MONTHLY_CONVERSATIONS, WorkloadKey.TURNS_PER_CONVERSATION));
        if (tokens) required.addAll(List.of(WorkloadKey.USER_TOKENS_PER_TURN, WorkloadKey.OUTPUT_TOKENS_PER_CALL));
        for (Phase p : s.phases()) {
            Located at = phaseNodes.getOrDefault(p.name(), workloadNode);
            if (s.agents().isEmpty()) {
                check(s.workloadFor(p, null), required, bedrock, at, List.of(at, workloadNode), where(s, p, null));
            } else {
                for (int i = 0; i < s.agents().size(); i++) {
                    Agent a = s.agents().get(i);
                    List<WorkloadKey> own = new ArrayList<>(required);
                    // a sub-agent's conversations are its parent's turns × per_turn (SPEC §12)
                    if (a.isSubAgent()) own.remove(WorkloadKey.MONTHLY_CONVERSATIONS);
                    check(s.workloadFor(p, a), own, bedrock, agentNodes.get(i), List.of(agentNodes.get(i), at, workloadNode), where(s, p, a));
                }
            }
        }
    }

    /** Guardrails without their own token counts check the workload's user message and answer (decision 0025). */
    private static boolean guardrailsReadTokens(ArchitectureSpec a) {
        if (!a.has(ComponentType.GUARDRAILS)) return false;
        ComponentSpec g = a.component(ComponentType.GUARDRAILS);
        return !g.has("input_tokens_per_evaluation") || !g.has("output_tokens_per_evaluation");
    }

    /**
     * {@code layers}: the mappings the workload was layered from, the one that wins first (agent, phase, workload);
     * a problem with a value points at the layer that gave it, a missing key at {@code at}.
     */
    private void check(Workload w, List<WorkloadKey> required, boolean bedrock, Located at, List<Located> layers, String where) {
        // a mean over a spread is taken once, before a run (SPEC §12): what caps or windows it point by point cannot be uncertain
        if (w.varies(WorkloadKey.LLM_CALLS_PER_TURN) != null && w.number(WorkloadKey.STEP_BUDGET) != null
                && !w.number(WorkloadKey.STEP_BUDGET).isFixed()) {
            Located given = given(layers, WorkloadKey.STEP_BUDGET.key());
            problems.add(given, "step_budget must be a plain number" + where
                    + " while llm_calls_per_turn varies: the budget caps each value of the spread before its mean, which is computed once");
        }
        if (w.varies(WorkloadKey.TURNS_PER_CONVERSATION) != null && !w.historyOrDefault().full()
                && !w.historyOrDefault().windowTurns().isFixed()) {
            Located given = given(layers, "history", "window_turns");
            problems.add(given, "history.window_turns must be a plain number" + where
                    + " while turns_per_conversation varies: the window applies to each value of the spread before its mean, which is computed once");
        }
        for (WorkloadKey k : required) {
            if (!w.has(k)) {
                problems.add(at.line(), at.column(), at.child(k.key()), k.key() + " is not set" + where + ": give it in workload (or the phase" + (where.contains("agent") ? " or agent" : "") + ")");
            }
        }
        if (bedrock && w.modelMixOrEmpty().isEmpty()) {
            problems.add(at.line(), at.column(), at.child("model_mix"), "model_mix is not set" + where + ": an architecture uses bedrock, so say which models take the calls");
        }
    }

    /** The value at this key path in the first layer that has it; the first layer's key path when none does. */
    private static Located given(List<Located> layers, String... keys) {
        for (Located layer : layers) {
            Located v = layer.find(keys);
            if (v != null) return v;
        }
        return new Located(layers.get(0).node(), layers.get(0).child(String.join(".", keys)));
    }

    private static String where(Scenario s, Phase p, Agent a) {
        String phase = s.phases().size() == 1 && p.name().equals(Phase.DEFAULT) ? "" : " for phase '" + p.name() + "'";
        return a == null ? phase : phase + (phase.isEmpty() ? " for" : ",") + " agent '" + a.name() + "'";
    }
}
