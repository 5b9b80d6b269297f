package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.model;
import static io.agentcost.simulation.SimulationFixtures.options;
import static io.agentcost.simulation.SimulationFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.SimulationSettings.Sampling;
import org.junit.jupiter.api.Test;

/**
 * Commitments over months and draws (SPEC §13). Fargate at 1 vCPU and 2 GB costs 730 × (0.04048 + 2 × 0.004445) =
 * $36.0401 a task a month on demand; 4 tasks $144.1604. A compute savings plan of $0.10/h at 20% off bills $73 plus
 * (144.1604 × 0.8 − 73)/0.8 = $52.9104 of overflow: $125.9104.
 */
class CommitmentTermsAndWasteTest {

    private static final String PLAN_IN_MONTHS_2_TO_4 = """
            workload: {monthly_conversations: 1000, turns_per_conversation: 1}
            timeline: [{phase: default, months: 6}]
            architectures:
              a:
                fargate: {tasks: 4, vcpu: 1, memory_gb: 2}
                commitments: [{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2, start_month: 2, term_months: 3}]
            """;

    @Test
    void aCommitmentIsBilledOnlyInItsTermAndTheMonthsAroundItAreOnDemand() {
        ForecastResult f = Forecaster.run(model(PLAN_IN_MONTHS_2_TO_4), options(200, 1, Sampling.LATIN_HYPERCUBE, 2), Progress.NONE, () -> false);
        double[] want = {0, 144.1604, 125.9104, 125.9104, 125.9104, 144.1604, 144.1604};
        for (int m = 1; m <= 6; m++) assertThat(f.months().get(m).p50()[0]).as("month %d", m).isCloseTo(want[m], within(1e-9));
        // cumulative: 3 × 144.1604 + 3 × 125.9104 = 810.2124
        assertThat(f.months().get(6).cumulativeP50()[0]).isCloseTo(810.2124, within(1e-9));
    }

    @Test
    void theNominalForecastEndsTheTermInTheSameMonth() {
        CostModel model = model(PLAN_IN_MONTHS_2_TO_4);
        var months = NominalForecast.months(model);
        assertThat(months.get(1).usd()[0]).isCloseTo(144.1604, within(1e-9));
        assertThat(months.get(2).usd()[0]).isCloseTo(125.9104, within(1e-9));
        assertThat(months.get(4).usd()[0]).isCloseTo(125.9104, within(1e-9));
        assertThat(months.get(5).usd()[0]).isCloseTo(144.1604, within(1e-9));
    }

    @Test
    void theChanceACommitmentIsWastedIsTheShareOfDrawsBelowItAtThePlanRate() {
        // tasks ~ uniform(2, 6): u = 36.0401 × tasks; wasted when 0.8 u < 73, i.e. tasks < 73 / (0.8 × 36.0401) = 2.531902…;
        // P = (2.531902 − 2) / (6 − 2) = 0.1329756. Over 2,000 Latin hypercube draws (all of them the breakdown's
        // iterations) the share is within one stratum, 1/2,000, of it.
        SimulationResult r = simulate("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures:
                  a:
                    fargate: {tasks: {uniform: [2, 6]}, vcpu: 1, memory_gb: 2}
                    commitments: [{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2}]
                  b:
                    fargate: {tasks: {uniform: [2, 6]}, vcpu: 1, memory_gb: 2}
                """, 2_000, 7, Sampling.LATIN_HYPERCUBE, 2);
        assertThat(r.cells().get(0).breakdownIterations()).isEqualTo(2_000);
        double threshold = 73 / (0.8 * 730 * (0.04048 + 2 * 0.004445));
        assertThat(r.cells().get(0).pCommitmentWasted()).isCloseTo((threshold - 2) / 4, within(0.001));
        // an architecture without commitments has no such chance
        assertThat(r.cells().get(1).pCommitmentWasted()).isNull();
    }

    @Test
    void anOverCommitmentInLowDrawsIsPaid() {
        // in a draw of 2 tasks the plan still bills $73 (u × 0.8 = 57.66 < 73): the minimum of the month is $73, not 2 × 36.04 = $72.08
        SimulationResult r = simulate("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures:
                  a:
                    fargate: {tasks: {uniform: [2, 6]}, vcpu: 1, memory_gb: 2}
                    commitments: [{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2}]
                """, 20_000, 7, Sampling.LATIN_HYPERCUBE, 2);
        assertThat(r.cells().get(0).total().min()).isCloseTo(73, within(1e-9));
    }
}
