package io.agentcost.pricing;

import java.util.List;

/**
 * A Bedrock model the catalog prices: alias, full model id, and how batch inference is priced
 * ({@code listed} prices, {@code half_price} by AWS's 50% rule, or {@code not_offered}).
 */
public record BedrockModel(String alias, String modelId, String name, List<String> endpoints, String batch) {

    public BedrockModel {
        endpoints = List.copyOf(endpoints);
    }

    public boolean hasTwoEndpoints() {
        return endpoints.size() > 1;
    }
}
