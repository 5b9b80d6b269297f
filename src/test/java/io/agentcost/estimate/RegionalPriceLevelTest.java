package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.BedrockRate;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.PriceKeys;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The regional price level of a model whose sources list some prices at the global level only (SPEC §3: Claude 4.5+
 * regional = global × 1.10; decision 0031). Before, those lines were reported missing and left out of the total, so a Sonnet
 * 4.5 workload on the default endpoint whose every call passed 200K tokens estimated at $0.00.
 */
class RegionalPriceLevelTest {

    /** {@link LongContextTest}'s conversation (100 a month, 4 turns; turns 3 and 4 above 200K) on the default endpoint. */
    private static String longConversations(String extra) {
        return """
                workload:
                  monthly_conversations: 100
                  turns_per_conversation: 4
                  system_prompt_tokens: 150000
                  user_tokens_per_turn: 20000
                  output_tokens_per_call: 5000
                  model_mix: {claude-sonnet-4-5: 1}
                %s
                architectures: {b: {bedrock: {}}}
                """.formatted(extra.indent(2));
    }

    private static final String LONG = "claude-sonnet-4-5 input tokens (system prompt and history) [regional] (long context)" + BedrockRate.DERIVED_MARK;

    @Test
    void regionalLongContextBillsTheGlobalLongContextPriceTimes110() {
        // LongContextTest by hand: short prefix 32.5M + fresh 4M, output 1M; long prefix 42.5M + fresh 4M, output 1M.
        // Regional: short 36.5M × $3.30 + 1M × $16.50 = $136.95; long 46.5M × $6.60 ($6.00 × 1.10, which is also 2 × the
        // regional $3.30 input, the 2× rule of pricing-2026-additions §2.2) + 1M × $24.75 ($22.50 × 1.10) = $331.65 → $468.60,
        // 1.10 × the global $426.00
        EstimateReport r = Fixtures.estimate(longConversations(""));
        Estimate e = r.results().get(0);
        LineItem longPrefix = line(e, LONG);
        assertThat(longPrefix.priceKey()).isEqualTo("bedrock.claude-sonnet-4-5.global.long_context_input");
        assertThat(longPrefix.quantity()).isCloseTo(42.5, within(1e-9));
        assertThat(longPrefix.unitPriceUsd()).isEqualTo(6.6);
        assertThat(usd(e, "claude-sonnet-4-5 output tokens [regional] (long context)" + BedrockRate.DERIVED_MARK)).isCloseTo(24.75, within(1e-9));
        assertThat(e.missingPrices()).isEmpty();
        assertThat(e.totalUsd()).isCloseTo(468.60, within(1e-9));
        assertThat(r.warnings()).noneMatch(w -> w.contains("missing price"));
    }

    @Test
    void aKindTheRegionalLevelListsKeepsItsOwnPrice() {
        // Sonnet 4.5 lists regional input at $3.30: the short lines read it, not global × 1.10
        Estimate e = Fixtures.single(longConversations(""));
        LineItem shortPrefix = line(e, "claude-sonnet-4-5 input tokens (system prompt and history) [regional]");
        assertThat(shortPrefix.priceKey()).isEqualTo("bedrock.claude-sonnet-4-5.regional.input");
        assertThat(shortPrefix.usd()).isCloseTo(32.5 * 3.30, within(1e-9));
    }

    @Test
    void theGlobalEndpointIsUnchanged() {
        // LongContextTest.onlyTheLateTurnsOfAConversationCrossTheThreshold: $426.00 at the global prices themselves
        Estimate e = Fixtures.single(longConversations("bedrock_endpoint: global"));
        assertThat(e.totalUsd()).isCloseTo(426.00, within(1e-9));
        assertThat(e.lines()).noneMatch(l -> l.name().contains(BedrockRate.DERIVED_MARK));
    }

    @Test
    void flexAndBatchHalveTheDerivedPrice() {
        // flex without a listed flex price: 50% of the regional price, itself global × 1.10: long prefix 42.5M × $3.30 = $140.25;
        // the whole bill halves: $468.60 / 2 = $234.30
        Estimate flex = Fixtures.single(longConversations("bedrock_service_tier: flex"));
        assertThat(usd(flex, LONG + " (flex at 50% of standard)")).isCloseTo(140.25, within(1e-9));
        assertThat(flex.totalUsd()).isCloseTo(234.30, within(1e-9));
        // batch_share 0.5 of a half_price model: half on demand, half at 50% → 0.75 × $468.60 = $351.45
        Estimate batch = Fixtures.single(longConversations("batch_share: 0.5"));
        assertThat(usd(batch, LONG + " (batch) at 50%")).isCloseTo(42.5 / 2 * 3.30, within(1e-9));
        assertThat(batch.totalUsd()).isCloseTo(351.45, within(1e-9));
    }

