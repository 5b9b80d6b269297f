package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import java.util.Arrays;
import java.util.List;

/**
 * Commitment terms month by month (SPEC §13): a commitment is billed from its start_month for term_months; outside
 * it, its parameter is 0 and the lines it covers are billed on demand. Months are the forecast's, 1-based.
 */
final class Terms {

    private static final double[] ZEROS = new double[Draws.CHUNK];
    private static final double[] ONES = new double[Draws.CHUNK];

    static {
        Arrays.fill(ONES, 1);
    }

    private Terms() {
    }

    /** Each commitment's parameter in month {@code month}: 1 in its term, else 0. */
    static double[] at(List<CostModel.CommitmentSlot> commitments, int month) {
        double[] out = new double[commitments.size()];
        for (int c = 0; c < out.length; c++) out[c] = commitments.get(c).commitment().activeIn(month) ? 1 : 0;
        return out;
    }

    /** How many months from {@code month} on (at most {@code most}) keep every commitment in or out of its term as in {@code month}. */
    static int sameUntil(List<CostModel.CommitmentSlot> commitments, int month, int most) {
        double[] first = at(commitments, month);
        int n = 1;
        while (n < most && Arrays.equals(first, at(commitments, month + n))) n++;
        return n;
    }

    /** A column of draws all at one value (0 or 1), to load as a parameter. */
    static double[] column(double value) {
        return value == 0 ? ZEROS : ONES;
    }

    /** Sets each commitment's parameter for month {@code month} in an input vector. */
    static void set(List<CostModel.CommitmentSlot> commitments, int month, double[] vars) {
        for (CostModel.CommitmentSlot c : commitments) vars[c.slot()] = c.commitment().activeIn(month) ? 1 : 0;
    }
}
