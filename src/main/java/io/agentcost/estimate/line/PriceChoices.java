package io.agentcost.estimate.line;

import java.util.List;
import java.util.Map;

/**
 * The prices a Bedrock token line would take at each setting of the workbook's tier, cache-lifetime and long-context
 * levers (SPEC §13, decision 0027): the app bills the line's own key; the workbook's unit price picks among these. A
 * key the catalog lacks is a missing price there too (#N/A), never $0.
 *
 * @param tier        the scenario's own {@code bedrock_service_tier} of the line's agent
 * @param ttl         the scenario's own {@code cache_ttl}
 * @param longContext whether the line bills the calls above the model's long-context threshold
 * @param prices      the price at each setting, keyed by {@link #setting}
 */
public record PriceChoices(String tier, String ttl, boolean longContext, Map<String, Priced> prices) {

    /** A catalog key and the factor on its price (0.5 for flex without a flex price, or for batch without a batch price). */
    public record Priced(String key, double factor) {
    }

    public PriceChoices {
        prices = Map.copyOf(prices);
    }

    /** @param standardContext true where the long-context lever bills the line at the prices below the threshold */
    public static String setting(String tier, String ttl, boolean standardContext) {
        return tier + "/" + ttl + "/" + (standardContext ? "standard-context" : "as-is");
    }

    public Priced at(String tier, String ttl, boolean standardContext) {
        return prices.get(setting(tier, ttl, standardContext));
    }

    /** Every key the workbook may read for this line. */
    public List<String> keys() {
        return prices.values().stream().map(Priced::key).distinct().sorted().toList();
    }
}
