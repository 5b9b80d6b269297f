package io.agentcost.model;

/** A run of months in one phase, with growth of conversations compounded monthly inside it. */
public record TimelineEntry(String phase, int months, Distribution monthlyGrowth) {
}
