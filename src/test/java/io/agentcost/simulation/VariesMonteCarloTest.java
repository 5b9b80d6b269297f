package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.SimulationSettings.Sampling;
import org.junit.jupiter.api.Test;

/**
 * Where a {@code varies} input (SPEC §12) meets an uncertain one: the variability is averaged once, the uncertain input
 * is drawn as before, and the simulated cost has the closed form of the product.
 */
class VariesMonteCarloTest {

    /**
     * T varies as {1, 5, 20} with weights 0.5, 0.4, 0.1 (E[T] = 4.5, E[T(T−1)/2] = 23); K = 1, S = 0, O = 0, so h = U and
     * the tokens of a conversation are E[Hs] + E[T]·U = 23·U + 4.5·U = 27.5·U. U is uncertain, uniform on [100, 300].
     * C = 1,000 on claude-3-5-haiku at $0.80 per 1M input: cost = 27,500·U·0.8/1e6 = 0.022·U, so
     * mean = 0.022·200 = $4.40, sd = 0.022·(300 − 100)/√12 = $1.2702, P10 = 0.022·120 = $2.64, P90 = 0.022·280 = $6.16.
     */
    @Test
    void aVaryingTurnCountAndAnUncertainInputGiveTheClosedForm() {
        SimulationResult r = simulate("""
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: {varies: {discrete: {values: [1, 5, 20], weights: [0.5, 0.4, 0.1]}}}
                  user_tokens_per_turn: {uniform: [100, 300]}
                  output_tokens_per_call: 0
                  model_mix: {claude-3-5-haiku: 1}
                architectures: {b: {bedrock: {}}}
                """, 20_000, 42, Sampling.LATIN_HYPERCUBE, 2);
        Summary total = r.cells().get(0).total();
        assertThat(total.mean()).isCloseTo(4.40, within(0.001));
        assertThat(total.sd()).isCloseTo(0.022 * 200 / Math.sqrt(12), within(0.002));
        assertThat(total.min()).isGreaterThanOrEqualTo(0.022 * 100 - 1e-9);
        assertThat(total.max()).isLessThanOrEqualTo(0.022 * 300 + 1e-9);
        assertThat(total.p10()).isCloseTo(2.64, within(0.01));
        assertThat(total.p90()).isCloseTo(6.16, within(0.01));
        // 1,000 conversations, q = 1: per conversation and per resolved conversation 0.022·U / 1,000, mean $0.0044
        assertThat(r.cells().get(0).usdPerConversation().mean()).isCloseTo(0.0044, within(0.00002));
        assertThat(r.cells().get(0).usdPerResolvedConversation().p50()).isCloseTo(r.cells().get(0).usdPerConversation().p50(), within(1e-15));
        // the spread is not an input of its own: only U is drawn, so only U shows in the sensitivity
        assertThat(r.sensitivity()).allMatch(s -> !s.input().contains("turns_per_conversation"));
    }
}
