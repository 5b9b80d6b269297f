package io.agentcost.estimate.usage;

/** The per-agent, per-phase traffic quantities the workbook's Traffic sheet shows as formulas (as {@link AgentUsage} defines them). */
public enum TrafficField {
    CONVERSATIONS("Conversations / month (C, with non-production)"),
    TURNS_PER_CONVERSATION("Turns per conversation (T)"),
    TURNS("Turns / month (C·T)"),
    ATTEMPTS("Attempts per LLM call (retries)"),
    HISTORY("History tokens re-sent per conversation"),
    PREFIX_TOKENS("Cacheable prefix tokens / month"),
    FRESH_TOKENS("Fresh input tokens / month"),
    OUTPUT_TOKENS("Output tokens / month");

    private final String label;

    TrafficField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
