package io.agentcost.model;

import java.util.List;

/** Where a guardrail policy checks text (decision 0025): the choices of the guardrails keys. */
public final class GuardrailPolicies {

    /** Content filters, denied topics and sensitive information check the input, the output or both. */
    public static final List<String> BOTH_WAYS = List.of("off", "input", "output", "both");

    /** Contextual grounding and Automated Reasoning check model responses only. */
    public static final List<String> OUTPUT_ONLY = List.of("off", "output");

    private GuardrailPolicies() {
    }

    public static boolean checksInput(String where) {
        return where.equals("input") || where.equals("both");
    }

    public static boolean checksOutput(String where) {
        return where.equals("output") || where.equals("both");
    }
}
