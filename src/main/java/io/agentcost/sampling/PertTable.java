package io.agentcost.sampling;

import io.agentcost.model.Distribution;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * A PERT's quantile function tabulated for the simulation: Commons Math inverts the Beta with a root
 * solver (several microseconds a draw). Cubic Hermite tables ({@link Hermite}) on exact values and slopes:
 * <ul>
 *   <li>u ∈ [0.02, 0.98] on 1,024 equal steps (error below 1e-7 of the P1–P99 spread; 32 KB, so the tables of
 *       a scenario's inputs stay in the processor's cache while a run draws through them);</li>
 *   <li>each tail on 1,024 equal steps of log(u) (log(1 − u) above) down to 2⁻⁵⁰, where the quantile is
 *       close to a power of u, so interpolating in log(u) is accurate to about 1e-9 of its distance to
 *       the bound;</li>
 *   <li>computed beyond (a probability of 2⁻⁴⁹ a draw).</li>
 * </ul>
 * The tails come from {@link BetaTail} (Commons Math's solver loses them below about 1e-10); the upper tail is
 * the lower tail of the mirrored Beta, so it is built from 1 − u without rounding.
 */
final class PertTable extends InverseCdf {

    private static final double LO = 0.02, HI = 0.98;
    private static final double TAIL_FROM = Math.log(0x1.0p-50), TAIL_TO = Math.log(LO);

    private final InverseCdf exact;
    private final double min, max, width;
    private final double alpha, beta;
    private final Hermite middle, low, high;

    PertTable(Distribution.Pert p, InverseCdf exact) {
        this.exact = exact;
        min = p.min();
        max = p.max();
        width = max - min;
        alpha = p.alpha();
        beta = p.beta();
        BetaDistribution distribution = new BetaDistribution(null, alpha, beta, 1e-12);
        // nodes in order, each from the one before (BetaTail.near); dQ/du = 1 / density at Q(u)
        double[] last = {Double.NaN, Double.NaN};
        middle = new Hermite(LO, HI, 1024, u -> {
            double y = Double.isNaN(last[0]) ? Double.NaN : BetaTail.near(alpha, beta, u, last[0], last[1]);
            if (Double.isNaN(y)) y = distribution.inverseCumulativeProbability(u);
            last[0] = u;
            last[1] = y;
            return min + width * y;
        }, (u, x) -> width / distribution.density((x - min) / width));
        low = tail(alpha, beta);
        high = tail(beta, alpha);
    }

    /** g(s) = the Beta's lower-tail quantile at w = e^s ({@link BetaTail}), each node from the one before, with dg/ds = w / density(g). */
    private static Hermite tail(double a, double b) {
        double[] last = {Double.NaN};
        return new Hermite(TAIL_FROM, TAIL_TO, 1024, s -> last[0] = BetaTail.quantile(a, b, Math.exp(s), last[0]),
                (s, g) -> Math.exp(s) / BetaTail.density(a, b, g));
    }

    @Override
    public double at(double u) {
        if (u >= LO && u <= HI) return middle.at(u);
        boolean lower = u < LO;
        double w = lower ? u : 1 - u;
        double s = Math.log(w);
        double g = s >= TAIL_FROM ? (lower ? low : high).at(s) : BetaTail.quantile(lower ? alpha : beta, lower ? beta : alpha, w);
        return lower ? min + width * g : max - width * g;
    }

    /** The middle table for the whole column, then the tails (1 value in 25) mended one by one. */
    @Override
    public void at(double[] u, double[] out, int count) {
        middle.at(u, out, count);
        for (int k = 0; k < count; k++) if (!(u[k] >= LO && u[k] <= HI)) out[k] = at(u[k]);
    }

    @Override
    public double median() {
        return exact.median();
    }
}
