package io.agentcost.model;

/** An agent type of a fleet: {@code count} instances, each with its own workload overrides. */
public record Agent(String name, double count, Workload overrides) {
}
