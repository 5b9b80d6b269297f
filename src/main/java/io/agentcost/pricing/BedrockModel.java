package io.agentcost.pricing;

import java.util.List;

/**
 * A Bedrock model the catalog prices: alias, full model id, and how batch inference is priced
 * ({@code listed} prices, {@code half_price} by AWS's 50% rule, or {@code not_offered}).
 * {@code longContextThreshold}: the input tokens of a call above which it bills at the model's
 * {@code long_context_*} prices (SPEC §13), or null where the model has no such tier. {@code modelId} is null for a model
 * a refresh discovered in the Price List, which names no model id; {@code source} says where a model comes from (or null).
 */
public record BedrockModel(String alias, String modelId, String name, List<String> endpoints, String batch,
                           Double longContextThreshold, String source) {

    public BedrockModel {
        endpoints = List.copyOf(endpoints);
    }

    public BedrockModel(String alias, String modelId, String name, List<String> endpoints, String batch) {
        this(alias, modelId, name, endpoints, batch, null, null);
    }

    public boolean hasTwoEndpoints() {
        return endpoints.size() > 1;
    }
}
