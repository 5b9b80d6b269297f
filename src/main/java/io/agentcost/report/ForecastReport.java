package io.agentcost.report;

import static io.agentcost.report.Format.cents;
import static io.agentcost.report.Format.padLeft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.model.MonthDates;
import io.agentcost.simulation.ForecastResult;
import java.time.YearMonth;
import java.util.Locale;

/** The monthly forecast as a table (median per month, cumulative, break-even) and as JSON. */
public final class ForecastReport {

    private ForecastReport() {
    }

    public static String table(String scenario, ForecastResult f) {
        return table(scenario, f, null);
    }

    /** With a start month (the scenario's {@code start_month}), each month also shows its calendar month ("Jan 2027"). */
    public static String table(String scenario, ForecastResult f, YearMonth start) {
        StringBuilder out = new StringBuilder();
        var run = f.run();
        out.append(scenario).append(" — monthly forecast, USD (median per month; --format json has P10/P90 and means)\n");
        out.append(String.format(Locale.ROOT, "%,d iterations, %s sampling, seed %d, %.2f s; prices of %s%n", run.iterations(), run.sampling(),
                run.seed(), run.seconds(), run.catalogDate()));
        int a = f.architectures().size();
        int[] w = new int[a];
        for (int x = 0; x < a; x++) w[x] = Math.max(12, f.architectures().get(x).length());
        out.append("\n  MONTH  ").append(start == null ? "" : "DATE      ").append("PHASE     ");
        for (int x = 0; x < a; x++) out.append("  ").append(padLeft(f.architectures().get(x), w[x]));
        out.append('\n');
        for (ForecastResult.Month m : f.months()) {
            if (start != null) {
                out.append(String.format(Locale.ROOT, "  %5d  %-8s  %-9s ", m.month(), m.month() == 0 ? "" : MonthDates.label(start, m.month()),
                        m.phase().length() > 9 ? m.phase().substring(0, 9) : m.phase()));
            } else out.append(String.format(Locale.ROOT, "  %5d  %-9s ", m.month(), m.phase().length() > 9 ? m.phase().substring(0, 9) : m.phase()));
            for (int x = 0; x < a; x++) out.append("  ").append(padLeft(Format.simulated(m.p50()[x]), w[x]));
            out.append('\n');
        }
        ForecastResult.Month last = f.months().get(f.months().size() - 1);
        out.append("\n  Cumulative to month ").append(last.month()).append(start == null ? "" : " (" + MonthDates.label(start, last.month()) + ")")
                .append(" (one-time costs included): P50 [P10 – P90]\n");
        int nameWidth = f.architectures().stream().mapToInt(String::length).max().orElse(10);
        for (int x = 0; x < a; x++) {
            out.append(String.format(Locale.ROOT, "    %-" + nameWidth + "s  %s  [%s – %s]%n", f.architectures().get(x), Format.simulated(last.cumulativeP50()[x]),
                    Format.simulated(last.cumulativeP10()[x]), Format.simulated(last.cumulativeP90()[x])));
        }
        out.append("\n  Break-even (cumulative costs cross):\n");
        for (ForecastResult.BreakEven b : f.breakEvens()) {
            if (b.probability() == 0 && b.month() == null) continue;
            out.append(String.format(Locale.ROOT, "    %s vs %s: %s; crosses in %.0f%% of runs%s; %s cheaper by the end%n", b.a(), b.b(),
                    b.month() == null ? "median curves do not cross" : "median curves cross in month " + b.month(), 100 * b.probability(),
                    b.medianMonthWhenItHappens() == null ? "" : " (median month " + b.medianMonthWhenItHappens() + ")", b.cheaperAfter()));
        }
        if (!f.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            f.warnings().forEach(x -> out.append("  - ").append(x).append('\n'));
        }
        return out.toString();
    }

    public static String json(String scenario, ForecastResult f) {
        return json(scenario, f, null);
    }

    /** Each month has a {@code date} ("2027-01") with a start month; null for month 0 (one-time costs) and without one. */
    public static String json(String scenario, ForecastResult f, YearMonth start) {
        ObjectNode root = SimulationJson.JSON.createObjectNode();
        root.put("scenario", scenario);
        SimulationJson.run(root.putObject("run"), f.run());
        ArrayNode archs = root.putArray("architectures");
        f.architectures().forEach(archs::add);
        ArrayNode months = root.putArray("months");
        for (ForecastResult.Month m : f.months()) {
            for (int x = 0; x < f.architectures().size(); x++) {
                ObjectNode o = months.addObject().put("month", m.month());
                if (start == null || m.month() == 0) o.putNull("date");
                else o.put("date", MonthDates.iso(start, m.month()));
                o.put("phase", m.phase()).put("architecture", f.architectures().get(x))
                        .put("p10", cents(m.p10()[x])).put("p50", cents(m.p50()[x])).put("p90", cents(m.p90()[x])).put("mean", cents(m.mean()[x]))
                        .put("cumulative_p10", cents(m.cumulativeP10()[x])).put("cumulative_p50", cents(m.cumulativeP50()[x]))
                        .put("cumulative_p90", cents(m.cumulativeP90()[x]));
            }
        }
        ArrayNode be = root.putArray("break_even");
        for (ForecastResult.BreakEven b : f.breakEvens()) {
            ObjectNode o = be.addObject().put("a", b.a()).put("b", b.b());
            if (b.month() == null) o.putNull("month");
            else o.put("month", b.month());
            o.put("probability", b.probability());
            if (b.medianMonthWhenItHappens() == null) o.putNull("median_month_when_it_happens");
            else o.put("median_month_when_it_happens", b.medianMonthWhenItHappens());
            o.put("cheaper_after", b.cheaperAfter());
        }
        ArrayNode warnings = root.putArray("warnings");
        f.warnings().forEach(warnings::add);
        return SimulationJson.write(root);
    }
}
