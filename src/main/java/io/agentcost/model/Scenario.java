package io.agentcost.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario file. Phases are never empty (a file without {@code phases} has one
 * named {@code default}); agents may be empty (then the workload itself is the one agent).
 */
public record Scenario(String name, String description, String region, double hoursPerMonth, boolean freeTier,
                       SimulationSettings simulation, Budget budget, Workload workload, List<Phase> phases,
                       List<TimelineEntry> timeline, List<Correlation> correlations, List<Agent> agents,
                       List<ArchitectureSpec> architectures, Map<String, Double> priceOverrides, double discount,
                       YearMonth startMonth, int fiscalYearStartMonth) {

    /** Without dated months: the forecast's months are numbered, fiscal years start in January. */
    public Scenario(String name, String description, String region, double hoursPerMonth, boolean freeTier,
                    SimulationSettings simulation, Budget budget, Workload workload, List<Phase> phases,
                    List<TimelineEntry> timeline, List<Correlation> correlations, List<Agent> agents,
                    List<ArchitectureSpec> architectures, Map<String, Double> priceOverrides, double discount) {
        this(name, description, region, hoursPerMonth, freeTier, simulation, budget, workload, phases, timeline, correlations, agents,
                architectures, priceOverrides, discount, null, 1);
    }

    /**
     * @param startMonth           the calendar month of forecast month 1 ({@code start_month}), or null: months stay numbered
     * @param fiscalYearStartMonth the month (1–12) fiscal years begin in ({@code fiscal_year_start_month}, default 1)
     */
    public Scenario {
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) throw new IllegalArgumentException("fiscal year start month " + fiscalYearStartMonth);
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
