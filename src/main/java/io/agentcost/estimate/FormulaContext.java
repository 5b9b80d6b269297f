package io.agentcost.estimate;

import io.agentcost.model.WorkloadKey;

/**
 * What a component's formulas read in one phase, as {@link Evaluation} is for numbers: inputs,
 * each agent's workload keys and traffic, hours and the non-production multiplier. Workload keys
 * that a lever can override are read through that lever.
 */
final class FormulaContext {

    final FormulaRefs refs;
    final String phase;
    final AgentPlan[] plans;

    FormulaContext(FormulaRefs refs, String phase, AgentPlan[] plans) {
        this.refs = refs;
        this.phase = phase;
        this.plans = plans;
    }

    String v(int slot) {
        return refs.input(slot);
    }

    /** A workload key of agent g, through its lever where there is one. */
    String w(int g, WorkloadKey k) {
        String base = refs.input(plans[g].slot(k));
        return switch (k) {
            case CACHE_HIT_RATE -> override(Lever.CACHE_HIT_RATE, base);
            case BATCH_SHARE -> override(Lever.BATCH_SHARE, base);
            case LOG_SAMPLING -> override(Lever.LOG_SAMPLING, base);
            case TRACE_SAMPLING -> override(Lever.TRACE_SAMPLING, base);
            case CROSS_AZ_SHARE -> "IF(" + refs.lever(Lever.SAME_AZ) + "=1,0," + base + ")";
            default -> base;
        };
    }

    String t(int g, TrafficField f) {
        return refs.traffic(phase, g, f);
    }

    String hours() {
        return refs.hours();
    }

    String fixed() {
        return refs.fixedMultiplier(phase);
    }

    /** The lever's value when the user typed a number in it, else {@code base}. */
    String override(Lever lever, String base) {
        String l = refs.lever(lever);
        return "IF(ISNUMBER(" + l + ")," + l + "," + base + ")";
    }

    /** A product of operands, each already one operand (a reference, a call or a parenthesised sum). */
    static String mul(String... factors) {
        return String.join("*", factors);
    }

    static String paren(String expression) {
        return "(" + expression + ")";
    }
}
