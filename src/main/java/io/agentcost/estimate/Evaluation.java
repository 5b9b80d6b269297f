package io.agentcost.estimate;

import java.util.function.Consumer;

/**
 * What the components of one phase read in one iteration: the input values, each agent's traffic,
 * the hours of the month and the non-production multiplier of fixed infrastructure.
 */
public final class Evaluation {

    final double[] vars;
    final double hours;
    final Traffic[] agents;
    final AgentPlan[] plans;
    /** 1 + non_prod_environments · non_prod_uptime (phase-level values). */
    double fixedMultiplier;
    private final Consumer<String> warnings;

    Evaluation(double[] vars, double hours, AgentPlan[] plans, Consumer<String> warnings) {
        this.vars = vars;
        this.hours = hours;
        this.plans = plans;
        this.agents = new Traffic[plans.length];
        for (int i = 0; i < plans.length; i++) agents[i] = new Traffic();
        this.warnings = warnings;
    }

    double v(int slot) {
        return vars[slot];
    }

    void warn(String message) {
        warnings.accept(message);
    }
}
