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
