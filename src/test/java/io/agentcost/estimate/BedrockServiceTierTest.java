package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Source;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bedrock service tiers and cache lifetimes (SPEC §13, decision 0023), by hand on the tokens of {@link BedrockTokensTest}:
 * C = 1000, T = 4, K = 2, S = 1000, U = 100, O = 50 → prefix 9.8M, fresh 0.8M, output 0.4M tokens a month
 * (input 10.6M in all). Nova Pro: $0.80 in, $3.20 out, batch $0.40 / $1.60; standard total 10.6·0.80 + 0.4·3.20 = $9.76.
 */
class BedrockServiceTierTest {

    private static String scenario(String extraWorkload, String model) {
        return BedrockTokensTest.scenario(extraWorkload, model);
    }

    /** The bundled catalog with extra flat prices (per 1M tokens), as a catalog that lists flex or priority prices would be. */
    private static EstimateReport withPrices(String yaml, Map<String, Double> extra) {
        LoadResult r = Fixtures.load(yaml);
        assertThat(r.problems()).isEmpty();
        Catalog base = r.catalog();
        Map<String, Price> prices = new HashMap<>(base.prices());
        Source src = new Source("page", "AmazonBedrock", null, "test price");
        extra.forEach((k, v) -> prices.put(k, Price.flat(k, "1M tokens", v, src, "2026-11-26")));
        Catalog c = new Catalog(base.region(), base.snapshotDate(), base.origin(), prices, base.allowances(), new ArrayList<>(base.models().values()));
        return Fixtures.services().estimate(r.scenario(), c, null);
    }

