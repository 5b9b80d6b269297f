package io.agentcost.report;

import io.agentcost.app.ActualsReport;
import io.agentcost.calibrate.CostLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** `agentcost actuals` as a table: each service, agent and the total with the plan's percentiles and the lines behind the gap. */
public final class ActualsTable {

    private ActualsTable() {
    }

    public static String render(ActualsReport r) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf("%s (%s), %s against phase %s (%s), architecture %s, %d iterations%n%n", r.file(), r.format(), r.month(), r.phase(),
                r.phaseReason(), r.architecture(), r.iterations());
        table(out, "service", r.services());
        if (!r.agents().isEmpty()) {
            out.println();
            table(out, "agent", r.agents());
        }
        out.println();
        table(out, "", List.of(r.total()));
        if (!r.unknown().isEmpty()) {
            out.printf("%nUsage types no component of the plan bills (compared in the total, not per service):%n");
            for (CostLine l : r.unknown()) out.printf("  %-28s %-40s %12s   (%s:%d)%n", l.productCode(), l.usageType(), usd(l.usd()), l.file(), l.line());
        }
        if (!r.notCompared().isEmpty()) {
            out.printf("%nNot compared (the plan does not estimate them):%n");
            for (CostLine l : r.notCompared()) out.printf("  %-10s %-28s %-30s %12s%n", l.lineType(), l.productCode(), l.usageType(), usd(l.usd()));
        }
        out.flush();
        return text.toString();
    }

    private static void table(PrintWriter out, String what, List<ActualsReport.Row> rows) {
        out.printf("%-20s %12s %12s %12s %12s %22s%n", what, "actual", "plan P10", "plan P50", "plan P90", "actual at");
        for (ActualsReport.Row row : rows) {
            out.printf("%-20s %12s %12s %12s %12s %22s%n", row.name(), usd(row.actualUsd()), usd(row.p10()), usd(row.p50()), usd(row.p90()),
                    row.placement() == null ? "not in plan" : row.placement().label());
            for (ActualsReport.Explain e : row.lines())
                out.printf("    %-6s %-60s %12s%n", e.side(), e.name().length() > 60 ? e.name().substring(0, 59) + "…" : e.name(), usd(e.usd()));
        }
    }

    private static String usd(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%,.2f", v);
    }
}
