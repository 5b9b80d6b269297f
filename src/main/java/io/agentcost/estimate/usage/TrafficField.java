package io.agentcost.estimate.usage;

/**
 * The per-agent, per-phase traffic quantities the workbook's Traffic sheet shows as formulas (as {@link AgentUsage} defines them).
 * The fields after {@link #OUTPUT_TOKENS} are those of agent loops (SPEC §12): an agent defines them only where it uses them.
 */
public enum TrafficField {
    CONVERSATIONS("Conversations / month (C, with non-production)"),
    TURNS_PER_CONVERSATION("Turns per conversation (T)"),
    TURNS("Turns / month (C·T)"),
    ATTEMPTS("Attempts per LLM call (retries)"),
    HISTORY("History tokens re-sent per conversation"),
    PREFIX_TOKENS("Cacheable prefix tokens / month"),
    FRESH_TOKENS("Fresh input tokens / month"),
    OUTPUT_TOKENS("Output tokens / month"),
    CALLS_PER_TURN("LLM calls per turn (k1 = E[min(K, B)])"),
    TOOL_CALLS_PER_TURN("Tool calls per turn (R' = ρ·k1)"),
    WITHIN_TURN("Tokens re-sent within a turn (W)"),
    TOOL_HISTORY("Tool results and intermediate outputs re-sent in history per conversation"),
    SYSTEM_PREFIX_TOKENS("System prompt and tool definitions tokens / month"),
    HISTORY_PREFIX_TOKENS("Re-sent history tokens / month (messages and answers)"),
    TOOL_HISTORY_PREFIX_TOKENS("Tool results re-sent in history tokens / month"),
    WITHIN_TURN_PREFIX_TOKENS("Tool results within turns tokens / month"),
    ANSWER_TOKENS("Answer output tokens / month"),
    REASONING_TOKENS("Reasoning output tokens / month"),
    /** Only where a model with a long-context threshold is used and T does not vary (SPEC §13, decision 0023). */
    TURNS_BELOW_LONG_CONTEXT("Turns per conversation below the long-context threshold (min(T, m))");

    private final String label;

    TrafficField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