    @Test
    void aOneHourCacheWriteListedOnlyAtGlobalBillsGlobalTimes110() {
        // BedrockServiceTierTest's tokens (prefix 9.8M, fresh 0.8M, output 0.4M), Sonnet 4.6 regional, h = 0.8, cache_ttl 1h:
        // writes 1.96M × $6.60 ($6.00 × 1.10; an eu. table lists Sonnet 4.6's 1-hour write at $6.60, aws-pricing-facts §1.1)
        // = $12.936; reads 7.84M × $0.33 = $2.5872; fresh 0.8M × $3.30 = $2.64; output 0.4M × $16.50 = $6.60 → $24.7632
        Estimate e = Fixtures.single(BedrockTokensTest.scenario("prompt_caching: true\ncache_hit_rate: 0.8\ncache_ttl: 1h", "claude-sonnet-4-6"));
        LineItem write = line(e, "claude-sonnet-4-6 cache write tokens [regional] (1-hour TTL)" + BedrockRate.DERIVED_MARK);
        assertThat(write.priceKey()).isEqualTo("bedrock.claude-sonnet-4-6.global.cache_write_1h");
        assertThat(write.usd()).isCloseTo(12.936, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(24.7632, within(1e-9));
    }

    @Test
    void opus45sRegionalCacheBillsItsWritesAtTheWritePriceNotTheInputPrice() {
        // Opus 4.5's sources list cache prices at the global level only ($6.25 write, $0.50 read). Before, the regional
        // level found no write price and billed writes at the $5.50 input price (the rule for models without a write
        // charge), and its reads were missing. Now, h = 0.8: writes 1.96M × $6.875 = $13.475, reads 7.84M × $0.55 = $4.312,
        // fresh 0.8M × $5.50 = $4.40, output 0.4M × $27.50 = $11.00 → $33.187 (Opus 4.6 lists these very regional prices)
        Estimate e = Fixtures.single(BedrockTokensTest.scenario("prompt_caching: true\ncache_hit_rate: 0.8", "claude-opus-4-5"));
        assertThat(usd(e, "claude-opus-4-5 cache write tokens [regional]" + BedrockRate.DERIVED_MARK)).isCloseTo(13.475, within(1e-9));
        assertThat(usd(e, "claude-opus-4-5 cache read tokens [regional]" + BedrockRate.DERIVED_MARK)).isCloseTo(4.312, within(1e-9));
        assertThat(e.missingPrices()).isEmpty();
        assertThat(e.totalUsd()).isCloseTo(33.187, within(1e-9));
    }

    @Test
    void aPriceNeitherLevelListsStaysMissing() {
        // priority: no priority price at either level, so the line keeps the regional key and is reported missing (decision 0023)
        Estimate e = Fixtures.single(longConversations("bedrock_service_tier: priority"));
        assertThat(e.missingPrices()).contains("bedrock.claude-sonnet-4-5.regional.priority_long_context_input",
                "bedrock.claude-sonnet-4-5.regional.priority_input");
        assertThat(e.missingPrices()).noneMatch(k -> k.contains(".global."));
    }

    @Test
    void aPriceOverrideOfTheGlobalPriceMovesTheDerivedRegionalOne() {
        // price_overrides sets global long-context input to $8.00: the regional long lines bill $8.80
        Estimate e = Fixtures.single(longConversations("").replace("architectures:",
                "price_overrides: {bedrock.claude-sonnet-4-5.global.long_context_input: 8.0}\narchitectures:"));
        assertThat(usd(e, LONG)).isCloseTo(42.5 * 8.80, within(1e-9));
    }

    @Test
    void everyKindTheSnapshotListsAtBothLevelsIsPricedTenPercentAboveGlobalAtTheRegionalLevel() {
        // the data behind the rule: where the sources give both levels, regional = 1.10 × global, kind by kind
        Catalog c = Fixtures.load(longConversations("")).catalog();
        int pairs = 0;
        for (BedrockModel m : c.models().values()) {
            if (!m.hasTwoEndpoints()) continue;
            for (String key : c.prices().keySet()) {
                String prefix = "bedrock." + m.alias() + ".global.";
                if (!key.startsWith(prefix)) continue;
                var regional = c.price(PriceKeys.bedrock(m, "regional", key.substring(prefix.length())));
                if (regional.isEmpty()) continue;
                pairs++;
                assertThat(regional.get().firstRate()).as(key).isCloseTo(1.10 * c.price(key).orElseThrow().firstRate(), within(1e-9));
            }
        }
        assertThat(pairs).as("kinds listed at both levels").isGreaterThanOrEqualTo(20);
    }

    @Test
    void aModelWithOneLevelNeverDerivesAPrice() {
        // Nova Pro has one price level: a kind it lacks stays its own (missing) key
        Catalog c = Fixtures.load(longConversations("")).catalog();
        BedrockModel nova = c.model("nova-pro").orElseThrow();
        BedrockRate r = BedrockRate.of(c, nova, "regional", "cache_write_1h");
        assertThat(r.key()).isEqualTo("bedrock.nova-pro.cache_write_1h");
        assertThat(r.derived()).isFalse();
    }
}
