package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.model;
import static io.agentcost.simulation.SimulationFixtures.options;
import static io.agentcost.simulation.SimulationFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.SimulationSettings.Sampling;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reproducibility, correlations, convergence, probabilities and cancellation. */
class MonteCarloBehaviourTest {

    private static String example() throws Exception {
        return Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
    }

    @ParameterizedTest
    @EnumSource(Sampling.class)
    void theSameSeedGivesIdenticalResultsOnOneAndTwoThreads(Sampling method) throws Exception {
        SimulationResult one = simulate(example(), 5_000, 42, method, 1);
        SimulationResult two = simulate(example(), 5_000, 42, method, 2);
        for (int c = 0; c < one.cells().size(); c++) {
            Summary a = one.cells().get(c).total(), b = two.cells().get(c).total();
            assertThat(b.percentiles()).containsExactly(a.percentiles());
            assertThat(b.mean()).isEqualTo(a.mean());
            assertThat(b.sd()).isEqualTo(a.sd());
            assertThat(b.histogramCounts()).containsExactly(a.histogramCounts());
            var partsOne = one.cells().get(c).breakdown();
            var partsTwo = two.cells().get(c).breakdown();
            assertThat(partsTwo.keySet()).isEqualTo(partsOne.keySet());
            for (String k : partsOne.keySet()) {
                assertThat(partsTwo.get(k).percentiles()).containsExactly(partsOne.get(k).percentiles());
                assertThat(partsTwo.get(k).mean()).isEqualTo(partsOne.get(k).mean());
            }
        }
        assertThat(two.sensitivity()).isEqualTo(one.sensitivity());
        assertThat(two.pairwise()).isEqualTo(one.pairwise());
    }

    @Test
    void aDifferentSeedGivesDifferentDraws() throws Exception {
        assertThat(simulate(example(), 2_000, 1, Sampling.RANDOM, 2).cells().get(7).total().mean())
                .isNotEqualTo(simulate(example(), 2_000, 2, Sampling.RANDOM, 2).cells().get(7).total().mean());
    }

    @Test
    void rankCorrelationsAreAchievedAndReported() {
        String yaml = """
                correlations: [[monthly_conversations, turns_per_conversation, 0.6]]
                workload: {monthly_conversations: {uniform: [1000, 2000]}, turns_per_conversation: {pert: [2, 4, 9]}, db_writes_per_turn: 1}
                architectures: {a: {dynamodb: {}}}
                """;
        SimulationResult r = simulate(yaml, 20_000, 5, Sampling.LATIN_HYPERCUBE, 2);
        assertThat(r.correlatedInputs()).containsExactly("workload.monthly_conversations", "workload.turns_per_conversation");
        assertThat(r.targetSpearman()[0][1]).isEqualTo(0.6);
        assertThat(r.achievedSpearman()[0][1]).isCloseTo(0.6, within(0.02));
    }

    @Test
    void contradictoryCorrelationsAreRefusedWithAMessage() {
        String yaml = """
                correlations: [[monthly_conversations, turns_per_conversation, 0.95], [turns_per_conversation, retry_rate, 0.95],
                               [monthly_conversations, retry_rate, -0.95]]
                workload: {monthly_conversations: {uniform: [1000, 2000]}, turns_per_conversation: {uniform: [2, 9]},
                           retry_rate: {uniform: [0, 0.2]}, db_writes_per_turn: 1}
                architectures: {a: {dynamodb: {}}}
                """;
        // no joint distribution has ρ(a,b) = ρ(b,c) = 0.95 and ρ(a,c) = -0.95: the file is refused where the correlations are,
        // before any simulation (validate says what simulate would)
        assertThat(Fixtures.problems(yaml)).singleElement().asString().startsWith("test.yaml:1:").contains("correlations", "contradict");
    }

    @Test
    void iteratesInBatchesUntilTheP90TargetIsReached() {
        CostModel m = model(MonteCarloAccuracyTest.QUADRATIC);
        SimulationResult r = Simulator.run(m, new SimulationOptions(1_000, 9, Sampling.RANDOM, 0.005, 1_000_000, 2));
        assertThat(r.run().converged()).isTrue();
        assertThat(r.run().iterations()).isGreaterThan(1_000);
        assertThat(r.run().p90RelativeError()).isLessThanOrEqualTo(0.005);
        SimulationResult capped = Simulator.run(m, new SimulationOptions(1_000, 9, Sampling.RANDOM, 0.0001, 4_000, 2));
        assertThat(capped.run().converged()).isFalse();
        assertThat(capped.run().iterations()).isEqualTo(4_000);
        assertThat(capped.warnings()).anyMatch(w -> w.contains("above the target"));
    }

