package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Long-context prices (SPEC §13, decision 0023): Claude Sonnet 4.5 at the global level bills $3.00 in / $15.00 out, and a
 * call whose input is above 200,000 tokens bills all its input at $6.00 and its output at $22.50.
 *
 * <p>The conversation, by hand: K = 1, S = 150,000, U = 20,000, O = 5,000, so a turn adds h = U + O = 25,000 tokens of
 * history and the call of turn t reads I(t) = S + U + (t − 1)·h = 170K, 195K, 220K, 245K for t = 1..4: turns 1 and 2 are
 * below the threshold (m = ⌊1 + (200K − 170K)/25K⌋ = 2), turns 3 and 4 above it.
 */
class LongContextTest {

    private static final String NAME = "claude-sonnet-4-5 ";

    private static String scenario(String conversations, String turns, String extra) {
        return """
                workload:
                  monthly_conversations: %s
                  turns_per_conversation: %s
                  system_prompt_tokens: 150000
                  user_tokens_per_turn: 20000
                  output_tokens_per_call: 5000
                  bedrock_endpoint: global
                  model_mix: {claude-sonnet-4-5: 1}
                %s
                architectures: {b: {bedrock: {}}}
                """.formatted(conversations, turns, extra.indent(2));
    }

    private static double q(Estimate e, String what, boolean longContext) {
        return line(e, NAME + what + " [global]" + (longContext ? " (long context)" : "")).quantity();
    }

    @Test
    void aCallAboveTheThresholdBillsAllItsInputAndOutputAtTheLongContextPrices() {
        // one turn, S = 210,000: I = 210,000 + 20,000 = 230,000 > 200,000, so the whole call is long context;
        // 10 conversations: input (210,000 + 20,000)·10 = 2.3M × $6.00 = $13.80; output 5,000·10 = 0.05M × $22.50 = $1.125
        Estimate e = Fixtures.single(scenario("10", "1", "").replace("system_prompt_tokens: 150000", "system_prompt_tokens: 210000"));
        assertThat(q(e, "input tokens (system prompt and history)", true)).isCloseTo(2.1, within(1e-9));
        assertThat(q(e, "input tokens (new user input)", true)).isCloseTo(0.2, within(1e-9));
        assertThat(q(e, "output tokens", true)).isCloseTo(0.05, within(1e-9));
        assertThat(q(e, "input tokens (system prompt and history)", false)).isCloseTo(0, within(1e-9));
        assertThat(line(e, NAME + "output tokens [global] (long context)").priceKey()).isEqualTo("bedrock.claude-sonnet-4-5.global.long_context_output");
        assertThat(e.totalUsd()).isCloseTo(13.80 + 1.125, within(1e-9));
    }

