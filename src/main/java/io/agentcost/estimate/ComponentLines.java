package io.agentcost.estimate;

/** A component of one architecture in one phase: turns the evaluation's usage into line quantities. */
abstract class ComponentLines {

    /** Emits every line of the component, always the same lines in the same order. */
    abstract void emit(Evaluation ev, LineSink sink);

    /** Quantities are per agent when a component scales with traffic. */
    static String agentName(AgentPlan p) {
        return p.name();
    }
}
