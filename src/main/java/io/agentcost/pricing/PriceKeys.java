package io.agentcost.pricing;

import java.util.List;

/**
 * The one place that spells catalog keys, so the loader (which checks a key exists) and the
 * estimate (which prices it) cannot disagree. Scheme: docs/pricing-catalog.md.
 */
public final class PriceKeys {

    private PriceKeys() {
    }

    public static final String SAGEMAKER_HOSTING = "sagemaker.hosting.";
    public static final String SAGEMAKER_TRAINING = "sagemaker.training.";
    public static final String EC2 = "ec2.";
    public static final String ELASTICACHE = "elasticache.";
    public static final String AURORA = "aurora.";
    /** Embedding models, per 1M input tokens: {@code embedding.<model>}. */
    public static final String EMBEDDING = "embedding.";
    /** Rerank models, per 1K queries: {@code rerank.<model>}. */
    public static final String RERANK = "rerank.";

    /** Token price of a model: {@code bedrock.<alias>[.<endpoint>].<kind>}. */
    public static String bedrock(BedrockModel model, String endpoint, String kind) {
        return model.hasTwoEndpoints()
                ? "bedrock." + model.alias() + "." + endpoint + "." + kind
                : "bedrock." + model.alias() + "." + kind;
    }

    /** Instance-priced keys: prefix + the instance type / node type / class as AWS spells it. */
    public static String instance(String prefix, String name) {
        return prefix + name;
    }

    /** Names of a kind the catalog knows (instance types under a prefix, filtered to real instance names). */
    public static List<String> instanceNames(Catalog catalog, String prefix) {
        if (prefix.equals(EMBEDDING)) return catalog.namesUnder(prefix);
        return catalog.namesUnder(prefix).stream().filter(n -> n.matches("(ml|cache|db)\\..*|[a-z0-9-]+\\.[0-9]*[a-z0-9]+"))
                .toList();
    }
}
