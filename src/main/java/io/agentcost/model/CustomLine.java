package io.agentcost.model;

/** A line the user adds to an architecture: {@code custom: [{name, category, monthly_usd}]}. */
public record CustomLine(String name, Category category, Distribution monthlyUsd) {
}