    @Test
    void onlyTheLateTurnsOfAConversationCrossTheThreshold() {
        // 100 conversations of 4 turns. Turns 1-2: prefix 2·150K + history 0 + 25K = 325K, fresh 40K, output 10K;
        // turns 3-4: prefix 2·150K + history 50K + 75K = 425K, fresh 40K, output 10K (per conversation, × 100 a month).
        // short: (32.5M + 4M) × $3 + 1M × $15 = $124.50; long: (42.5M + 4M) × $6 + 1M × $22.50 = $301.50 → $426.00
        Estimate e = Fixtures.single(scenario("100", "4", ""));
        assertThat(q(e, "input tokens (system prompt and history)", false)).isCloseTo(32.5, within(1e-9));
        assertThat(q(e, "input tokens (system prompt and history)", true)).isCloseTo(42.5, within(1e-9));
        assertThat(q(e, "input tokens (new user input)", true)).isCloseTo(4.0, within(1e-9));
        assertThat(q(e, "output tokens", false)).isCloseTo(1.0, within(1e-9));
        assertThat(q(e, "output tokens", true)).isCloseTo(1.0, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(426.00, within(1e-9));
    }

    @Test
    void conversationsThatDifferInLengthCrossTheThresholdEachOnItsOwn() {
        // T varies as 2 or 4 turns, half each (E[T] = 3). The 2-turn conversations never cross; the 4-turn ones as above.
        // Long per conversation: E[long turns] = 0.5·0 + 0.5·2 = 1 → prefix 150K + E[long history] 0.5·125K = 212.5K,
        // fresh 20K, output 5K; × 100: 21.25M, 2M, 0.5M. All: prefix 3·150K + 25K·E[T(T−1)/2] = 450K + 25K·3.5 = 537.5K
        // → short prefix 53.75M − 21.25M = 32.5M, short fresh 6M − 2M = 4M, short output 1.5M − 0.5M = 1M.
        // short: 36.5M × $3 + 1M × $15 = $124.50; long: 23.25M × $6 + 0.5M × $22.50 = $150.75 → $275.25.
        // (The average conversation, T = 3, would put one turn of every conversation above: long input 22M, $143.25.)
        Estimate e = Fixtures.single(scenario("100", "{varies: {discrete: {values: [2, 4]}}}", ""));
        assertThat(q(e, "input tokens (system prompt and history)", true)).isCloseTo(21.25, within(1e-9));
        assertThat(q(e, "input tokens (system prompt and history)", false)).isCloseTo(32.5, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(275.25, within(1e-9));
    }

    @Test
    void theNominalEstimateIsExactWhenTheTokensAreUncertainAndTheTurnsVary() {
        // the system prompt uncertain around the same median: the threshold turn is fixed at the medians (m = 2), so the
        // nominal estimate is the one above to the cent
        Estimate e = Fixtures.single(scenario("100", "{varies: {discrete: {values: [2, 4]}}}", "")
                .replace("system_prompt_tokens: 150000", "system_prompt_tokens: {lognormal: {median: 150000, p90: 180000}}"));
        assertThat(e.totalUsd()).isCloseTo(275.25, within(1e-6));
    }

    @Test
    void aHistoryWindowCapsTheInputOfLateTurns() {
        // window of 1 turn, no summary: I(t ≥ 2) = 170K + 25K = 195K, never above 200K: nothing at long-context prices
        Estimate never = Fixtures.single(scenario("100", "4", "history: {window_turns: 1}"));
        assertThat(q(never, "input tokens (system prompt and history)", true)).isCloseTo(0, within(1e-9));
        assertThat(q(never, "output tokens", true)).isCloseTo(0, within(1e-9));
        // with a 10,000-token summary once older turns exist: I = 170K, 195K, 205K, 205K → turns 3 and 4 long.
        // History per turn 0, 25K, 35K, 35K: short prefix 2·150K + 25K = 325K, long 2·150K + 70K = 370K (× 100).
        // short: (32.5M + 4M) × $3 + 1M × $15 = $124.50; long: (37M + 4M) × $6 + 1M × $22.50 = $268.50 → $393.00
        Estimate summary = Fixtures.single(scenario("100", "4", "history: {window_turns: 1, summary_tokens: 10000}"));
        assertThat(q(summary, "input tokens (system prompt and history)", true)).isCloseTo(37.0, within(1e-9));
        assertThat(summary.totalUsd()).isCloseTo(393.00, within(1e-9));
    }

    @Test
    void cacheReadsAndWritesAboveTheThresholdTakeTheLongContextCachePrices() {
        // one 230K-token call as in the first test, caching with h = 0.5 and a 1-hour TTL: the 2.1M prefix splits into
        // 1.05M reads × $0.60 = $0.63 and 1.05M writes × $12.00 = $12.60; fresh 0.2M × $6 = $1.20; output $1.125
        Estimate e = Fixtures.single(scenario("10", "1", "prompt_caching: true\ncache_hit_rate: 0.5\ncache_ttl: 1h")
                .replace("system_prompt_tokens: 150000", "system_prompt_tokens: 210000"));
        assertThat(line(e, NAME + "cache write tokens [global] (long context) (1-hour TTL)").priceKey())
                .isEqualTo("bedrock.claude-sonnet-4-5.global.long_context_cache_write_1h");
        assertThat(e.totalUsd()).isCloseTo(0.63 + 12.60 + 1.20 + 1.125, within(1e-9));
    }

    @Test
    void retrievedContextCountsInTheCallsInputAndIsBilledAboveTheThresholdWithIt() {
        // decision 0028: R = 30,000 retrieved tokens per call join I(t) = S + U + R + (t − 1)·h = 200K, 225K, 250K, 275K, so
        // m = ⌊1 + (200K − 200K)/25K⌋ = 1: turn 1 is below (200K is not above 200K), turns 2-4 above (without R only 3-4).
        // Per conversation, turn 1: prefix 150K, fresh 20K, retrieved 30K, output 5K; turns 2-4: prefix 3·150K + history
        // 25K + 50K + 75K = 600K, fresh 60K, retrieved 90K, output 15K; × 100 conversations:
        // short: (15M + 2M + 3M) × $3.00 + 0.5M × $15.00 = $67.50; long: (60M + 6M + 9M) × $6.00 + 1.5M × $22.50 = $483.75;
        // query embeddings of 0 tokens cost $0 → $551.25 (Sonnet 4.5 global: $3 / $15, above 200K $6 / $22.50)
        Estimate e = Fixtures.single(scenario("100", "4", "").replace("architectures: {b: {bedrock: {}}}",
                "architectures: {b: {bedrock: {}, retrieval: {query_tokens: 0, retrieved_tokens_per_call: 30000}}}"));
        assertThat(q(e, "input tokens (retrieved context)", false)).isCloseTo(3.0, within(1e-9));
        assertThat(q(e, "input tokens (retrieved context)", true)).isCloseTo(9.0, within(1e-9));
        assertThat(line(e, NAME + "input tokens (retrieved context) [global] (long context)").priceKey())
                .isEqualTo("bedrock.claude-sonnet-4-5.global.long_context_input");
        assertThat(q(e, "input tokens (system prompt and history)", false)).isCloseTo(15.0, within(1e-9));
        assertThat(q(e, "input tokens (system prompt and history)", true)).isCloseTo(60.0, within(1e-9));
        assertThat(q(e, "output tokens", true)).isCloseTo(1.5, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(551.25, within(1e-9));
    }
}