    @Test
    void cheapestProbabilitiesAddUpToOneAndPairwiseAgrees() throws Exception {
        SimulationResult r = simulate(example(), 4_000, 42, Sampling.LATIN_HYPERCUBE, 2);
        for (String phase : new String[]{"dev", "launch", "scale"}) {
            double sum = r.cells().stream().filter(c -> c.phase().equals(phase)).mapToDouble(SimulationResult.CellResult::pCheapest).sum();
            assertThat(sum).isCloseTo(1.0, within(1e-12));
        }
        // dev: serverless is cheaper than self_hosted in every draw (a GPU endpoint idles all month)
        assertThat(r.pairwise()).anySatisfy(p -> {
            assertThat(p.phase()).isEqualTo("dev");
            assertThat(p.a()).isEqualTo("serverless");
            assertThat(p.b()).isEqualTo("self_hosted");
            assertThat(p.pACheaper()).isEqualTo(1.0);
        });
    }

    /**
     * An autoscaled endpoint between its floor and its ceiling, simulated: demand hours are C·2,000/1,008,000
     * (see ComputeAndModelHostingTest), so with C uniform on [100,000, 2,000,000] the floor (1 × 730 h) holds
     * below C = 367,920 (14% of draws) and the ceiling (2 × 730 h) above C = 735,840 (67%). P10 and P90 are
     * then the floor and the ceiling: they differ by 730 h × $1.515 = $1,105.95, and the cap is warned about.
     */
    @Test
    void anAutoscaledEndpointIsHeldBetweenItsFloorAndCeilingInEveryDraw() {
        SimulationResult r = simulate("""
                workload: {monthly_conversations: {uniform: [100000, 2000000]}, turns_per_conversation: 10, user_tokens_per_turn: 10,
                           output_tokens_per_call: 200}
                architectures:
                  a: {sagemaker: {instance_type: ml.g5.2xlarge, mode: autoscale, throughput_tokens_per_second: 400, max_instances: 2}}
                """, 4_000, 5, Sampling.LATIN_HYPERCUBE, 2);
        Summary s = r.cells().get(0).total();
        assertThat(s.p90() - s.p10()).isCloseTo(730 * 1.515, within(1e-6));
        assertThat(s.max() - s.min()).isCloseTo(730 * 1.515, within(1e-6));
        assertThat(r.warnings()).anyMatch(w -> w.contains("exceeds max_instances"));
    }

    @Test
    void theNominalCaseIsReportedBesideTheDistribution() throws Exception {
        SimulationResult r = simulate(example(), 2_000, 42, Sampling.LATIN_HYPERCUBE, 2);
        // the golden estimate: launch · serverless $14,328.26
        assertThat(r.cell("launch", "serverless").nominalUsd()).isCloseTo(14328.26, within(0.005));
        assertThat(r.run().catalogDate()).isEqualTo("2026-11-26");
        assertThat(r.run().seed()).isEqualTo(42);
        assertThat(r.run().sampling()).isEqualTo("latin_hypercube");
    }

    @Test
    void partsAddUpToTheTotalInExpectation() throws Exception {
        // at 2,000 iterations every iteration's parts are kept (the first max(2,000, n/5))
        SimulationResult r = simulate(example(), 2_000, 42, Sampling.LATIN_HYPERCUBE, 2);
        var cell = r.cell("launch", "hybrid");
        assertThat(cell.breakdownIterations()).isEqualTo(2_000);
        double categories = cell.breakdown().entrySet().stream().filter(e -> e.getKey().startsWith("category:"))
                .mapToDouble(e -> e.getValue().mean()).sum();
        assertThat(categories).isCloseTo(cell.total().mean(), within(1e-6 * cell.total().mean() + 0.01));
        assertThat(cell.breakdown()).containsKeys("service:bedrock", "agent:triage", "agent:resolver", "agent:shared");
    }

    @Test
    void theTornadoMovesEachInputToItsP10AndP90() {
        // quadratic case: T at P10 = 2.8 and P90 = 9.2 of U[2,10]: cost 40(T² + T) = 425.6 and 3753.6
        SimulationResult r = simulate(MonteCarloAccuracyTest.QUADRATIC, 2_000, 1, Sampling.LATIN_HYPERCUBE, 1);
        var s = r.sensitivity().get(0);
        assertThat(s.key()).isEqualTo("turns_per_conversation");
        assertThat(s.lowUsd()).isCloseTo(425.6, within(1e-9));
        assertThat(s.highUsd()).isCloseTo(3753.6, within(1e-9));
        assertThat(s.rankCorrelation()).isCloseTo(1.0, within(1e-9));
        assertThat(s.varianceShare()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aRunCanBeCancelled() throws Exception {
        CostModel m = model(example());
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> Simulator.run(m, options(2_000_000, 1, Sampling.RANDOM, 2), (done, total) -> seen.set(done),
                () -> seen.get() > 10_000)).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isLessThan(2_000_000);
    }
}
