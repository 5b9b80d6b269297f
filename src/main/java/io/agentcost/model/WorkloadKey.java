package io.agentcost.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numeric workload inputs (SPEC §3). Each may be a number or a distribution and may be
 * overridden per phase and per agent. A null default means the key must be given.
 */
public enum WorkloadKey {
    MONTHLY_CONVERSATIONS(Range.NON_NEGATIVE, "conversations/month", null, "Production conversations per month (per agent instance with `agents`)."),
    TURNS_PER_CONVERSATION(Range.NON_NEGATIVE, "turns", null, "User turns per conversation; may be fractional (closed forms use real T). `{varies: D}`: conversations differ as D within the month and the month's cost is the mean over D (SPEC §12)."),
    LLM_CALLS_PER_TURN(Range.NON_NEGATIVE, "calls", 1.0, "LLM calls per turn (K); every call re-sends the system prompt and history. `{varies: D}`: turns differ as D; the step budget caps each value before the mean."),
    TOOL_CALLS_PER_TURN(Range.NON_NEGATIVE, "calls", 0.0, "Tool calls per turn at the uncapped K (AgentCore gateway invocations); with a step budget, R' = R·E[K']/E[K]."),
    RETRY_RATE(Range.SHARE, "share", 0.0, "Probability that an LLM attempt fails and is retried; every attempt is billed in full."),
    MAX_RETRIES(Range.NON_NEGATIVE, "retries", 3.0, "Retries per call at most; rounded down to a whole number."),
    SYSTEM_PROMPT_TOKENS(Range.NON_NEGATIVE, "tokens", 0.0, "System prompt (and tool definitions) sent with every call (S)."),
    USER_TOKENS_PER_TURN(Range.NON_NEGATIVE, "tokens", null, "New user input per turn (U). Required when an architecture has bedrock or sagemaker."),
    OUTPUT_TOKENS_PER_CALL(Range.NON_NEGATIVE, "tokens", null, "Output tokens per LLM call (O). Required when an architecture has bedrock or sagemaker."),
    CACHE_HIT_RATE(Range.SHARE, "share", 0.0, "Share of the cacheable prefix read from the prompt cache when `prompt_caching` is true."),
    BATCH_SHARE(Range.SHARE, "share", 0.0, "Share of every token line billed at the batch price."),
    DB_READS_PER_TURN(Range.NON_NEGATIVE, "reads", 0.0, "DynamoDB item reads per turn."),
    DB_WRITES_PER_TURN(Range.NON_NEGATIVE, "writes", 0.0, "DynamoDB item writes per turn."),
    DB_ITEM_KB(Range.NON_NEGATIVE, "KB", 1.0, "DynamoDB item size; reads bill ⌈kb/4⌉ units, writes ⌈kb/1⌉."),
    STATE_KB_PER_CONVERSATION(Range.NON_NEGATIVE, "KB", 0.0, "Conversation state kept in DynamoDB."),
    STATE_RETENTION_DAYS(Range.NON_NEGATIVE, "days", 30.0, "How long conversation state is kept."),
    PAYLOAD_KB_PER_TURN(Range.NON_NEGATIVE, "KB", 0.0, "Bytes moved between tiers per turn (basis of cross-AZ / cross-region transfer and the NAT default)."),
    CROSS_AZ_SHARE(Range.SHARE, "share", 0.0, "Share of the payload that crosses an Availability Zone (billed out and in)."),
    CROSS_REGION_SHARE(Range.SHARE, "share", 0.0, "Share of the payload sent to another region (see `cross_region_destination`)."),
    INTERNET_EGRESS_KB_PER_TURN(Range.NON_NEGATIVE, "KB", 0.0, "Bytes sent to the internet per turn (tiered egress)."),
    LOG_KB_PER_TURN(Range.NON_NEGATIVE, "KB", 0.0, "CloudWatch log bytes per turn before sampling."),
    LOG_SAMPLING(Range.SHARE, "share", 1.0, "Share of log bytes actually ingested (default 1: full logging)."),
    LOG_RETENTION_DAYS(Range.NON_NEGATIVE, "days", 30.0, "Log retention; stored GB = ingested GB × days / 30."),
    TRACE_SAMPLING(Range.SHARE, "share", 1.0, "Share of turns recorded as X-Ray traces (default 1)."),
    NON_PROD_USAGE_SHARE(Range.NON_NEGATIVE, "share of production", 0.0, "Dev/staging traffic as a share of production; multiplies conversations by (1 + share)."),
    NON_PROD_ENVIRONMENTS(Range.NON_NEGATIVE, "environments", 0.0, "Copies of fixed infrastructure outside production (phase-level value)."),
    NON_PROD_UPTIME(Range.SHARE, "share of month", 1.0, "Share of the month those copies run (default 1: forgotten environments run all month)."),
    TOOL_RESULT_TOKENS(Range.NON_NEGATIVE, "tokens", 0.0, "Rt: tokens one tool result adds to the context; the later calls of the turn re-send it (and later turns with `history_tool_results: keep`)."),
    TOOL_SCHEMA_TOKENS(Range.NON_NEGATIVE, "tokens", 0.0, "S_t: tool definitions sent with every call; part of the cacheable prefix like the system prompt."),
    REASONING_TOKENS_PER_CALL(Range.NON_NEGATIVE, "tokens", 0.0, "Zr: reasoning (thinking) tokens per call, billed at the output price (batch as output), never re-sent."),
    STEP_BUDGET(Range.AT_LEAST_ONE, "calls", null, true, "B: the agent stops after B LLM calls in a turn, K' = min(K, B). A plain number where llm_calls_per_turn varies. Absent: no budget."),
    RESOLUTION_RATE(Range.SHARE, "share", 1.0, "q: share of conversations resolved; usd_per_resolved_conversation = usd_per_conversation / q.");

    /** The keys of agent loops (SPEC §12): a slot only where the file gives them, so a scenario without them compiles as before. */
    public static final Set<WorkloadKey> LOOP = EnumSet.of(TOOL_RESULT_TOKENS, TOOL_SCHEMA_TOKENS,
            REASONING_TOKENS_PER_CALL, STEP_BUDGET, RESOLUTION_RATE);
    /** The keys that accept {@code {varies: D}}. */
    public static final Set<WorkloadKey> MAY_VARY = EnumSet.of(TURNS_PER_CONVERSATION, LLM_CALLS_PER_TURN);

    private final Range range;
    private final String unit;
    private final Double defaultValue;
    private final String description;
    private final boolean optional;

    WorkloadKey(Range range, String unit, Double defaultValue, String description) {
        this(range, unit, defaultValue, false, description);
    }

    WorkloadKey(Range range, String unit, Double defaultValue, boolean optional, String description) {
        this.range = range;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.optional = optional;
        this.description = description;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Range range() {
        return range;
    }

    public String unit() {
        return unit;
    }

    public Limits.Bound bound() {
        return Limits.of(range, unit);
    }

    public KeySpec spec() {
        return new KeySpec(key(), KeySpec.Kind.NUMBER, range, unit, defaultValue, null, List.of(),
                optional, description);
    }

    public static WorkloadKey fromKey(String key) {
        for (WorkloadKey k : values()) if (k.key().equals(key)) return k;
        return null;
    }
}
