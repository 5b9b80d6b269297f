package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.model;
import static io.agentcost.simulation.SimulationFixtures.options;
import static io.agentcost.simulation.SimulationFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.SimulationSettings.Sampling;
import org.junit.jupiter.api.Test;

/**
 * The simulation and the forecast leave a missing price out of their totals, as the estimate does, so they say so as the
 * estimate does: a priority tier the catalog does not price, a flex tier billed at 50% of standard (SPEC §13).
 */
class TierWarningsTest {

    private static String scenario(String tier) {
        return """
                workload:
                  monthly_conversations: {uniform: [500, 1500]}
                  turns_per_conversation: 3
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  bedrock_service_tier: %s
                  model_mix: {nova-pro: 1}
                architectures: {b: {bedrock: {}}}
                """.formatted(tier);
    }

    @Test
    void aSimulationWithAPriorityTierTheCatalogLacksSaysItsPricesAreMissing() {
        SimulationResult r = simulate(scenario("priority"), 200, 3, Sampling.RANDOM, 1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("nova-pro has no priority price for input in the catalog (bedrock.nova-pro.priority_input)"));
    }

    @Test
    void aForecastWithAFlexTierWithoutAListedPriceSaysItBillsHalfTheStandardPrice() {
        ForecastResult f = Forecaster.run(model(scenario("flex")), options(200, 1, Sampling.LATIN_HYPERCUBE, 1), Progress.NONE, () -> false);
        assertThat(f.warnings()).anyMatch(w -> w.contains("nova-pro lists no flex price for output (bedrock.nova-pro.flex_output)")
                && w.contains("50% of the regional standard price"));
    }
}
