package io.agentcost.pricing;

/** A price band: quantities up to {@code upTo} (absolute, cumulative; infinity for the last) at {@code usd} each. */
public record Tier(double upTo, double usd) {
}
