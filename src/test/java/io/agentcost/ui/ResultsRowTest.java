package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.SimulationSettings.Sampling;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The comparison table's row: the simulated costs per conversation and per resolved conversation beside the totals. */
class ResultsRowTest {

    /**
     * The scenario of VariesMonteCarloTest: cost = 0.022·U a month with U uniform on [100, 300], 1,000 conversations, so
     * the P50 per conversation is 0.022·200 / 1,000 = $0.0044; half of them resolved: $0.0088 per resolved conversation.
     */
    @Test
    void aRowCarriesTheMedianCostPerConversationAndPerResolvedConversation() {
        LoadResult r = Fixtures.load("""
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: {varies: {discrete: {values: [1, 5, 20], weights: [0.5, 0.4, 0.1]}}}
                  user_tokens_per_turn: {uniform: [100, 300]}
                  output_tokens_per_call: 0
                  resolution_rate: 0.5
                  model_mix: {claude-3-5-haiku: 1}
                architectures: {b: {bedrock: {}}}
                """);
        var sim = Fixtures.services().simulate(r.scenario(), r.catalog(),
                new SimulationOptions(20_000, 42, Sampling.LATIN_HYPERCUBE, null, 20_000, 2), Progress.NONE, () -> false);
        ResultsRow row = ResultsRow.of(sim.cells().get(0));
        // the unit costs summarise the 4,000 draws whose parts are kept (decision 0007): the sample median of U has a
        // standard error of (300 − 100) / (2·√4000) = 1.58, i.e. $0.000035 per conversation; 4 of them as the tolerance
        assertThat(sim.cells().get(0).breakdownIterations()).isEqualTo(4000);
        assertThat(row.perConversation()).isCloseTo(0.0044, within(0.00014));
        // q is 0.5 in every draw: exactly twice as much per resolved conversation
        assertThat(row.perResolved()).isCloseTo(2 * row.perConversation(), within(1e-15));
    }

    /**
     * A savings plan of $0.30/h at 20% off over Fargate at $36.0401 a task a month (730 × (0.04048 + 2 × 0.004445)): with
     * 4 tasks u(1 − d) = $115.33 < $219 in every draw, so the commitment is wasted in all of them; the row carries it.
     */
    @Test
    void aRowCarriesTheChanceACommitmentIsWasted() {
        LoadResult r = Fixtures.load("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures:
                  a:
                    fargate: {tasks: {uniform: [3, 4]}, vcpu: 1, memory_gb: 2}
                    commitments: [{type: compute_savings_plan, hourly_usd: 0.3, discount: 0.2}]
                  b: {fargate: {tasks: 4, vcpu: 1, memory_gb: 2}}
                """);
        var sim = Fixtures.services().simulate(r.scenario(), r.catalog(),
                new SimulationOptions(500, 1, Sampling.RANDOM, null, 500, 1), Progress.NONE, () -> false);
        assertThat(ResultsRow.of(sim.cells().get(0)).pCommitmentWasted()).isEqualTo(1.0);
        assertThat(ResultsRow.of(sim.cells().get(1)).pCommitmentWasted()).isNull();
    }

    /** Without conversations users start (a scenario of fixed costs), a cost per conversation is no number: n/a, not ∞. */
    @Test
    void withoutConversationsTheUnitCostsAreAbsent() {
        LoadResult r = Fixtures.load("""
                workload:
                  monthly_conversations: 0
                  turns_per_conversation: 1
                architectures: {b: {custom: [{name: licence, category: compute, monthly_usd: 100}]}}
                """);
        var sim = Fixtures.services().simulate(r.scenario(), r.catalog(),
                new SimulationOptions(200, 1, Sampling.RANDOM, null, 200, 1), Progress.NONE, () -> false);
        ResultsRow row = ResultsRow.of(sim.cells().get(0));
        assertThat(row.perConversation()).isNull();
        assertThat(row.perResolved()).isNull();
        assertThat(row.nominal()).isEqualTo(100);
    }
}
