package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Correlation;
import io.agentcost.model.Limits;
import io.agentcost.sampling.GaussianCopula;
import io.agentcost.sampling.InverseCdf;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The uncertain inputs of a model as sampling dimensions: which variable slot each dimension
 * feeds, its quantile function, and the copula that correlates them.
 */
final class Inputs {

    final List<Variables.Variable> uncertain = new ArrayList<>();
    final int[] slot;
    final InverseCdf[] inverse;
    final InverseCdf[] exact;
    /** Dimensions under a correlation, and the target Spearman matrix among them. */
    final int[] correlatedDims;
    final double[][] target;
    final GaussianCopula copula;
    final List<String> warnings = new ArrayList<>();

    /** @param forecast include the timeline's growth and the one-time costs (read by the forecast only) */
    Inputs(CostModel model, boolean forecast) {
        Set<Integer> forecastOnly = new HashSet<>();
        for (int s : model.growthSlots()) forecastOnly.add(s);
        for (int s : model.oneTimeSlots()) forecastOnly.add(s);
        for (Variables.Variable v : model.variables().all()) {
            if (v.distribution().isFixed()) continue;
            if (!forecast && forecastOnly.contains(v.index())) continue;
            uncertain.add(v);
        }
        int d = uncertain.size();
        slot = new int[d];
        inverse = new InverseCdf[d];
        exact = new InverseCdf[d];
        // the tables of the fast quantile functions take a few milliseconds each: built on every core
        IntStream.range(0, d).parallel().forEach(j -> {
            Variables.Variable v = uncertain.get(j);
            slot[j] = v.index();
            inverse[j] = Clamped.of(InverseCdf.fast(v.distribution()), v.distribution(), Limits.forKey(v.key()));
            exact[j] = InverseCdf.of(uncertain.get(j).distribution());
        });
        List<Integer> dims = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>();
        for (Correlation c : model.scenario().correlations()) {
            boolean any = false;
            for (int a = 0; a < d; a++) {
                if (!uncertain.get(a).key().equals(c.a())) continue;
                for (int b = 0; b < d; b++) {
                    if (!uncertain.get(b).key().equals(c.b())) continue;
                    any = true;
                    if (!dims.contains(a)) dims.add(a);
                    if (!dims.contains(b)) dims.add(b);
                    pairs.add(new double[]{a, b, c.rho()});
                }
            }
            if (!any) warnings.add("correlation " + c.a() + " ~ " + c.b() + " has no uncertain input on one side: ignored");
        }
        correlatedDims = dims.stream().mapToInt(Integer::intValue).toArray();
        target = new double[correlatedDims.length][correlatedDims.length];
        for (int i = 0; i < correlatedDims.length; i++) target[i][i] = 1;
        for (double[] p : pairs) {
            int i = dims.indexOf((int) p[0]);
            int k = dims.indexOf((int) p[1]);
            target[i][k] = p[2];
            target[k][i] = p[2];
        }
        try {
            copula = correlatedDims.length == 0 ? null : GaussianCopula.of(correlatedDims, target);
        } catch (GaussianCopula.InconsistentCorrelations e) {
            throw new SimulationException("correlations: " + e.getMessage());
        }
    }

    int dimensions() {
        return slot.length;
    }

    String label(int dim) {
        return uncertain.get(dim).path();
    }
}
