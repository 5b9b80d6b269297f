package io.agentcost.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.sampling.InverseCdf;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernel's fast path (components shared between architectures, flat prices folded into
 * subtotals, tiered groups per component) gives the same totals as the plain path (every line
 * emitted and priced by Pricer.price) on random input vectors of every example scenario.
 */
class KernelConsistencyTest {

    static Stream<Path> scenarios() throws Exception {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("scenarios"))) {
            // the examples, and the workbook's kitchen sink: every component and choice in one scenario
            return Stream.concat(files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream(),
                    Stream.of(Fixtures.root().resolve("src/test/resources/export/kitchen-sink.yaml")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theFastPathEqualsThePlainPathOnRandomInputs(Path file) {
        CostModel model = model(file);
        Kernel kernel = new Kernel(model);
        SplittableRandom rng = new SplittableRandom(11);
        List<Variables.Variable> vars = model.variables().all();
        for (int draw = 0; draw < 200; draw++) {
            double[] v = kernel.vars();
            draw(vars, v, rng);
            kernel.evaluate(null, draw % 2 == 0);
            for (int c = 0; c < model.cells().size(); c++) {
                double plain = plainTotal(model, model.cells().get(c), v.clone());
                assertThat(kernel.total(c)).as("%s draw %d", model.cells().get(c).architecture(), draw).isCloseTo(plain, close(plain));
                if (draw % 2 == 0) {
                    double[] b = kernel.buckets(c);
                    assertThat(sum(kernel.bucketNames(c), "category:", i -> b[i])).isCloseTo(plain, close(plain));
                }
            }
        }
    }

    /**
     * The simulation's chunk mode (traffic staged per draw, folded forms priced over the chunk, parts
     * folded per bucket) gives the plain path's totals, and category parts that add up to them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theChunkModeEqualsThePlainPathOnRandomInputs(Path file) {
        CostModel model = model(file);
        int chunk = 64;
        Kernel kernel = new Kernel(model).chunked(chunk);
        SplittableRandom rng = new SplittableRandom(23);
        List<Variables.Variable> vars = model.variables().all();
        int cells = model.cells().size();
        for (int round = 0; round < 4; round++) {
            // rounds 0 and 2 keep parts; a chunk may also be cut short
            boolean parts = round % 2 == 0;
            int count = round == 3 ? 37 : chunk;
            double[][] plain = new double[count][cells];
            for (int k = 0; k < count; k++) {
                double[] v = kernel.vars();
                draw(vars, v, rng);
                for (int c = 0; c < cells; c++) plain[k][c] = plainTotal(model, model.cells().get(c), v.clone());
                kernel.stage(k, parts);
            }
            kernel.finishChunk(count, parts);
            for (int c = 0; c < cells; c++) {
                List<String> names = kernel.bucketNames(c);
                for (int k = 0; k < count; k++) {
                    double expected = plain[k][c];
                    assertThat(kernel.chunkTotals(c)[k]).as("%s round %d draw %d", model.cells().get(c).architecture(), round, k)
                            .isCloseTo(expected, close(expected));
                    if (!parts) continue;
                    double[][] p = kernel.chunkParts(c);
                    int draw = k;
                    assertThat(sum(names, "category:", b -> p[b][draw])).isCloseTo(expected, close(expected));
                    assertThat(sum(names, "service:", b -> p[b][draw])).isCloseTo(expected, close(expected));
                }
            }
        }
    }

    /**
     * Each bucket of the chunk mode equals the same bucket of the per-draw path (every line emitted and priced),
     * and the two raise the same warnings.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theChunkModesPartsEqualThePerDrawParts(Path file) {
        CostModel model = model(file);
        Kernel chunked = new Kernel(model).chunked(16);
        Kernel perDraw = new Kernel(model);
        SplittableRandom rng = new SplittableRandom(5);
        List<Variables.Variable> vars = model.variables().all();
        int cells = model.cells().size();
        double[][][] expected = new double[16][cells][];
        for (int k = 0; k < 16; k++) {
            double[] v = chunked.vars();
            draw(vars, v, rng);
            System.arraycopy(v, 0, perDraw.vars(), 0, v.length);
            perDraw.evaluate(null, true);
            for (int c = 0; c < cells; c++) expected[k][c] = perDraw.buckets(c).clone();
            chunked.stage(k, true);
        }
        chunked.finishChunk(16, true);
        // a folded clamp (SageMaker's max_instances) warns as the emitted line does; the kitchen sink's draws go over it
        assertThat(chunked.warnings()).isEqualTo(perDraw.warnings());
        if (file.toString().contains("kitchen-sink")) assertThat(chunked.warnings()).anyMatch(w -> w.contains("exceeds max_instances"));
        for (int c = 0; c < cells; c++) {
            for (int b = 0; b < chunked.bucketNames(c).size(); b++) {
                for (int k = 0; k < 16; k++) {
                    double want = expected[k][c][b];
                    assertThat(chunked.chunkParts(c)[b][k]).as("%s %s draw %d", model.cells().get(c).architecture(),
                            chunked.bucketNames(c).get(b), k).isCloseTo(want, close(want));
                }
            }
        }
    }

    private static CostModel model(Path file) {
        var loaded = Fixtures.services().load(file);
        return CostModel.compile(loaded.scenario(), loaded.catalog());
    }

    /** Every variable at a random quantile in [0.1%, 99.9%] (fixed ones stay where they are). */
    private static void draw(List<Variables.Variable> vars, double[] v, SplittableRandom rng) {
        for (Variables.Variable x : vars) v[x.index()] = InverseCdf.of(x.distribution()).at(0.001 + 0.998 * rng.nextDouble());
    }

    private static org.assertj.core.data.Offset<Double> close(double expected) {
        return within(1e-9 * Math.max(1, Math.abs(expected)));
    }

    /** The sum of the buckets whose names start with the prefix (a total split one way). */
    private static double sum(List<String> names, String prefix, java.util.function.IntToDoubleFunction bucket) {
        double s = 0;
        for (int b = 0; b < names.size(); b++) if (names.get(b).startsWith(prefix)) s += bucket.applyAsDouble(b);
        return s;
    }

    private static double plainTotal(CostModel model, PhaseArchitecture cell, double[] vars) {
        LineSink rec = LineSink.recording();
        cell.evaluate(vars, rec, w -> { });
        Pricer p = new Pricer(rec.specs(), model.catalog(), model.scenario());
        double[] q = rec.quantities();
        int n = q.length;
        double[] list = new double[n], usd = new double[n], unit = new double[n];
        p.price(q, list, usd, unit);
        double total = 0;
        for (int i = 0; i < n; i++) if (p.missing(i) == null) total += usd[i];
        return total;
    }
}
