package io.agentcost.estimate.workbook;

import io.agentcost.estimate.expr.Printer;
import io.agentcost.model.Distribution;
import java.util.List;

/**
 * The points of a {@code {varies: D}} spread as spreadsheet formulas of D's parameters (SPEC §12), so a what-if
 * edit of a parameter moves every point and every mean over them. Each formula is the quantile function the app
 * takes its points from ({@code InverseCdf.of}) written with functions Excel and LibreOffice share: NORMSINV,
 * NORMDIST, BETAINV, SQRT, EXP, LN. A discrete D has no formula: its values and weights are the editable cells.
 */
public final class SpreadPoints {

    /** One parameter the user can edit, with its value in the scenario. */
    public record Parameter(String label, double value) {
    }

    private SpreadPoints() {
    }

    /** The parameters of a continuous D, in the order {@link #point} reads them. */
    public static List<Parameter> parameters(Distribution d) {
        if (d instanceof Distribution.Uniform u) return List.of(new Parameter("min", u.min()), new Parameter("max", u.max()));
        if (d instanceof Distribution.Triangular t) return triple(t.min(), t.mode(), t.max());
        if (d instanceof Distribution.Pert p) return triple(p.min(), p.mode(), p.max());
        if (d instanceof Distribution.Normal n) return List.of(new Parameter("mean", n.mean()), new Parameter("sd", n.sd()));
        if (d instanceof Distribution.LogNormal ln) {
            if (ln.describe().startsWith("lognormal{mean")) {
                // back from ln X's parameters: mean = exp(mu + sigma²/2), sd = mean·√(exp(sigma²) − 1)
                double mean = Math.exp(ln.mu() + ln.sigma() * ln.sigma() / 2);
                return List.of(new Parameter("mean", mean), new Parameter("sd", mean * Math.sqrt(Math.expm1(ln.sigma() * ln.sigma()))));
            }
            return List.of(new Parameter("median", Math.exp(ln.mu())), new Parameter("p90", Math.exp(ln.mu() + ln.sigma() * Distribution.LogNormal.Z90)));
        }
        if (d instanceof Distribution.Percentiles pc) {
            return List.of(new Parameter("p10", pc.p10()), new Parameter("p50", pc.p50()), new Parameter("p90", pc.p90()));
        }
        throw new IllegalArgumentException("no formula for the points of " + d.describe());
    }

    private static List<Parameter> triple(double min, double mode, double max) {
        return List.of(new Parameter("min", min), new Parameter("mode", mode), new Parameter("max", max));
    }

    /**
     * The point at probability {@code u} (a cell) as a formula of the parameter cells {@code p} (in {@link #parameters}
     * order), without the leading '='.
     */
    public static String point(Distribution d, List<String> p, String u) {
        String z90 = Printer.number(Distribution.LogNormal.Z90);
        if (d instanceof Distribution.Uniform) return p.get(0) + "+(" + p.get(1) + "-" + p.get(0) + ")*" + u;
        if (d instanceof Distribution.Triangular) {
            String a = p.get(0), c = p.get(1), b = p.get(2);
            return "IF(" + u + "<(" + c + "-" + a + ")/(" + b + "-" + a + ")," + a + "+SQRT(" + u + "*(" + b + "-" + a + ")*(" + c + "-" + a + ")),"
                    + b + "-SQRT((1-" + u + ")*(" + b + "-" + a + ")*(" + b + "-" + c + ")))";
        }
        if (d instanceof Distribution.Pert) {
            String a = p.get(0), m = p.get(1), b = p.get(2), lambda = Printer.number(Distribution.Pert.LAMBDA);
            return a + "+(" + b + "-" + a + ")*BETAINV(" + u + ",1+" + lambda + "*(" + m + "-" + a + ")/(" + b + "-" + a + "),1+" + lambda + "*("
                    + b + "-" + m + ")/(" + b + "-" + a + "))";
        }
        if (d instanceof Distribution.Normal) {
            // conditioned on x ≥ 0 as the app's points are: f0 = P(X < 0), the upper half from the upper tail for accuracy
            // (NORMDIST, not NORMSDIST of −mean/sd: POI's evaluator answers #NUM! for a negative NORMSDIST argument)
            String mean = p.get(0), sd = p.get(1), f0 = "NORMDIST(0," + mean + "," + sd + ",TRUE)";
            return "IF(" + u + ">0.5,MAX(0," + mean + "-" + sd + "*NORMSINV((1-" + u + ")*(1-" + f0 + "))),MAX(0," + mean + "+" + sd
                    + "*NORMSINV(" + f0 + "+" + u + "*(1-" + f0 + "))))";
        }
        if (d instanceof Distribution.LogNormal ln) {
            if (ln.describe().startsWith("lognormal{mean")) {
                String s2 = "LN(1+" + p.get(1) + "^2/" + p.get(0) + "^2)";
                return "EXP(LN(" + p.get(0) + ")-" + s2 + "/2+SQRT(" + s2 + ")*NORMSINV(" + u + "))";
            }
            return "EXP(LN(" + p.get(0) + ")+LN(" + p.get(1) + "/" + p.get(0) + ")/" + z90 + "*NORMSINV(" + u + "))";
        }
        if (d instanceof Distribution.Percentiles) {
            // decision 0004's two-piece curve: lognormal halves when p10 > 0, normal halves otherwise
            String p10 = p.get(0), p50 = p.get(1), p90 = p.get(2), z = "NORMSINV(" + u + ")";
            return "IF(" + p10 + ">0," + p50 + "*EXP(IF(" + u + "<0.5,LN(" + p50 + "/" + p10 + "),LN(" + p90 + "/" + p50 + "))/" + z90 + "*" + z + "),"
                    + p50 + "+IF(" + u + "<0.5," + p50 + "-" + p10 + "," + p90 + "-" + p50 + ")/" + z90 + "*" + z + ")";
        }
        throw new IllegalArgumentException("no formula for the points of " + d.describe());
    }
}
