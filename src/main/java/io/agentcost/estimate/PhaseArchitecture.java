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
        Evaluation ev = newEvaluation(vars, warnings);
        ev.computeTraffic(1.0);
        emit(ev, sink);
    }

    /** An evaluation context for this cell's phase; cells of one phase can share it (same agents). */
    Evaluation newEvaluation(double[] vars, Consumer<String> warnings) {
        return new Evaluation(vars, hours, agents, warnings);
    }

    /** Emits the lines once the evaluation's traffic is computed. */
    void emit(Evaluation ev, LineSink sink) {
        prepare(ev);
        for (ComponentLines c : components) c.emit(ev, sink);
    }

    /** Sets what all components of this cell read besides traffic (the non-production multiplier). */
    void prepare(Evaluation ev) {
        ev.fixedMultiplier = 1 + ev.vars[nonProdEnvironments] * ev.vars[nonProdUptime];
    }

    /** Every variable slot this cell reads: its agents' workload, the phase's non-production keys, its components' keys. */
    public java.util.Set<Integer> reads() {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (AgentPlan a : agents) {
            for (int s : a.slots()) out.add(s);
            if (a.windowSlot() >= 0) out.add(a.windowSlot());
            if (a.summarySlot() >= 0) out.add(a.summarySlot());
        }
        out.add(nonProdEnvironments);
        out.add(nonProdUptime);
        for (ComponentLines c : components) out.addAll(c.slotsRead());
        return out;
    }

    List<ComponentLines> components() {
        return components;
    }

    /** The slots of the phase's non-production keys (they scale fixed infrastructure). */
    int[] nonProdSlots() {
        return new int[]{nonProdEnvironments, nonProdUptime};
    }

    AgentPlan[] agents() {
        return agents;
    }
}
