package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.model;
import static io.agentcost.simulation.SimulationFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.SimulationSettings.Sampling;
import org.junit.jupiter.api.Test;

/** A knowledge base's initial embedding is paid once, in the forecast's month 0, beside one_time_usd (issue 16, decision 0024). */
class KnowledgeBaseForecastTest {

    private static final String SCENARIO = """
            discount: 0.1
            workload: {monthly_conversations: 1, turns_per_conversation: 1}
            timeline: [{phase: default, months: 3}]
            architectures:
              a:
                one_time_usd: 500
                knowledge_base: {corpus_gb: %s, tokens_per_gb: 100000000, reindex_share_per_month: 0.05}
            """;

    @Test
    void theWholeCorpusIsEmbeddedInMonthZeroAndOnlyTheReindexedShareAfter() {
        // month 0: 10 GB × 100M tokens = 1,000M tokens × $0.02 × (1 − 0.1 discount) = $18, + $500 build = $518
        // months 1..3: 5% re-embedded = 50M tokens × $0.02 × 0.9 = $0.90 each; cumulative after month 3 = 518 + 2.70
        ForecastResult f = Forecaster.run(model(SCENARIO.formatted("10")), options(50, 1, Sampling.LATIN_HYPERCUBE, 2), Progress.NONE, () -> false);
        assertThat(f.months().get(0).p50()[0]).isCloseTo(518.0, within(1e-9));
        assertThat(f.months().get(1).p50()[0]).isCloseTo(0.90, within(1e-9));
        assertThat(f.months().get(3).cumulativeP50()[0]).isCloseTo(520.70, within(1e-9));
        assertThat(NominalForecast.months(model(SCENARIO.formatted("10"))).get(0).usd()[0]).isCloseTo(518.0, within(1e-9));
    }

    @Test
    void anUncertainCorpusSizeIsDrawnInMonthZero() {
        // corpus uniform on [0, 20] GB: month 0 = 500 + corpus × 100M / 1M × $0.02 × 0.9 = 500 + 1.8 × corpus; P10 ≈ 503.6, P90 ≈ 532.4
        ForecastResult f = Forecaster.run(model(SCENARIO.formatted("{uniform: [0, 20]}")), options(2000, 7, Sampling.LATIN_HYPERCUBE, 2),
                Progress.NONE, () -> false);
        assertThat(f.months().get(0).p10()[0]).isCloseTo(500 + 1.8 * 2, within(0.1));
        assertThat(f.months().get(0).p50()[0]).isCloseTo(500 + 1.8 * 10, within(0.1));
        assertThat(f.months().get(0).p90()[0]).isCloseTo(500 + 1.8 * 18, within(0.1));
    }
}
