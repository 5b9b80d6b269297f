package io.agentcost.model;

/** A stage of the product's life (dev, launch, scale) with its workload overrides. */
public record Phase(String name, Workload overrides) {
    public static final String DEFAULT = "default";
}
