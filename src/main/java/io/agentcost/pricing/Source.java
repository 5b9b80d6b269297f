package io.agentcost.pricing;

/** Where a price came from: kind (price_list, page, third_party), service code, usage type, human reference. */
public record Source(String kind, String serviceCode, String usageType, String reference) {
}
