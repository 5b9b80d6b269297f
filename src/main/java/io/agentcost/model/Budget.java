package io.agentcost.model;

/** Monthly budget and kill-switch threshold; either may be null. */
public record Budget(Double monthlyUsd, Double killSwitchUsd) {
    public static final Budget NONE = new Budget(null, null);
}
