package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.Kernel;
import io.agentcost.sampling.UniformSource;
import io.agentcost.testing.Fixtures;

/** Manual probe of kernel and sampling cost (not a test). */
public final class KernelProbe {
    public static void main(String[] args) {
        var s = Fixtures.services();
        var loaded = s.load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        Kernel k = new Kernel(model);
        System.out.println(k.describeSharing());
        Inputs in = new Inputs(model, false);
        int n = 1_000_000;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            double sink = 0;
            for (int i = 0; i < n; i++) {
                k.vars()[in.slot[0]] = 8000 + (i & 1023);
                k.evaluate(null, false);
                sink += k.total(3);
            }
            long t1 = System.nanoTime();
            UniformSource src = UniformSource.of("latin_hypercube", 42, in.dimensions());
            var batch = src.batch(0, n);
            double[][] rows = new double[2048][in.dimensions()];
            var cop = in.copula.copy();
            long t2 = System.nanoTime();
            for (int from = 0; from < n; from += 2048) {
                int count = Math.min(2048, n - from);
                batch.fill(from, count, rows);
                for (int r = 0; r < count; r++) {
                    double[] row = rows[r];
                    cop.apply(row);
                    for (int j = 0; j < in.dimensions(); j++) sink += in.inverse[j].at(row[j]);
                }
            }
            long t3 = System.nanoTime();
            System.out.printf("kernel %.0f ns/iter (%d cells), lhs-prep %.3f s, sampling %.0f ns/iter  %s%n", (t1 - t0) / (double) n, k.cellCount(),
                    (t2 - t1) / 1e9, (t3 - t2) / (double) n, sink > 0 ? "" : "!");
        }
    }
}
