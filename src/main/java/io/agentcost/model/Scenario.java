package io.agentcost.model;

import java.util.List;
import java.util.Map;

/**
 * A validated scenario file. Phases are never empty (a file without {@code phases} has one
 * named {@code default}); agents may be empty (then the workload itself is the one agent).
 */
public record Scenario(String name, String description, String region, double hoursPerMonth, boolean freeTier,
                       SimulationSettings simulation, Budget budget, Workload workload, List<Phase> phases,
                       List<TimelineEntry> timeline, List<Correlation> correlations, List<Agent> agents,
                       List<ArchitectureSpec> architectures, Map<String, Double> priceOverrides, double discount) {

    public Scenario {
        phases = List.copyOf(phases);
        timeline = List.copyOf(timeline);
        correlations = List.copyOf(correlations);
        agents = List.copyOf(agents);
        architectures = List.copyOf(architectures);
        priceOverrides = Map.copyOf(priceOverrides);
    }

    public Phase phase(String name) {
        for (Phase p : phases) if (p.name().equals(name)) return p;
        return null;
    }

    /** The effective workload of one agent in one phase (workload → phase → agent). */
    public Workload workloadFor(Phase phase, Agent agent) {
        Workload w = workload.overriddenBy(phase.overrides());
        return agent == null ? w : w.overriddenBy(agent.overrides());
    }
}