    @Test
    void flexWithoutACatalogPriceBillsHalfTheStandardPriceAndSaysSo() {
        EstimateReport r = Fixtures.estimate(scenario("bedrock_service_tier: flex", "nova-pro"));
        Estimate e = r.results().get(0);
        // 9.8M × $0.40 = $3.92; 0.8M × $0.40 = $0.32; 0.4M × $1.60 = $0.64 → $4.88 = 9.76 / 2
        assertThat(usd(e, "nova-pro input tokens (system prompt and history) (flex at 50% of standard)")).isCloseTo(3.92, within(1e-9));
        assertThat(usd(e, "nova-pro input tokens (new user input) (flex at 50% of standard)")).isCloseTo(0.32, within(1e-9));
        assertThat(usd(e, "nova-pro output tokens (flex at 50% of standard)")).isCloseTo(0.64, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(4.88, within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("nova-pro lists no flex price for input (bedrock.nova-pro.flex_input)")
                && w.contains("50% of the regional standard price"));
    }

    @Test
    void flexHalvesTheStandardPriceAtTheChosenEndpoint() {
        // Sonnet 4.6 global: $3.00 in, $15.00 out; flex: 10.6M × $1.50 = $15.90 + 0.4M × $7.50 = $3.00 → $18.90
        Estimate e = Fixtures.single(scenario("bedrock_service_tier: flex\nbedrock_endpoint: global", "claude-sonnet-4-6"));
        assertThat(line(e, "claude-sonnet-4-6 output tokens [global] (flex at 50% of standard)").priceKey())
                .isEqualTo("bedrock.claude-sonnet-4-6.global.output");
        assertThat(e.totalUsd()).isCloseTo(18.90, within(1e-9));
    }

    @Test
    void flexUsesTheCatalogsFlexPriceWhereListed() {
        // listed flex $0.35 in, $1.40 out (not 50%, to tell them apart): 10.6M × 0.35 = $3.71 + 0.4M × 1.40 = $0.56 → $4.27
        EstimateReport r = withPrices(scenario("bedrock_service_tier: flex", "nova-pro"),
                Map.of("bedrock.nova-pro.flex_input", 0.35, "bedrock.nova-pro.flex_output", 1.40));
        Estimate e = r.results().get(0);
        assertThat(line(e, "nova-pro input tokens (system prompt and history) (flex)").priceKey()).isEqualTo("bedrock.nova-pro.flex_input");
        assertThat(e.totalUsd()).isCloseTo(4.27, within(1e-9));
        assertThat(r.warnings()).noneMatch(w -> w.contains("flex"));
    }

    @Test
    void priorityWithoutACatalogPriceIsAMissingPriceNotZeroOrStandard() {
        EstimateReport r = Fixtures.estimate(scenario("bedrock_service_tier: priority", "nova-pro"));
        Estimate e = r.results().get(0);
        assertThat(e.missingPrices()).containsExactlyInAnyOrder("bedrock.nova-pro.priority_input", "bedrock.nova-pro.priority_output");
        assertThat(line(e, "nova-pro output tokens (priority)").missingPrice()).isTrue();
        // every token line is missing: nothing is billed, and the total says so (it is not a $0 bill)
        assertThat(e.totalUsd()).isZero();
        assertThat(r.warnings()).anyMatch(w -> w.contains("nova-pro has no priority price for input in the catalog (bedrock.nova-pro.priority_input)")
                && w.contains("bedrock_service_tier priority reports it as a missing price"));
    }

    @Test
    void aTierOrLifetimeAModelLacksIsReportedWithTheFileLineAndKeyThatChoseIt() {
        // issue 15 point 4: the workload's tier is on line 9 of test.yaml (line 10 is the scenario's blank line); an agent that sets
        // its own on line 14 is named there
        String yaml = scenario("bedrock_service_tier: priority", "nova-pro") .replace("architectures:", """
                agents:
                  - name: writer
                    count: 1
                    bedrock_service_tier: priority
                    model_mix: {claude-haiku-4-5: 1}
                    prompt_caching: true
                    cache_ttl: 1h
                architectures:""");
        EstimateReport r = Fixtures.estimate(yaml);
        assertThat(r.warnings()).contains("test.yaml:14: agents[0].bedrock_service_tier: claude-haiku-4-5 has no priority price for output in the catalog"
                + " (bedrock.claude-haiku-4-5.regional.priority_output): bedrock_service_tier priority reports it as a missing price");
        // Haiku 4.5 lists a 5-minute write but no 1-hour one (decision 0023): the agent's cache_ttl on line 17 is named
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("test.yaml:17: agents[0].cache_ttl: claude-haiku-4-5 lists no 1-hour cache-write price"));
        LoadResult one = Fixtures.load(scenario("bedrock_service_tier: priority", "nova-pro"));
        assertThat(Fixtures.services().estimate(one.scenario(), one.catalog(), null).warnings())
                .contains("test.yaml:9: workload.bedrock_service_tier: nova-pro has no priority price for input in the catalog"
                        + " (bedrock.nova-pro.priority_input): bedrock_service_tier priority reports it as a missing price");
    }

    @Test
    void priorityUsesTheCatalogsPriorityPriceWhereListed() {
        // listed priority $1.40 in, $5.60 out (1.75×): 10.6M × 1.40 = $14.84 + 0.4M × 5.60 = $2.24 → $17.08
        Estimate e = withPrices(scenario("bedrock_service_tier: priority", "nova-pro"),
                Map.of("bedrock.nova-pro.priority_input", 1.40, "bedrock.nova-pro.priority_output", 5.60)).results().get(0);
        assertThat(e.missingPrices()).isEmpty();
        assertThat(e.totalUsd()).isCloseTo(17.08, within(1e-9));
    }

