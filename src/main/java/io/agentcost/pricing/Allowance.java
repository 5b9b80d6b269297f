package io.agentcost.pricing;

/** A free monthly quantity of a price key (Lambda requests and GB-seconds, internet egress). */
public record Allowance(String priceKey, double quantity, String unit) {
}
