package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.model;
import static io.agentcost.simulation.SimulationFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.SimulationSettings.Sampling;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The monthly forecast: growth compounding, one-time costs, cumulative bands, break-even. */
class ForecastTest {

    private static ForecastResult forecast(String yaml, int iterations) {
        return Forecaster.run(model(yaml), options(iterations, 1, Sampling.LATIN_HYPERCUBE, 2), Progress.NONE, () -> false);
    }

    @Test
    void growthCompoundsMonthByMonthInsideAPhase() {
        // 1M conversations × 1 write × $0.625/M = $0.625 in the first month, × 1.1 each month after
        ForecastResult f = forecast("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1, db_writes_per_turn: 1}
                timeline: [{phase: default, months: 3, monthly_growth: 0.1}]
                architectures: {a: {dynamodb: {}}}
                """, 50);
        assertThat(f.months()).hasSize(4);
        assertThat(f.months().get(1).p50()[0]).isCloseTo(0.625, within(1e-12));
        assertThat(f.months().get(2).p50()[0]).isCloseTo(0.6875, within(1e-12));
        assertThat(f.months().get(3).p50()[0]).isCloseTo(0.75625, within(1e-12));
        assertThat(f.months().get(3).cumulativeP50()[0]).isCloseTo(0.625 + 0.6875 + 0.75625, within(1e-12));
    }

    @Test
    void eachTimelineEntryStartsFromItsPhasesVolume() {
        // dev 1,000 conversations for 2 months, then scale 1M growing 10%: months 3 and 4 are $0.625 and $0.6875
        ForecastResult f = forecast("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1, db_writes_per_turn: 1}
                phases: {dev: {monthly_conversations: 1000}, scale: {}}
                timeline: [{phase: dev, months: 2, monthly_growth: 0.5}, {phase: scale, months: 2, monthly_growth: 0.1}]
                architectures: {a: {dynamodb: {}}}
                """, 50);
        assertThat(f.months().get(1).phase()).isEqualTo("dev");
        assertThat(f.months().get(2).p50()[0]).isCloseTo(0.000625 * 1.5, within(1e-15));
        assertThat(f.months().get(3).phase()).isEqualTo("scale");
        assertThat(f.months().get(3).p50()[0]).isCloseTo(0.625, within(1e-12));
        assertThat(f.months().get(4).p50()[0]).isCloseTo(0.6875, within(1e-12));
    }

    @Test
    void buildingCostsAreMonthZeroAndTheBreakEvenMonthIsWhereCumulativeCostsCross() {
        // A: $1,000 up front then $100 a month; B: $300 a month. A − B = 1000 − 200·m: equal at month 5
        ForecastResult f = forecast("""
                workload: {monthly_conversations: 1, turns_per_conversation: 1}
                timeline: [{phase: default, months: 12}]
                architectures:
                  a: {one_time_usd: 1000, custom: [{name: run, category: other, monthly_usd: 100}]}
                  b: {custom: [{name: run, category: other, monthly_usd: 300}]}
                """, 100);
        assertThat(f.months().get(0).cumulativeP50()).containsExactly(1000.0, 0.0);
        assertThat(f.months().get(12).cumulativeP50()).containsExactly(2200.0, 3600.0);
        ForecastResult.BreakEven be = f.breakEvens().get(0);
        assertThat(be.month()).isEqualTo(5);
        assertThat(be.probability()).isEqualTo(1.0);
        assertThat(be.medianMonthWhenItHappens()).isEqualTo(5);
        assertThat(be.cheaperAfter()).isEqualTo("a");
    }

    @Test
    void anUncertainCrossingReportsItsProbability() {
        // B's monthly cost is uniform [150, 450]: it crosses A (1000 + 100·m) within 12 months when
        // (b − 100)·12 ≥ 1000, i.e. b ≥ 183.33: P = (450 − 183.33) / 300 = 0.8889
        ForecastResult f = forecast("""
                workload: {monthly_conversations: 1, turns_per_conversation: 1}
                timeline: [{phase: default, months: 12}]
                architectures:
                  a: {one_time_usd: 1000, custom: [{name: run, category: other, monthly_usd: 100}]}
                  b: {custom: [{name: run, category: other, monthly_usd: {uniform: [150, 450]}}]}
                """, 20_000);
        assertThat(f.breakEvens().get(0).probability()).isCloseTo(0.8889, within(0.005));
    }

    @Test
    void theSameSeedGivesTheSameForecastOnOneOrTwoThreads() throws Exception {
        var loaded = Fixtures.services().load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        var model = CostModel.compile(loaded.scenario(), loaded.catalog());
        SimulationOptions two = options(3000, 42, Sampling.SOBOL, 2);
        ForecastResult a = Forecaster.run(model, two.withThreads(1), Progress.NONE, () -> false);
        ForecastResult b = Forecaster.run(model, two, Progress.NONE, () -> false);
        assertThat(b.months()).hasSameSizeAs(a.months());
        for (int m = 0; m < a.months().size(); m++) {
            assertThat(b.months().get(m).p90()).as("month %d", m).containsExactly(a.months().get(m).p90());
            assertThat(b.months().get(m).cumulativeP50()).as("month %d", m).containsExactly(a.months().get(m).cumulativeP50());
        }
        assertThat(b.breakEvens()).isEqualTo(a.breakEvens());
    }
}
