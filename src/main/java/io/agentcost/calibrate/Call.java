package io.agentcost.calibrate;

/**
 * One model invocation as a log record states it: where it was read, when, which model, its token counts, and what the
 * input body says about the turn (decision 0026).
 *
 * @param timestamp  RFC 3339 text as logged (UTC, so text order is time order)
 * @param input      {@code input.inputTokenCount}: input tokens billed at the input price
 * @param cacheRead  {@code input.cacheReadInputTokenCount} (0 when absent)
 * @param cacheWrite {@code input.cacheWriteInputTokenCount} (0 when absent)
 * @param failed     the record has an {@code errorCode}: an attempt that failed (its token counts may be absent)
 * @param group      the conversation key (requestMetadata), null when the record has none
 * @param agent      the agent key (requestMetadata), null without {@code --agent-tag} or when absent
 * @param turn       user turns in the input messages (1 = first turn), 0 when the body is not logged or has no messages
 * @param turnStart  the last input message is the user's own (not a tool result): the first call of a turn
 */
public record Call(String file, long line, long record, String timestamp, String modelId, long input, long cacheRead,
                   long cacheWrite, long output, boolean failed, String group, String agent, int turn, boolean turnStart) {

    /** Every input token of the call, whether billed as input, cache read or cache write. */
    public long totalInput() {
        return input + cacheRead + cacheWrite;
    }
}
