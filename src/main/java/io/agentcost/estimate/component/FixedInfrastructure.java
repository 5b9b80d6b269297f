package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.WorkloadKey;

/**
 * The two shapes most infrastructure lines take: capacity that runs all month whatever the traffic
 * (count·H × the non-production multiplier, SPEC §11.3), and bytes or operations per turn (C·T·per_turn / scale).
 */
final class FixedInfrastructure {

    static final double KB_PER_GB = 1_048_576;

    private FixedInfrastructure() {
    }

    /** H × multiplier × each factor (instances, nodes, endpoints × AZs). */
    static Expr hourly(Build b, Expr... factors) {
        Expr q = b.hours().times(b.fixed());
        for (Expr f : factors) q = q.times(f);
        return q;
    }

    /** multiplier × amount (a monthly quantity such as storage GB-months). */
    static Expr monthly(Build b, Expr amount) {
        return b.fixed().times(amount);
    }

    /** C·T·amount / scale for agent g, where {@code amount} is a component key or, when null, the agent's workload key. */
    static Expr perTurn(Build b, int g, Expr amount, WorkloadKey fallback, double scale) {
        Expr a = amount != null ? amount : b.agent(g).w(fallback);
        return b.agent(g).traffic(TrafficField.TURNS).times(a).over(scale);
    }
}
