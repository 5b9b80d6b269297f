package io.agentcost.simulation;

import static io.agentcost.simulation.SimulationFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.SimulationSettings.Sampling;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The simulation against closed forms (values derived in the comments). */
class MonteCarloAccuracyTest {

    /**
     * Cost linear in one lognormal input: 1 DynamoDB write per conversation at $0.625 per million, C ~
     * lognormal(median 1e6, p90 3e6). Cost quantile q = 0.625 × 1e6 × exp(σ·z_q)/1e6 with σ = ln 3 / z₀.₉.
     */
    private static final String LINEAR = """
            budget: {monthly_usd: 1.0}
            workload: {monthly_conversations: {lognormal: {median: 1000000, p90: 3000000}}, turns_per_conversation: 1, db_writes_per_turn: 1}
            architectures: {a: {dynamodb: {}}}
            """;

    @Test
    void aLognormalInputThroughALinearCostReproducesLognormalQuantilesWithinOnePercent() {
        SimulationResult r = simulate(LINEAR, 100_000, 7, Sampling.RANDOM, 2);
        Summary s = r.cells().get(0).total();
        double sigma = Math.log(3) / 1.2815515655446004;
        NormalDistribution z = new NormalDistribution();
        for (int i = 0; i < Summary.LEVELS.length; i++) {
            double exact = 0.625 * Math.exp(sigma * z.inverseCumulativeProbability(Summary.LEVELS[i]));
            assertThat(s.percentiles()[i]).as(Summary.NAMES[i]).isCloseTo(exact, within(0.01 * exact));
        }
        // mean of a lognormal: median × exp(σ²/2)
        assertThat(s.mean()).isCloseTo(0.625 * Math.exp(sigma * sigma / 2), within(0.01 * 0.625 * Math.exp(sigma * sigma / 2)));
        // P(cost > $1) = P(Z > ln(1/0.625)/σ)
        double exceed = 1 - z.cumulativeProbability(Math.log(1 / 0.625) / sigma);
        assertThat(r.cells().get(0).pExceedBudget()).isCloseTo(exceed, within(0.005));
    }

    /**
     * Quadratic in a uniform turn count: T ~ U[2, 10], C = 1e6, K = 1, S = 0, U = 100, O = 0 on Claude 3.5 Haiku
     * ($0.80 per 1M input): input tokens = 100·T(T−1)/2 + 100·T = 50T² + 50T per conversation, so cost = 40(T² + T).
     * With E[Tᵏ] = (10ᵏ⁺¹ − 2ᵏ⁺¹)/(8(k+1)): E[T] = 6, E[T²] = 41.3333, E[T³] = 312, E[T⁴] = 2499.2.
     * E[cost] = 40 × 47.3333 = 1893.333; Var(T² + T) = 2499.2 + 2·312 + 41.3333 − 47.3333² = 924.0889,
     * sd(cost) = 40 × √924.0889 = 1215.953.
     */
    static final String QUADRATIC = """
            workload: {monthly_conversations: 1000000, turns_per_conversation: {uniform: [2, 10]}, system_prompt_tokens: 0,
                       user_tokens_per_turn: 100, output_tokens_per_call: 0, model_mix: {claude-3-5-haiku: 1}}
            architectures: {a: {bedrock: {}}}
            """;
    static final double QUADRATIC_MEAN = 40 * (41.0 + 1.0 / 3 + 6);
    static final double QUADRATIC_SD = 40 * Math.sqrt(2499.2 + 624 + 41.0 + 1.0 / 3 - Math.pow(47.0 + 1.0 / 3, 2));

    @Test
    void aQuadraticHistoryCostOfAUniformTurnCountMatchesItsExactMoments() {
        Summary s = simulate(QUADRATIC, 100_000, 3, Sampling.LATIN_HYPERCUBE, 2).cells().get(0).total();
        assertThat(QUADRATIC_MEAN).isCloseTo(1893.333, within(0.001));
        assertThat(QUADRATIC_SD).isCloseTo(1215.953, within(0.001));
        assertThat(s.mean()).isCloseTo(QUADRATIC_MEAN, within(0.002 * QUADRATIC_MEAN));
        assertThat(s.sd()).isCloseTo(QUADRATIC_SD, within(0.01 * QUADRATIC_SD));
        // the extremes are the cost at T = 2 and T = 10: 40 × 6 = 240 and 40 × 110 = 4400
        assertThat(s.min()).isCloseTo(240, within(1.0));
        assertThat(s.max()).isCloseTo(4400, within(5.0));
    }

    @Test
    void latinHypercubeAndSobolEstimateTheMeanBetterThanRandomSampling() {
        // root mean square error of the mean over 12 seeds at 2,000 iterations
        double random = rmse(Sampling.RANDOM), lhs = rmse(Sampling.LATIN_HYPERCUBE), sobol = rmse(Sampling.SOBOL);
        assertThat(lhs).isLessThan(random / 3);
        assertThat(sobol).isLessThan(random / 3);
    }

    private static double rmse(Sampling method) {
        double ss = 0;
        int seeds = 12;
        for (int seed = 1; seed <= seeds; seed++) {
            double err = simulate(QUADRATIC, 2_000, seed * 7919L, method, 1).cells().get(0).total().mean() - QUADRATIC_MEAN;
            ss += err * err;
        }
        return Math.sqrt(ss / seeds);
    }
}
