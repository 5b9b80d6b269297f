package io.agentcost.model;

/**
 * How conversation history is re-sent: all of it ({@code full}) or the last
 * {@code windowTurns} turns plus a summary of {@code summaryTokens} once older turns exist.
 */
public record History(boolean full, Distribution windowTurns, Distribution summaryTokens) {

    public static final History FULL = new History(true, null, null);

    public static History window(Distribution windowTurns, Distribution summaryTokens) {
        return new History(false, windowTurns, summaryTokens);
    }
}
