package io.agentcost.estimate;

import io.agentcost.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;

/** Manual probe: pricing cost alone vs emission alone, per cell (not a test). */
public final class PricerProbe {
    public static void main(String[] args) {
        var s = Fixtures.services();
        var loaded = s.load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        double[] vars = NominalEstimator.medians(model.variables());
        List<Pricer> pricers = new ArrayList<>();
        List<double[]> qs = new ArrayList<>();
        int copies = 0, total = 0, lines = 0;
        Kernel k = new Kernel(model);
        for (PhaseArchitecture cell : model.cells()) {
            LineSink rec = LineSink.recording();
            cell.evaluate(vars, rec, w -> { });
            pricers.add(new Pricer(rec.specs(), model.catalog(), model.scenario()));
            qs.add(rec.quantities());
            lines += rec.specs().size();
        }
        System.out.println("lines " + lines + " over " + model.cells().size() + " cells");
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            double sum = 0;
            for (int i = 0; i < 1_000_000; i++) {
                for (int c = 0; c < pricers.size(); c++) {
                    double[] q = qs.get(c);
                    q[0] = i;
                    sum += pricers.get(c).usd(q, new double[q.length]);
                }
            }
            long t1 = System.nanoTime();
            LineSink sink = LineSink.into(new double[200]);
            Evaluation[] evs = new Evaluation[model.cells().size()];
            for (int c = 0; c < evs.length; c++) {
                evs[c] = model.cells().get(c).newEvaluation(vars, w -> { });
                evs[c].computeTraffic(1);
            }
            for (int i = 0; i < 1_000_000; i++) {
                for (int c = 0; c < evs.length; c++) {
                    sink.reset(qs.get(c));
                    model.cells().get(c).emit(evs[c], sink);
                }
            }
            long t2 = System.nanoTime();
            System.out.printf("pricing %.0f ns/iter, emission (no dedupe, no traffic) %.0f ns/iter %s%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, sum > 0 ? "" : "!");
        }
    }
}