    @Test
    void batchIsPricedOffStandardWhateverTheTier() {
        // batch_share 0.5: the on-demand half at flex (50% of standard): 4.88 / 2 = $2.44;
        // the batch half at Nova Pro's listed batch prices: (10.6M × 0.40 + 0.4M × 1.60) / 2 = (4.24 + 0.64) / 2 = $2.44
        Estimate e = Fixtures.single(scenario("bedrock_service_tier: flex\nbatch_share: 0.5", "nova-pro"));
        assertThat(line(e, "nova-pro output tokens (batch)").priceKey()).isEqualTo("bedrock.nova-pro.batch_output");
        assertThat(usd(e, "nova-pro output tokens (batch)")).isCloseTo(0.32, within(1e-9));
        assertThat(usd(e, "nova-pro output tokens (flex at 50% of standard)")).isCloseTo(0.32, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(4.88, within(1e-9));
    }

    @Test
    void aOneHourCacheWriteBillsTheOneHourWritePrice() {
        // Sonnet 4.6 global, h = 0.8: writes (1 − 0.8) · 9.8M = 1.96M × $6.00 (1-hour TTL, 2 × input) = $11.76
        // (5-minute TTL: 1.96M × $3.75 = $7.35); reads 7.84M × $0.30 = $2.352, fresh 0.8M × $3 = $2.40, output 0.4M × $15 = $6.00
        Estimate e = Fixtures.single(scenario("prompt_caching: true\ncache_hit_rate: 0.8\nbedrock_endpoint: global\ncache_ttl: 1h", "claude-sonnet-4-6"));
        var write = line(e, "claude-sonnet-4-6 cache write tokens [global] (1-hour TTL)");
        assertThat(write.priceKey()).isEqualTo("bedrock.claude-sonnet-4-6.global.cache_write_1h");
        assertThat(write.usd()).isCloseTo(11.76, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(11.76 + 2.352 + 2.40 + 6.00, within(1e-9));
        Estimate fiveMinutes = Fixtures.single(scenario("prompt_caching: true\ncache_hit_rate: 0.8\nbedrock_endpoint: global", "claude-sonnet-4-6"));
        assertThat(usd(fiveMinutes, "claude-sonnet-4-6 cache write tokens [global]")).isCloseTo(7.35, within(1e-9));
    }

    @Test
    void aOneHourCacheWriteTheModelDoesNotPriceIsMissing() {
        // Haiku 4.5 regional lists a 5-minute write price only: the 1-hour one is reported missing, not billed at 5 minutes
        EstimateReport r = Fixtures.estimate(scenario("prompt_caching: true\ncache_hit_rate: 0.8\ncache_ttl: 1h", "claude-haiku-4-5"));
        assertThat(r.results().get(0).missingPrices()).containsExactly("bedrock.claude-haiku-4-5.regional.cache_write_1h");
        assertThat(r.warnings()).anyMatch(w -> w.contains("claude-haiku-4-5 lists no 1-hour cache-write price"));
    }

    @Test
    void aOneHourCacheWriteOfAModelWithoutAWriteChargeBillsTheInputPrice() {
        // Nova Micro charges no cache write: as with 5 minutes, 1.96M writes × $0.035 input
        Estimate e = Fixtures.single(scenario("prompt_caching: true\ncache_hit_rate: 0.8\ncache_ttl: 1h", "nova-micro"));
        assertThat(usd(e, "nova-micro cache write tokens at input price")).isCloseTo(1.96 * 0.035, within(1e-12));
        assertThat(e.missingPrices()).isEmpty();
    }

    @Test
    void theDefaultsChangeNothing() {
        // standard and 5m written out give the same lines and total as leaving them out ($9.76 for Nova Pro)
        Estimate given = Fixtures.single(scenario("bedrock_service_tier: standard\ncache_ttl: 5m", "nova-pro"));
        Estimate absent = Fixtures.single(scenario("", "nova-pro"));
        assertThat(given.lines()).isEqualTo(absent.lines());
        assertThat(absent.totalUsd()).isCloseTo(9.76, within(1e-9));
    }

    @Test
    void anUnknownTierOrCacheLifetimeIsAProblemWithFileLineAndKey() {
        assertThat(Fixtures.problems(scenario("bedrock_service_tier: cheap", "nova-pro")))
                .anyMatch(p -> p.startsWith("test.yaml:9:") && p.contains("workload.bedrock_service_tier")
                        && p.contains("unknown Bedrock service tier 'cheap'") && p.contains("standard, flex, priority"));
        assertThat(Fixtures.problems(scenario("cache_ttl: 30m", "nova-pro")))
                .anyMatch(p -> p.startsWith("test.yaml:9:") && p.contains("workload.cache_ttl") && p.contains("unknown prompt-cache lifetime '30m'"));
    }
}
