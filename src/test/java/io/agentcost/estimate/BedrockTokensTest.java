package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.cents;
import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Tokens per conversation (SPEC §4) priced on Bedrock. The base case, by hand:
 * C = 1000, T = 4, K = 2, S = 1000, U = 100, O = 50, U+O = 150.
 * Full history Hs = 150 · 4·3/2 = 900; prefix P = K(T·S + Hs) = 2·(4000 + 900) = 9,800;
 * fresh F = K·T·U = 800; output Out = K·T·O = 400 per conversation → ×1000 per month.
 */
public class BedrockTokensTest {

    /** The worked scenario of this class's comment (BedrockServiceTierTest prices its tokens too). */
    public static String scenario(String extraWorkload, String model) {
        return """
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 4
                  llm_calls_per_turn: 2
                  system_prompt_tokens: 1000
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  model_mix: {%s: 1}
                %s
                architectures: {b: {bedrock: {}}}
                """.formatted(model, extraWorkload.indent(2));
    }

    private static String turns(double t, String yaml) {
        return yaml.replace("turns_per_conversation: 4", "turns_per_conversation: " + t);
    }

    @Test
    void fullHistoryIsResentEveryTurn() {
        Estimate e = single(scenario("", "claude-3-5-haiku"));
        // 9.8M prefix tokens at $0.80 = $7.84; 0.8M fresh at $0.80 = $0.64; 0.4M output at $4.00 = $1.60
        assertThat(line(e, "claude-3-5-haiku input tokens (system prompt and history)").quantity()).isCloseTo(9.8, within(1e-12));
        assertThat(usd(e, "claude-3-5-haiku input tokens (system prompt and history)")).isCloseTo(7.84, within(1e-9));
        assertThat(usd(e, "claude-3-5-haiku input tokens (new user input)")).isCloseTo(0.64, within(1e-9));
        assertThat(usd(e, "claude-3-5-haiku output tokens")).isCloseTo(1.60, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(10.08, within(1e-9));
    }

    @Test
    void historyWindowKeepsTheLastTurnsAndASummary() {
        // T = 6, window N = 2, summary Z = 300: turn by turn (t−1 capped at 2, plus Z once t−1 > 2)
        // 0 + 150 + 300 + (300+300) + (300+300) + (300+300) = 2,250 = 150·[2·3/2 + 2·3] + 300·3
        // P = 2·(6·1000 + 2250) = 16,500 per conversation → 16.5M tokens a month
        Estimate e = single(turns(6, scenario("history: {window_turns: 2, summary_tokens: 300}", "claude-3-5-haiku")));
        assertThat(line(e, "claude-3-5-haiku input tokens (system prompt and history)").quantity()).isCloseTo(16.5, within(1e-12));
    }

    @Test
    void fractionalTurnsUseTheClosedFormWithRealT() {
        // T = 2.5: Hs = 150 · 2.5 · 1.5 / 2 = 281.25; P = 2·(2.5·1000 + 281.25) = 5,562.5 → 5.5625M
        Estimate e = single(turns(2.5, scenario("", "claude-3-5-haiku")));
        assertThat(line(e, "claude-3-5-haiku input tokens (system prompt and history)").quantity()).isCloseTo(5.5625, within(1e-12));
    }

    @Test
    void lessThanOneTurnHasNoHistory() {
        // T = 0.5: no earlier turn to re-send; P = 2·(0.5·1000) = 1,000 → 1M
        Estimate e = single(turns(0.5, scenario("", "claude-3-5-haiku")));
        assertThat(line(e, "claude-3-5-haiku input tokens (system prompt and history)").quantity()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void retriesBillEveryAttemptInFull() {
        // a = 1 + 0.1 + 0.01 = 1.11 attempts per call (max_retries 2): every token line × 1.11
        Estimate e = single(scenario("retry_rate: 0.1\nmax_retries: 2", "claude-3-5-haiku"));
        assertThat(e.totalUsd()).isCloseTo(10.08 * 1.11, within(1e-9));
    }

    @Test
    void cacheHitsAreBilledAtTheCacheReadPriceAndMissesAtTheWritePrice() {
        // Sonnet 4.6 regional, h = 0.8: read 7.84M × $0.33 = 2.5872; write 1.96M × $4.125 = 8.085;
        // fresh 0.8M × $3.30 = 2.64; output 0.4M × $16.50 = 6.60 → $19.9122
        Estimate e = single(scenario("prompt_caching: true\ncache_hit_rate: 0.8", "claude-sonnet-4-6"));
        assertThat(usd(e, "claude-sonnet-4-6 cache read tokens [regional]")).isCloseTo(2.5872, within(1e-9));
        assertThat(usd(e, "claude-sonnet-4-6 cache write tokens [regional]")).isCloseTo(8.085, within(1e-9));
        assertThat(usd(e, "claude-sonnet-4-6 input tokens (new user input) [regional]")).isCloseTo(2.64, within(1e-9));
        assertThat(cents(e.totalUsd())).isEqualTo(19.91);
    }

    @Test
    void cacheWritesUseTheInputPriceWhenTheModelListsNoWritePrice() {
        // Nova Micro has a cache-read price but no write surcharge: 1.96M writes × $0.035
        Estimate e = single(scenario("prompt_caching: true\ncache_hit_rate: 0.8", "nova-micro"));
        var write = line(e, "nova-micro cache write tokens at input price");
        assertThat(write.priceKey()).isEqualTo("bedrock.nova-micro.input");
        assertThat(write.usd()).isCloseTo(1.96 * 0.035, within(1e-12));
    }

    @Test
    void cachingOnAModelWithoutACacheReadPriceIsReportedMissingNotZero() {
        EstimateReport r = Fixtures.estimate(scenario("prompt_caching: true\ncache_hit_rate: 0.8", "llama-3-3-70b"));
        Estimate e = r.results().get(0);
        assertThat(e.missingPrices()).containsExactly("bedrock.llama-3-3-70b.cache_read");
        assertThat(line(e, "llama-3-3-70b cache read tokens").missingPrice()).isTrue();
        assertThat(Double.isNaN(usd(e, "llama-3-3-70b cache read tokens"))).isTrue();
        // the rest is still priced: write 1.96M + fresh 0.8M at $0.72 (no write price) + 0.4M output at $0.72
        assertThat(e.totalUsd()).isCloseTo((1.96 + 0.8 + 0.4) * 0.72, within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("missing price bedrock.llama-3-3-70b.cache_read"));
    }

    @Test
    void batchShareUsesListedBatchPrices() {
        // Nova Micro lists batch at $0.0175 in / $0.07 out; half of (9.8M + 0.8M) input and 0.4M output go to batch
        Estimate e = single(scenario("batch_share: 0.5", "nova-micro"));
        assertThat(line(e, "nova-micro input tokens (system prompt and history) (batch)").priceKey()).isEqualTo("bedrock.nova-micro.batch_input");
        double expected = (4.9 + 0.4) * 0.035 + 0.2 * 0.14 + (4.9 + 0.4) * 0.0175 + 0.2 * 0.07;
        assertThat(e.totalUsd()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void batchWithoutAListedPriceIsHalfTheOnDemandPrice() {
        // Sonnet 4.6: 50% rule → the batch half of every line costs half: total = 0.75 × on-demand total
        // on-demand total: 10.6M input × $3.30 + 0.4M × $16.50 = 34.98 + 6.60 = $41.58
        Estimate e = single(scenario("batch_share: 0.5", "claude-sonnet-4-6"));
        assertThat(line(e, "claude-sonnet-4-6 output tokens [regional] (batch) at 50%").unitPriceUsd()).isCloseTo(8.25, within(1e-12));
        assertThat(e.totalUsd()).isCloseTo(0.75 * 41.58, within(1e-9));
    }

    @Test
    void modelsWithoutBatchBillOnDemandWithAWarning() {
        EstimateReport r = Fixtures.estimate(scenario("batch_share: 0.5", "claude-3-5-haiku"));
        assertThat(r.results().get(0).totalUsd()).isCloseTo(10.08, within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("claude-3-5-haiku has no batch offer"));
    }

    @Test
    void regionalEndpointCostsTenPercentMoreThanGlobalForClaude45Plus() {
        double regional = single(scenario("bedrock_endpoint: regional", "claude-sonnet-4-6")).totalUsd();
        double global = single(scenario("bedrock_endpoint: global", "claude-sonnet-4-6")).totalUsd();
        // global: 10.6M × $3 + 0.4M × $15 = $37.80; regional $41.58 = 1.10 × global
        assertThat(global).isCloseTo(37.80, within(1e-9));
        assertThat(regional / global).isCloseTo(1.10, within(1e-12));
    }

    @Test
    void aModelWithOnePriceUsesItForBothEndpoints() {
        assertThat(single(scenario("bedrock_endpoint: global", "nova-pro")).totalUsd())
                .isEqualTo(single(scenario("bedrock_endpoint: regional", "nova-pro")).totalUsd());
    }

    @Test
    void theModelMixSplitsCallsByShare() {
        String yaml = scenario("", "nova-micro").replace("model_mix: {nova-micro: 1}", "model_mix: {nova-micro: 0.25, nova-lite: 0.75}");
        Estimate e = single(yaml);
        // output 0.4M: 0.1M × $0.14 + 0.3M × $0.24
        assertThat(usd(e, "nova-micro output tokens") + usd(e, "nova-lite output tokens")).isCloseTo(0.1 * 0.14 + 0.3 * 0.24, within(1e-12));
    }

    @Test
    void aFullModelIdIsAcceptedForItsAlias() {
        Estimate e = single(scenario("", "us.anthropic.claude-3-5-haiku-20241022-v1:0").replace("{us.", "{\"us.").replace(": 1}", "\": 1}"));
        assertThat(e.totalUsd()).isCloseTo(10.08, within(1e-9));
    }
}
