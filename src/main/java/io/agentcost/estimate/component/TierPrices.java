package io.agentcost.estimate.component;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.PriceChoices;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Workload;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.BedrockRate;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.PriceKeys;
import java.util.HashMap;
import java.util.Map;

/**
 * Which catalog price a Bedrock token line takes (SPEC §4, §13, decision 0023): the kind of token, the prompt-cache
 * lifetime of a cache write ({@code cache_ttl}), the long-context tier, then the service tier. Flex takes the
 * model's {@code flex_*} price where the catalog lists one, else 50% of the standard price at the chosen endpoint
 * with a warning; priority takes {@code priority_*}, and where the catalog has none the line keeps that key, so the
 * pricing pass reports it missing rather than billing it at $0 or at standard. Batch is priced off standard only.
 */
final class TierPrices {

    private TierPrices() {
    }

    /**
     * The line as billed on demand at the scenario's tier, and the same tokens at the standard tier (the basis of batch);
     * {@code batchChoices} the prices of its batch line at the workbook's levers (null on the lines those are made of).
     */
    record Line(LineSpec billed, LineSpec standard, String kind, boolean longContext, PriceChoices batchChoices) {
    }

    /** The price level a line of this model reads: the scenario's endpoint where the model has two, else its one level. */
    static String endpoint(BedrockModel model, AgentPlan a) {
        return model.hasTwoEndpoints() ? a.endpoint() : "regional";
    }

    /**
     * The line at the scenario's tier and cache lifetime, its billed and batch specs carrying the prices the workbook's
     * levers pick among (decision 0027).
     *
     * @param inApp whether the line is billed in the app (not only the workbook's lever): only those warn
     */
    static Line line(Build b, AgentPlan a, BedrockModel model, String kind, String name, boolean longContext, boolean inApp) {
        String tier = a.workload().serviceTierOrDefault();
        String ttl = a.workload().cacheTtlOrDefault();
        Line own = line(b, a, model, kind, name, longContext, inApp, tier, ttl);
        Map<String, PriceChoices.Priced> billed = new HashMap<>();
        Map<String, PriceChoices.Priced> batch = new HashMap<>();
        for (String t : Workload.SERVICE_TIERS) {
            for (String l : Workload.CACHE_TTLS) {
                for (boolean standardContext : new boolean[]{false, true}) {
                    Line at = line(b, a, model, kind, name, longContext && !standardContext, false, t, l);
                    String setting = PriceChoices.setting(t, l, standardContext);
                    billed.put(setting, new PriceChoices.Priced(at.billed().priceKey(), at.billed().priceFactor()));
                    LineSpec bt = batch(model, at);
                    batch.put(setting, new PriceChoices.Priced(bt.priceKey(), bt.priceFactor()));
                }
            }
        }
        return new Line(own.billed().withChoices(new PriceChoices(tier, ttl, longContext, billed)), own.standard(), kind, longContext,
                new PriceChoices(tier, ttl, longContext, batch));
    }

    private static Line line(Build b, AgentPlan a, BedrockModel model, String kind, String name, boolean longContext, boolean inApp,
                             String tier, String ttl) {
        Catalog catalog = b.catalog();
        String endpoint = endpoint(model, a);
        String lc = longContext ? "long_context_" : "";
        if (longContext) name = name + " (long context)";
        String base = kind;
        if (kind.equals("cache_write")) {
            boolean listed = BedrockRate.of(catalog, model, endpoint, lc + "cache_write").listed(catalog)
                    || BedrockRate.of(catalog, model, endpoint, lc + "cache_write_1h").listed(catalog);
            if (!listed) {
                // SPEC §4: cache writes bill at the input price where the model lists no write price (Nova: no write charge)
                base = "input";
                name = name + " at input price";
            } else if (Workload.TTL_1H.equals(ttl)) {
                base = "cache_write_1h";
                name = name + " (1-hour TTL)";
            }
        }
        BedrockRate rate = BedrockRate.of(catalog, model, endpoint, lc + base);
        LineSpec standard = LineSpec.priced(ComponentType.BEDROCK, name, "1M tokens", rate.key(), a.name());
        if (rate.derived()) standard = standard.withFactor(rate.factor(), name + BedrockRate.DERIVED_MARK);
        if (inApp && base.equals("cache_write_1h") && catalog.price(standard.priceKey()).isEmpty()) {
            b.warnOnce(a.workload().whereGiven("cache_ttl") + model.alias() + " lists no 1-hour cache-write price (" + standard.priceKey() + "): cache_ttl 1h reports it missing");
        }
        LineSpec billed = standard;
        if (!tier.equals(Workload.STANDARD)) {
            BedrockRate tiered = BedrockRate.of(catalog, model, endpoint, tier + "_" + lc + base);
            String key = tiered.key();
            boolean listed = tiered.listed(catalog);
            if (tier.equals(Workload.FLEX) && !listed) {
                if (inApp) b.warnOnce(a.workload().whereGiven("bedrock_service_tier") + model.alias() + " lists no flex price for " + lc + base + " (" + key + "): bedrock_service_tier flex bills 50% of the "
                        + endpoint + " standard price");
                billed = standard.withFactor(0.5 * standard.priceFactor(), standard.name() + " (flex at 50% of standard)");
            } else {
                if (!listed && inApp) {
                    b.warnOnce(a.workload().whereGiven("bedrock_service_tier") + model.alias() + " has no " + tier + " price for " + lc + base + " in the catalog (" + key
                            + "): bedrock_service_tier " + tier + " reports it as a missing price");
                }
                // the tier's own rate replaces the standard line's factor: 1.0 where listed, 1.10 where derived from global
                String tierName = name + " (" + tier + ")" + (tiered.derived() ? BedrockRate.DERIVED_MARK : "");
                billed = standard.withKey(key, tierName).withFactor(tiered.factor(), tierName);
            }
        }
        return new Line(billed, standard, kind, longContext, null);
    }

    /** The batch line of the same tokens: the listed batch price for plain input and output, else 50% of the standard line. */
    static LineSpec batch(BedrockModel model, Line line) {
        LineSpec spec = batchAtScenario(model, line);
        return line.batchChoices() == null ? spec : spec.withChoices(line.batchChoices());
    }

    private static LineSpec batchAtScenario(BedrockModel model, Line line) {
        LineSpec standard = line.standard();
        String name = standard.name() + " (batch)";
        String kind = line.kind();
        if ("listed".equals(model.batch()) && !line.longContext() && (kind.equals("input") || kind.equals("output"))) {
            return standard.withKey(PriceKeys.bedrock(model, "regional", "batch_" + kind), name).withFactor(1.0, name);
        }
        // SPEC §11.6: 50% of the line's own on-demand price where no batch price is listed
        return standard.withFactor(0.5 * standard.priceFactor(), name + " at 50%");
    }
}
