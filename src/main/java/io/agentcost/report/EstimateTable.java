package io.agentcost.report;

import static io.agentcost.report.Format.money;
import static io.agentcost.report.Format.padLeft;
import static io.agentcost.report.Format.padRight;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Category;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The nominal estimate as aligned text: per phase × architecture its lines and categories, then a summary grid. */
public final class EstimateTable {

    private EstimateTable() {
    }

    public static String render(EstimateReport r) {
        StringBuilder out = new StringBuilder();
        out.append(r.scenario()).append(" — nominal monthly estimate (every input at its median)\n");
        out.append("Region ").append(r.region()).append(", prices of ").append(r.catalogDate());
        if (r.discount() > 0) out.append(", discount ").append(Math.round(r.discount() * 10000) / 100.0).append("% off AWS lines");
        out.append("\n");
        boolean agents = r.results().stream().flatMap(e -> e.lines().stream()).anyMatch(l -> l.agent() != null);
        for (Estimate e : r.results()) section(out, e, agents);
        out.append('\n').append(summary(r));
        if (!r.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            for (String w : r.warnings()) out.append("  - ").append(w).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Estimate e, boolean agents) {
        String title = "Phase " + e.phase() + " · " + e.architecture();
        String total = money(e.totalUsd()) + " / month";
        out.append('\n').append(padRight(title, 100 - total.length())).append(total).append('\n');
        List<String[]> rows = new ArrayList<>();
        int hidden = 0;
        for (LineItem l : e.lines()) {
            if (l.quantity() == 0 && !l.missingPrice()) {
                hidden++;
                continue;
            }
            rows.add(new String[]{l.service(), agents ? l.agentOrShared() : null,
                    l.name(), Format.quantity(l.quantity()), l.unit(), l.priceKey() == null ? "" : Format.rate(l.unitPriceUsd())
                    + (l.tiered() ? "*" : ""), money(l.usd())});
        }
        int[] w = {9, 6, 4, 8, 4, 10, 8};
        for (String[] row : rows) for (int i = 0; i < row.length; i++) if (row[i] != null) w[i] = Math.max(w[i], row[i].length());
        String[] head = {"COMPONENT", agents ? "AGENT" : null, "LINE", "QUANTITY", "UNIT", "UNIT PRICE", "USD"};
        out.append(row(head, w));
        for (String[] row : rows) out.append(row(row, w));
        if (hidden > 0) out.append("  (").append(hidden).append(hidden == 1 ? " line" : " lines").append(" with zero quantity not shown)\n");
        StringBuilder cats = new StringBuilder("  By category: ");
        boolean first = true;
        for (Map.Entry<Category, Double> c : e.byCategory().entrySet()) {
            if (!first) cats.append(" · ");
            cats.append(c.getKey().key()).append(' ').append(money(c.getValue()));
            first = false;
        }
        out.append(cats).append('\n');
        out.append("  Per conversation: ").append(Format.unitCost(e.usdPerConversation()))
                .append(" · per resolved conversation: ").append(Format.unitCost(e.usdPerResolvedConversation())).append('\n');
        if (agents) {
            StringBuilder byAgent = new StringBuilder("  By agent: ");
            first = true;
            for (Map.Entry<String, Double> a : e.byAgent().entrySet()) {
                if (!first) byAgent.append(" · ");
                byAgent.append(a.getKey()).append(' ').append(money(a.getValue()));
                first = false;
            }
            out.append(byAgent).append('\n');
        }
        if (!e.missingPrices().isEmpty()) {
            out.append("  MISSING PRICES (left out of the total): ").append(String.join(", ", e.missingPrices())).append('\n');
        }
    }

    private static String row(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) continue;
            boolean right = i == 3 || i == 5 || i == 6;
            sb.append(right ? padLeft(cells[i], w[i]) : padRight(cells[i], w[i]));
            if (i < cells.length - 1) sb.append("  ");
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** Phase rows × architecture columns of monthly totals. */
    static String summary(EstimateReport r) {
        StringBuilder out = new StringBuilder("Summary, USD per month (* marks tiered or free-allowance rates, blended)\n");
        int first = Math.max(5, r.phases().stream().mapToInt(String::length).max().orElse(5));
        int[] w = new int[r.architectures().size()];
        String[][] cells = new String[r.phases().size()][w.length];
        for (int a = 0; a < w.length; a++) w[a] = r.architectures().get(a).length();
        for (int p = 0; p < r.phases().size(); p++) {
            for (int a = 0; a < w.length; a++) {
                Estimate e = r.result(r.phases().get(p), r.architectures().get(a));
                cells[p][a] = e == null ? "" : money(e.totalUsd()) + (e.missingPrices().isEmpty() ? "" : "+?");
                w[a] = Math.max(w[a], cells[p][a].length());
            }
        }
        out.append("  ").append(padRight("PHASE", first));
        for (int a = 0; a < w.length; a++) out.append("  ").append(padLeft(r.architectures().get(a), w[a]));
        out.append('\n');
        for (int p = 0; p < cells.length; p++) {
            out.append("  ").append(padRight(r.phases().get(p), first));
            for (int a = 0; a < w.length; a++) out.append("  ").append(padLeft(cells[p][a], w[a]));
            out.append('\n');
        }
        return out.toString();
    }
}
