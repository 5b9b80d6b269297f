package io.agentcost.model;

/**
 * One priced cost line (SPEC §4). {@code unitPriceUsd} is the list price per {@code unit}
 * (the blended rate for tiered or free-allowance lines); {@code usd} is after the discount.
 * A line whose price could not be found has {@code missingPrice} set and NaN money: it is
 * reported, never counted as $0.
 *
 * @param agent the fleet agent the line is attributed to, or null for shared lines
 */
public record LineItem(String phase, String architecture, String agent, ComponentType component, Category category,
                       String name, double quantity, String unit, String priceKey, double unitPriceUsd,
                       double listUsd, double usd, boolean tiered, boolean missingPrice) {

    /** The service a line belongs to: its component, or "custom" for people and custom lines. */
    public String service() {
        return component == null ? "custom" : component.key();
    }

    /** The agent a line is attributed to, or {@link Estimate#SHARED}. */
    public String agentOrShared() {
        return agent == null ? Estimate.SHARED : agent;
    }
}
