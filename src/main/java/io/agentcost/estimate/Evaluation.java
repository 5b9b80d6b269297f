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
    Consumer<String> warnings;

    Evaluation(double[] vars, double hours, AgentPlan[] plans, Consumer<String> warnings) {
        this.vars = vars;
        this.hours = hours;
        this.plans = plans;
        this.agents = new Traffic[plans.length];
        for (int i = 0; i < plans.length; i++) agents[i] = new Traffic();
        this.features = new double[plans.length * Traffic.FEATURES];
        this.warnings = warnings;
    }

    /** Every agent's traffic features in one vector, [agent · FEATURES + feature], after {@link #computeTraffic}. */
    final double[] features;

    void computeTraffic(double growth) {
        for (int g = 0; g < plans.length; g++) {
            agents[g].compute(plans[g], vars, growth);
            for (int f = 0; f < Traffic.FEATURES; f++) features[g * Traffic.FEATURES + f] = agents[g].feature(f);
        }
    }

    double v(int slot) {
        return vars[slot];
    }

    void warn(String message) {
        warnings.accept(message);
    }
}
