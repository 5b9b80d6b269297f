package io.agentcost.estimate.usage;

import io.agentcost.estimate.expr.LeverKey;
import io.agentcost.model.Workload;
import java.util.List;

/**
 * The what-if switches of the workbook's Levers sheet (SPEC §8). An override lever is blank by
 * default (the Inputs value applies) and replaces that input everywhere when the user types a
 * number; a switch is 0 by default and turns the optimisation on with 1. The model mix is edited
 * as shares per phase and agent, not as one lever.
 */
public enum Lever implements LeverKey {
    PROMPT_CACHING(Kind.ON_OFF, "Prompt caching", "blank = as in the scenario (each agent's prompt_caching); 1 = on for every agent, 0 = off:"
            + " with it on, the hit rate below splits the system prompt and history into cache reads and writes"),
    CACHE_HIT_RATE(Kind.SHARE, "Prompt cache hit rate", "share 0–1; applies to agents with prompt caching on (in the scenario or by the switch above)"),
    BATCH_SHARE(Kind.SHARE, "Batch share of token lines", "share 0–1; models without a batch offer stay on demand"),
    HISTORY_WINDOW(Kind.AMOUNT, "History window (turns)", "re-send only the last N turns (plus a summary) instead of the full history"),
    SUMMARY_TOKENS(Kind.AMOUNT, "Summary tokens when windowed", "tokens of the summary of older turns (with the history window)"),
    LOG_SAMPLING(Kind.SHARE, "Log sampling", "share 0–1 of log bytes kept"),
    TRACE_SAMPLING(Kind.SHARE, "Trace sampling", "share 0–1 of turns traced in X-Ray"),
    SAME_AZ(Kind.SWITCH, "Same-AZ placement", "1 = no cross-AZ bytes (cross_az_share 0)"),
    ARM(Kind.SWITCH, "ARM (Graviton) for Lambda and Fargate", "1 = price x86_64 Lambda and Fargate lines at the arm64 rates"),
    SPOT_SHARE(Kind.SHARE, "Fargate Spot share", "share 0–1 of Fargate task-hours on Spot"),
    SPOT_DISCOUNT(Kind.SHARE, "Fargate Spot discount", "share 0–1 saved on Spot hours (needed with a Spot share)"),
    // issue 16: on the sheet only when an architecture has a retrieval component
    // the vector store is deliberately no lever (decisions 0024, 0028): the help says where the comparison is instead
    RETRIEVED_TOKENS_PER_CALL(Kind.AMOUNT, "Retrieved tokens per LLM call", "tokens of retrieved chunks added to every call's input, in every"
            + " architecture with retrieval (fewer or smaller chunks). The vector store is no lever: each store is its own architecture"
            + " and sheet, on the same inputs; to try another store, add an architecture with it to the YAML"),
    // issue 15, decision 0027: on the sheet only where a line bills Bedrock tokens (long context: a model with a threshold)
    BEDROCK_SERVICE_TIER(Kind.CHOICE, "Bedrock service tier", "blank = as in the scenario (each agent's bedrock_service_tier); standard, flex or"
            + " priority for every Bedrock token line (batch stays at standard). A price the catalog lacks shows #N/A and 'missing price',"
            + " left out of the total as the app leaves it out"),
    CACHE_TTL(Kind.CHOICE, "Prompt-cache lifetime (cache_ttl)", "blank = as in the scenario; 5m or 1h picks the cache-write price of that"
            + " lifetime (a model without a 1-hour price shows #N/A and 'missing price')"),
    LONG_CONTEXT_OFF(Kind.SWITCH, "Long-context prices off", "1 = calls above a model's long-context threshold bill at its prices below the"
            + " threshold, as a model that bills its whole context at one rate would (Claude Sonnet 4.6, Opus 4.6)");

    /** The words a {@link Kind#CHOICE} lever takes (blank: the scenario's own). */
    public List<String> options() {
        return switch (this) {
            case BEDROCK_SERVICE_TIER -> Workload.SERVICE_TIERS;
            case CACHE_TTL -> Workload.CACHE_TTLS;
            default -> List.of();
        };
    }

    /**
     * What a lever holds: a 0/1 switch, a share 0–1, an amount (turns, tokens), or an on/off override of a scenario
     * setting (blank: the scenario's, 0 off, 1 on), or one of a scenario key's words ({@link #options}, blank: the
     * scenario's); overrides and choices are blank by default.
     */
    public enum Kind { SWITCH, SHARE, AMOUNT, ON_OFF, CHOICE }

    private final Kind kind;
    private final String label;
    private final String help;

    Lever(Kind kind, String label, String help) {
        this.kind = kind;
        this.label = label;
        this.help = help;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean isSwitch() {
        return kind == Kind.SWITCH;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }
}
