package io.agentcost.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One deployment pattern to price: its components (preset defaults merged with the user's keys,
 * in report order), build cost, people cost, custom lines and commitments (SPEC §13).
 */
public record ArchitectureSpec(String name, Preset preset, Map<ComponentType, ComponentSpec> components,
                               Distribution oneTimeUsd, Distribution teamMonthlyUsd, List<CustomLine> custom,
                               List<Commitment> commitments) {

    public ArchitectureSpec {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        custom = List.copyOf(custom);
        commitments = List.copyOf(commitments);
    }

    /** An architecture without savings plans or reservations. */
    public ArchitectureSpec(String name, Preset preset, Map<ComponentType, ComponentSpec> components, Distribution oneTimeUsd,
                            Distribution teamMonthlyUsd, List<CustomLine> custom) {
        this(name, preset, components, oneTimeUsd, teamMonthlyUsd, custom, List.of());
    }

    public boolean has(ComponentType type) {
        return components.containsKey(type);
    }

    public ComponentSpec component(ComponentType type) {
        return components.get(type);
    }
}
