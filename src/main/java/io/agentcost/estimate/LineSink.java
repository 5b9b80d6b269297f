package io.agentcost.estimate;

/**
 * Receives the monthly quantity of each line. Components emit the same lines in the same order
 * whatever the numbers, so a sink can record the specs once and keep only quantities after.
 */
public interface LineSink {
    void add(LineSpec line, double quantity);
}
