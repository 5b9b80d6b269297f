package io.agentcost.pricing;

import java.util.Optional;

/**
 * The catalog price a Bedrock token kind reads at one price level: its own key, or, where a model has both levels and the
 * regional one lacks a kind the global one lists, the global price × 1.10. AWS prices the regional level (in-region and
 * geographic profiles) of the models with a global profile 10% above global (SPEC §3, aws-pricing-facts §1.1), and every
 * kind the bundled snapshot lists at both levels keeps that ratio; the sources publish some kinds (long context, 1-hour
 * cache writes, Opus 4.5's cache) at the global level only. Decision 0031.
 */
public record BedrockRate(String key, double factor) {

    public static final double REGIONAL_OVER_GLOBAL = 1.10;

    public static BedrockRate of(Catalog catalog, BedrockModel model, String endpoint, String kind) {
        String key = PriceKeys.bedrock(model, endpoint, kind);
        if (model.hasTwoEndpoints() && "regional".equals(endpoint) && catalog.price(key).isEmpty()) {
            String global = PriceKeys.bedrock(model, "global", kind);
            if (catalog.price(global).isPresent()) return new BedrockRate(global, REGIONAL_OVER_GLOBAL);
        }
        return new BedrockRate(key, 1.0);
    }

    /** Whether the price is the global one scaled, not the level's own. */
    public boolean derived() {
        return factor != 1.0;
    }

    /** Whether the catalog has the price (its own or the global one it is derived from). */
    public boolean listed(Catalog catalog) {
        return catalog.price(key).isPresent();
    }

    /** The rate per unit, or empty where the catalog lacks it. */
    public Optional<Double> rate(Catalog catalog) {
        return catalog.price(key).map(p -> p.scaled(factor).firstRate());
    }

    /** What a line item adds to its name where the price is derived. */
    public static final String DERIVED_MARK = " (global price × 1.10)";
}
