package io.agentcost.model;

/**
 * An agent type of a fleet: {@code count} instances, each with its own workload overrides; or a sub-agent
 * started by another agent ({@code spawnedBy} not null, SPEC §12), whose conversations follow its parent's turns.
 */
public record Agent(String name, double count, Workload overrides, SpawnedBy spawnedBy) {

    public Agent(String name, double count, Workload overrides) {
        this(name, count, overrides, null);
    }

    /** {@code spawned_by: {agent, per_turn}}: started {@code perTurn} times per turn of the agent named {@code agent}. */
    public record SpawnedBy(String agent, Distribution perTurn) {
    }

    public boolean isSubAgent() {
        return spawnedBy != null;
    }
}
