package io.agentcost.estimate;

import java.util.List;
import java.util.function.Consumer;

/** One architecture in one phase, compiled: its agents and components, evaluated on a vector of input values. */
public final class PhaseArchitecture {

    private final String phase;
    private final String architecture;
    private final AgentPlan[] agents;
    private final List<ComponentLines> components;
    private final int nonProdEnvironments, nonProdUptime;
    private final double hours;

    PhaseArchitecture(String phase, String architecture, AgentPlan[] agents, List<ComponentLines> components,
                      int nonProdEnvironments, int nonProdUptime, double hours) {
        this.phase = phase;
        this.architecture = architecture;
        this.agents = agents;
        this.components = List.copyOf(components);
        this.nonProdEnvironments = nonProdEnvironments;
        this.nonProdUptime = nonProdUptime;
        this.hours = hours;
    }

    public String phase() {
        return phase;
    }

    public String architecture() {
        return architecture;
    }

    /** Emits every line's monthly quantity for the given input values. */
    public void evaluate(double[] vars, LineSink sink, Consumer<String> warnings) {
        Evaluation ev = new Evaluation(vars, hours, agents, warnings);
        for (int g = 0; g < agents.length; g++) ev.agents[g].compute(agents[g], vars);
        ev.fixedMultiplier = 1 + vars[nonProdEnvironments] * vars[nonProdUptime];
        for (ComponentLines c : components) c.emit(ev, sink);
    }
}
