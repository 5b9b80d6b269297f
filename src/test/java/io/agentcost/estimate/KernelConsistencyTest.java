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
        var loaded = Fixtures.services().load(file);
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        Kernel kernel = new Kernel(model);
        SplittableRandom rng = new SplittableRandom(11);
        List<Variables.Variable> vars = model.variables().all();
        for (int draw = 0; draw < 200; draw++) {
            double[] v = kernel.vars();
            for (Variables.Variable x : vars) v[x.index()] = InverseCdf.of(x.distribution()).at(0.001 + 0.998 * rng.nextDouble());
            kernel.evaluate(null, draw % 2 == 0);
            for (int c = 0; c < model.cells().size(); c++) {
                double plain = plainTotal(model, model.cells().get(c), v.clone());
                assertThat(kernel.total(c)).as("%s draw %d", model.cells().get(c).architecture(), draw)
                        .isCloseTo(plain, within(1e-9 * Math.max(1, Math.abs(plain))));
                if (draw % 2 == 0) {
                    double categories = 0;
                    List<String> names = kernel.bucketNames(c);
                    for (int b = 0; b < names.size(); b++) if (names.get(b).startsWith("category:")) categories += kernel.buckets(c)[b];
                    assertThat(categories).isCloseTo(plain, within(1e-9 * Math.max(1, Math.abs(plain))));
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
        var loaded = Fixtures.services().load(file);
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
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
                for (Variables.Variable x : vars) v[x.index()] = InverseCdf.of(x.distribution()).at(0.001 + 0.998 * rng.nextDouble());
                for (int c = 0; c < cells; c++) plain[k][c] = plainTotal(model, model.cells().get(c), v.clone());
                kernel.stage(k, parts);
            }
            kernel.finishChunk(count, parts);
            for (int c = 0; c < cells; c++) {
                List<String> names = kernel.bucketNames(c);
                for (int k = 0; k < count; k++) {
                    double expected = plain[k][c];
                    assertThat(kernel.chunkTotals(c)[k]).as("%s round %d draw %d", model.cells().get(c).architecture(), round, k)
                            .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                    if (!parts) continue;
                    double categories = 0, services = 0;
                    for (int b = 0; b < names.size(); b++) {
                        if (names.get(b).startsWith("category:")) categories += kernel.chunkParts(c)[b][k];
                        if (names.get(b).startsWith("service:")) services += kernel.chunkParts(c)[b][k];
                    }
                    assertThat(categories).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                    assertThat(services).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
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
        var loaded = Fixtures.services().load(file);
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        Kernel chunked = new Kernel(model).chunked(16);
        Kernel perDraw = new Kernel(model);
        SplittableRandom rng = new SplittableRandom(5);
        List<Variables.Variable> vars = model.variables().all();
        int cells = model.cells().size();
        double[][][] expected = new double[16][cells][];
        for (int k = 0; k < 16; k++) {
            double[] v = chunked.vars();
            for (Variables.Variable x : vars) v[x.index()] = InverseCdf.of(x.distribution()).at(0.001 + 0.998 * rng.nextDouble());
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
                            chunked.bucketNames(c).get(b), k).isCloseTo(want, within(1e-9 * Math.max(1, Math.abs(want))));
                }
            }
        }
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
