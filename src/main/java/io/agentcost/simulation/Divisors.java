package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.PhaseArchitecture;
import io.agentcost.estimate.usage.PhaseUsage;
import io.agentcost.model.Phase;
import java.util.Arrays;
import java.util.List;

/**
 * The divisors of the unit costs (SPEC §12) draw by draw, for the iterations whose parts are kept: per phase,
 * Σ count × monthly conversations of the agents users start, and the same × each one's resolution rate. They are sums
 * of products of at most two inputs, read straight from the drawn columns (a fixed input at its value), so the cost
 * model's program is not involved.
 */
final class Divisors {

    final double[][] started;
    final double[][] resolved;
    /** Per phase and starter: count, and where its conversations and rate are (dimension ≥ 0, or -1 with the fixed value). */
    private final double[][] count;
    private final int[][] conversationsDim;
    private final int[][] rateDim;
    private final double[][] conversationsValue;
    private final double[][] rateValue;

    Divisors(CostModel model, Inputs inputs, int keep) {
        List<Phase> phases = model.scenario().phases();
        int p = phases.size();
        started = new double[p][keep];
        resolved = new double[p][keep];
        count = new double[p][];
        conversationsDim = new int[p][];
        rateDim = new int[p][];
        conversationsValue = new double[p][];
        rateValue = new double[p][];
        double[] medians = model.medians();
        int[] dimOfSlot = new int[medians.length];
        Arrays.fill(dimOfSlot, -1);
        for (int j = 0; j < inputs.slot.length; j++) dimOfSlot[inputs.slot[j]] = j;
        for (int i = 0; i < p; i++) {
            PhaseUsage usage = null;
            for (PhaseArchitecture c : model.cells()) if (c.phase().equals(phases.get(i).name())) usage = c.usage();
            List<PhaseUsage.Starter> s = usage == null ? List.of() : usage.starters();
            count[i] = new double[s.size()];
            conversationsDim[i] = new int[s.size()];
            rateDim[i] = new int[s.size()];
            conversationsValue[i] = new double[s.size()];
            rateValue[i] = new double[s.size()];
            for (int g = 0; g < s.size(); g++) {
                PhaseUsage.Starter a = s.get(g);
                count[i][g] = a.count();
                conversationsDim[i][g] = dimOfSlot[a.conversationsSlot()];
                conversationsValue[i][g] = medians[a.conversationsSlot()];
                rateDim[i][g] = a.resolutionSlot() < 0 ? -1 : dimOfSlot[a.resolutionSlot()];
                rateValue[i][g] = a.resolutionSlot() < 0 ? 1 : medians[a.resolutionSlot()];
            }
        }
    }

    /** Iterations [from, from + kept) from the chunk's drawn columns ({@code values[dimension][k]}). */
    void fill(double[][] values, int from, int kept) {
        for (int i = 0; i < count.length; i++) {
            for (int k = 0; k < kept; k++) {
                double s = 0;
                double r = 0;
                for (int g = 0; g < count[i].length; g++) {
                    double c = count[i][g] * (conversationsDim[i][g] < 0 ? conversationsValue[i][g] : values[conversationsDim[i][g]][k]);
                    s += c;
                    r += c * (rateDim[i][g] < 0 ? rateValue[i][g] : values[rateDim[i][g]][k]);
                }
                started[i][from + k] = s;
                resolved[i][from + k] = r;
            }
        }
    }
}
