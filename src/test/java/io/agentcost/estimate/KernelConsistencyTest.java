package io.agentcost.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.sampling.InverseCdf;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two back ends of the one definition agree: the Monte Carlo's compiled columns (constants folded,
 * sums of monomials, shared nodes, tiers over columns) give, draw by draw, the totals, parts and warnings of
 * the nominal path (every tree evaluated as written at the same inputs, then priced line by line), for every
 * example scenario and the workbook's kitchen sink, at random input vectors.
 */
class KernelConsistencyTest {

    static Stream<Path> scenarios() throws Exception {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("scenarios"))) {
            // the examples, the workbook's kitchen sink (every component and choice in one scenario) and every commitment
            return Stream.concat(files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream(),
                    Stream.of(Fixtures.root().resolve("src/test/resources/export/kitchen-sink.yaml"),
                            Fixtures.root().resolve("src/test/resources/export/commitments.yaml"),
                            Fixtures.root().resolve("src/test/resources/export/bedrock-tiers.yaml"),
                            Fixtures.root().resolve("src/test/resources/export/bedrock-regional.yaml"),
                            Fixtures.root().resolve("src/test/resources/export/sub-agents-flex-commitments.yaml")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void chunksOfDrawsGiveTheTotalsAndPartsOfTheNominalPath(Path file) {
        CostModel model = model(file);
        int chunk = 300; // more than one block of columns, and a last block cut short
        Kernel kernel = new Kernel(model).chunked(chunk);
        SplittableRandom rng = new SplittableRandom(23);
        int cells = model.cells().size();
        for (int round = 0; round < 3; round++) {
            boolean parts = round != 1;
            int count = round == 2 ? 37 : chunk;
            List<List<Estimate>> expected = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                double[] v = kernel.vars();
                draw(model.variables(), v, rng);
                expected.add(NominalEstimator.estimateAt(model, v.clone()));
                kernel.stage(k, parts);
            }
            kernel.finishChunk(count, parts);
            for (int c = 0; c < cells; c++) {
                List<String> names = kernel.bucketNames(c);
                for (int k = 0; k < count; k++) {
                    Estimate e = expected.get(k).get(c);
                    assertThat(kernel.chunkTotals(c)[k]).as("%s/%s round %d draw %d", e.phase(), e.architecture(), round, k)
                            .isCloseTo(e.totalUsd(), close(e.totalUsd()));
                    if (!parts) continue;
                    Map<String, Double> buckets = buckets(e);
                    for (int b = 0; b < names.size(); b++) {
                        double want = buckets.getOrDefault(names.get(b), 0.0);
                        assertThat(kernel.chunkParts(c)[b][k]).as("%s/%s %s draw %d", e.phase(), e.architecture(), names.get(b), k)
                                .isCloseTo(want, close(want));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void chunksRaiseTheWarningsOfTheNominalPath(Path file) {
        CostModel model = model(file);
        Kernel kernel = new Kernel(model).chunked(64);
        SplittableRandom rng = new SplittableRandom(5);
        Set<String> expected = new LinkedHashSet<>();
        for (int k = 0; k < 64; k++) {
            draw(model.variables(), kernel.vars(), rng);
            for (Estimate e : NominalEstimator.estimateAt(model, kernel.vars().clone())) {
                e.warnings().stream().filter(w -> !w.startsWith("missing price")).forEach(expected::add);
            }
            kernel.stage(k, false);
        }
        kernel.finishChunk(64, false);
        assertThat(kernel.warnings()).containsExactlyInAnyOrderElementsOf(expected);
        // the kitchen sink's draws go over its SageMaker max_instances
        if (file.toString().contains("kitchen-sink")) assertThat(kernel.warnings()).anyMatch(w -> w.contains("exceeds max_instances"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void oneEvaluationAtTheMediansIsTheNominalEstimate(Path file) {
        CostModel model = model(file);
        Kernel kernel = new Kernel(model);
        kernel.evaluate();
        List<Estimate> nominal = NominalEstimator.estimate(model);
        for (int c = 0; c < nominal.size(); c++) {
            assertThat(kernel.total(c)).isCloseTo(nominal.get(c).totalUsd(), close(nominal.get(c).totalUsd()));
            double[] b = kernel.buckets(c);
            Map<String, Double> want = buckets(nominal.get(c));
            for (int i = 0; i < b.length; i++) assertThat(b[i]).isCloseTo(want.getOrDefault(kernel.bucketNames(c).get(i), 0.0), close(b[i]));
        }
    }

    /**
     * The forecast's kernel grows a phase's conversations by the multiplier it is given, as the nominal path does with
     * that value; months computed together (what does not depend on growth once) give each month's totals.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void monthsComputedTogetherGiveEachMonthsTotals(Path file) {
        CostModel model = model(file);
        Kernel kernel = Kernel.forForecast(model).chunked(8);
        SplittableRandom rng = new SplittableRandom(4);
        int[] growth = model.phaseGrowthSlots();
        int months = 3;
        for (int p = 0; p < growth.length; p++) {
            double[][][] want = new double[months][8][];
            double[][] multipliers = new double[months][8];
            for (int k = 0; k < 8; k++) {
                double[] v = kernel.vars();
                draw(model.variables(), v, rng);
                double g = 0.2 * rng.nextDouble();
                for (int m = 0; m < months; m++) {
                    multipliers[m][k] = Math.pow(1 + g, m);
                    double[] at = v.clone();
                    at[growth[p]] = multipliers[m][k];
                    want[m][k] = NominalEstimator.estimateAt(model, at).stream().mapToDouble(Estimate::totalUsd).toArray();
                }
                kernel.stage(k, false);
            }
            kernel.finishPhaseMonths(p, growth[p], multipliers, months, 8);
            for (int c : kernel.cellsOfPhase(p)) {
                for (int m = 0; m < months; m++) {
                    for (int k = 0; k < 8; k++) {
                        assertThat(kernel.monthTotals(m, c)[k]).as("cell %d month %d draw %d", c, m, k).isCloseTo(want[m][k][c], close(want[m][k][c]));
                    }
                }
            }
        }
    }

    private static CostModel model(Path file) {
        var loaded = Fixtures.services().load(file);
        return CostModel.compile(loaded.scenario(), loaded.catalog());
    }

    /** Every input at a random quantile in [0.1%, 99.9%] (fixed ones and the engine's own parameters stay where they are). */
    static void draw(Variables variables, double[] v, SplittableRandom rng) {
        for (Variables.Variable x : variables.all()) {
            if (variables.isParameter(x.index())) continue;
            v[x.index()] = InverseCdf.of(x.distribution()).at(0.001 + 0.998 * rng.nextDouble());
        }
    }

    /** An estimate's USD by the kernel's bucket names (category:, service:, agent:), missing prices left out. */
    static Map<String, Double> buckets(Estimate e) {
        Map<String, Double> out = new HashMap<>();
        for (LineItem l : e.lines()) {
            if (l.missingPrice()) continue;
            out.merge("category:" + l.category().key(), l.usd(), Double::sum);
            out.merge("service:" + l.service(), l.usd(), Double::sum);
            out.merge("agent:" + (l.agent() == null ? Estimate.SHARED : l.agent()), l.usd(), Double::sum);
        }
        // the part whose mean is P(commitment wasted): 1 where the nominal path finds a commitment partly unused
        if (e.commitmentWasted() != null) out.put(Kernel.WASTED, e.commitmentWasted() ? 1.0 : 0.0);
        return out;
    }

    private static Offset<Double> close(double expected) {
        return within(1e-9 * Math.max(1, Math.abs(expected)));
    }
}
