package io.agentcost.scenario;

import io.agentcost.model.Agent;
import io.agentcost.model.Distribution;
import io.agentcost.model.Limits;
import io.agentcost.model.Range;
import io.agentcost.model.WorkloadKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code spawned_by: {agent, per_turn}} of a fleet's agents (SPEC §12): read, then checked against the whole fleet:
 * the parent exists and is another agent, no cycle, and a sub-agent has no count or monthly conversations of its own
 * (its conversations are its parent's turns × per_turn).
 */
final class SubAgents {

    static final String KEY = "spawned_by";

    private final Nodes nodes;
    private final DistributionReader dists;
    /** Where each read spawned_by names its parent, to report a problem there. */
    private final Map<Agent.SpawnedBy, Located> parentAt = new IdentityHashMap<>();

    SubAgents(Nodes nodes, DistributionReader dists) {
        this.nodes = nodes;
        this.dists = dists;
    }

    /** The agent entry's spawned_by, or null when it has none (or it is malformed: the problem is reported). */
    Agent.SpawnedBy read(Map<String, Located> entry) {
        Located at = entry.get(KEY);
        if (at == null) return null;
        for (String own : List.of("count", WorkloadKey.MONTHLY_CONVERSATIONS.key())) {
            if (entry.containsKey(own)) {
                nodes.problems().add(entry.get(own), "a sub-agent (spawned_by) takes no " + own
                        + ": its conversations are its parent's turns × per_turn");
            }
        }
        Map<String, Located> m = nodes.map(at, List.of("agent", "per_turn"), "{agent: NAME, per_turn: x}");
        if (m == null) return null;
        boolean ok = true;
        for (String k : List.of("agent", "per_turn")) {
            if (!m.containsKey(k)) {
                nodes.problems().add(at, "spawned_by: '" + k + "' is required ({agent: NAME, per_turn: x})");
                ok = false;
            }
        }
        if (!ok) return null;
        String parent = nodes.scalar(m.get("agent"), "an agent name");
        Distribution perTurn = dists.read(m.get("per_turn"), Range.NON_NEGATIVE, "runs per turn");
        if (parent == null || perTurn == null) return null;
        Agent.SpawnedBy s = new Agent.SpawnedBy(parent, perTurn);
        parentAt.put(s, m.get("agent"));
        return s;
    }

    /** Parents that exist, are not the agent itself, and no cycle among them. */
    void check(List<Agent> agents, List<Located> where) {
        Map<String, Agent> byName = new HashMap<>();
        for (Agent a : agents) byName.put(a.name(), a);
        Set<String> reported = new HashSet<>();
        for (Agent a : agents) {
            if (!a.isSubAgent()) continue;
            Located at = parentAt.get(a.spawnedBy());
            String parent = a.spawnedBy().agent();
            if (parent.equals(a.name())) {
                nodes.problems().add(at, "agent '" + a.name() + "' cannot be spawned by itself");
                continue;
            }
            if (!byName.containsKey(parent)) {
                nodes.problems().add(at, Problems.unknown("agent", parent, byName.keySet()));
                continue;
            }
            // follow the parents: coming back to this agent is a cycle
            Set<String> path = new LinkedHashSet<>(List.of(a.name()));
            Agent p = byName.get(parent);
            while (p != null && p.isSubAgent()) {
                if (!path.add(p.name())) {
                    if (p.name().equals(a.name()) && reported.add(String.join(">", new TreeSet<>(path)))) {
                        nodes.problems().add(at, "spawned_by makes a cycle: " + String.join(" → ", path) + " → " + a.name()
                                + "; some agent of a fleet must be started by users");
                    }
                    break;
                }
                p = byName.get(p.spawnedBy().agent());
            }
            // each level multiplies conversations by the parent's turns × per_turn (up to 1e6): a bounded depth keeps
            // the deepest sub-agent's conversations finite (decision 0017)
            if (path.size() > Limits.MAX_SUB_AGENT_DEPTH && reported.add("depth " + a.name())) {
                nodes.problems().add(at, "agent '" + a.name() + "' is " + path.size() + " levels of spawned_by below an agent"
                        + " users start; at most " + Limits.MAX_SUB_AGENT_DEPTH);
            }
        }
    }
}
