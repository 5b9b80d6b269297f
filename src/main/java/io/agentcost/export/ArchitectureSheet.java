package io.agentcost.export;

import io.agentcost.estimate.workbook.FormulaLine;
import io.agentcost.estimate.workbook.FormulaPricing;
import io.agentcost.estimate.workbook.FormulaRefs;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One architecture (SPEC §8): per phase, every line item with its quantity, unit price and USD as
 * live formulas of the Inputs, Levers, Prices and Traffic cells, the phase total, and the account
 * totals that tiered prices and free allowances apply to. The app's nominal USD stands beside each
 * line, so a reader sees the workbook and the app agree at the nominal inputs.
 */
final class ArchitectureSheet {

    static final int QUANTITY = 5, UNIT_PRICE = 8, USD = 9, NOMINAL = 10;
    static final String[] HEADERS = {"Phase", "Agent", "Component", "Category", "Line", "Quantity / month", "Unit", "Price key",
            "Unit price (USD)", "USD / month", "App nominal USD", "Note"};

    /** One phase of the architecture: its lines as formulas and their pricing, made once per workbook. */
    record PhaseLines(String phase, List<FormulaLine> lines, FormulaPricing pricing) {
    }

    private ArchitectureSheet() {
    }

    /** Writes the sheet; returns each phase's total cell, in phase order. */
    static Map<String, String> write(Sheet sh, Styles st, Refs refs, List<PhaseLines> phases, Map<String, Estimate> nominal) {
        for (int c = 0; c < HEADERS.length; c++) Cells.text(sh, 0, c, HEADERS[c], st.header);
        sh.createFreezePane(0, 1);
        Map<String, String> totals = new LinkedHashMap<>();
        int r = 1;
        for (PhaseLines cell : phases) {
            Block b = block(sh, st, refs, r, cell.phase(), "Total " + cell.phase() + " (USD / month)", cell, nominal.get(cell.phase()), true);
            totals.put(cell.phase(), Cells.ref(sh, b.total(), USD));
            r = b.next();
        }
        widths(sh);
        return totals;
    }

    static void widths(Sheet sh) {
        int[] widths = {12, 18, 14, 13, 58, 18, 20, 44, 16, 16, 16, 40};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    }

    /** Where a block of lines ended up: its total row and the first row after it (and a blank row). */
    record Block(int total, int next) {
    }

    /**
     * One phase × architecture from row {@code r}: a heading row, the lines, the total (labelled {@code totalLabel})
     * and the account totals of tiered prices; {@code refs} says which cells the formulas read (the forecast's months
     * read their own traffic). Without {@code detail} a line shows only its name besides the numbers (the forecast's months
     * repeat the architecture sheets' lines, whose agent, component, unit and price key are there).
     */
    static Block block(Sheet sh, Styles st, FormulaRefs refs, int r, String heading, String totalLabel, PhaseLines cell, Estimate est,
                       boolean detail) {
        List<FormulaLine> lines = cell.lines();
        FormulaPricing pricing = cell.pricing();
        Cells.text(sh, r, 0, heading, st.header);
        for (int c = 1; c < HEADERS.length; c++) Cells.text(sh, r, c, null, st.header);
        int first = r + 1;
        int total = first + lines.size();
        Map<Integer, Integer> groupRow = new LinkedHashMap<>();
        int g = total + 2;
        for (Integer id : pricing.groups().keySet().stream().sorted().toList()) groupRow.put(id, g++);
        // each savings plan's covered on-demand USD below the account totals; its overflow line reads that cell
        Map<String, List<Integer>> plans = pricing.plans();
        Map<String, Integer> planRow = new LinkedHashMap<>();
        int p = groupRow.isEmpty() ? total + 2 : g + 1;
        for (String plan : plans.keySet()) planRow.put(plan, p++);
        Map<String, String> planCell = new LinkedHashMap<>();
        planRow.forEach((plan, row) -> planCell.put(plan, Cells.local(row, USD)));
        int app = 0;
        for (int i = 0; i < lines.size(); i++) {
            FormulaLine line = lines.get(i);
            if (!planCell.isEmpty()) {
                line = new FormulaLine(line.spec(), FormulaPricing.withCoveredCells(line.quantity(), planCell), line.workbookOnly());
            }
            LineItem item = line.workbookOnly() || est == null ? null : est.lines().get(app++);
            writeLine(sh, st, refs, pricing, first + i, i, line, item, groupRow, cell.phase(), detail);
        }
        Cells.text(sh, total, 4, totalLabel, st.header);
        Cells.formula(sh, total, USD, "SUM(" + Cells.local(first, USD) + ":" + Cells.local(total - 1, USD) + ")", st.usdBold);
        if (est != null) Cells.number(sh, total, NOMINAL, est.totalUsd(), st.usdBold);
        if (!groupRow.isEmpty()) {
            Cells.text(sh, total + 1, 4, "Account totals priced through tiers or free allowances", st.note);
            Cells.text(sh, total + 1, UNIT_PRICE, "Free allowance", st.note);
            Cells.text(sh, total + 1, USD, "List cost (USD)", st.note);
        }
        for (Map.Entry<Integer, Integer> e : groupRow.entrySet()) writeGroup(sh, st, refs, pricing, e.getKey(), e.getValue(), first);
        for (Map.Entry<String, Integer> e : planRow.entrySet()) writePlan(sh, st, e.getKey(), plans.get(e.getKey()), e.getValue(), first);
        int last = !planRow.isEmpty() ? p - 1 : groupRow.isEmpty() ? total : g - 1;
        return new Block(total, last + 2);
    }

    /** A savings plan's u (SPEC §13): the on-demand USD of its covered lines, quantity × list unit price, before the discount. */
    private static void writePlan(Sheet sh, Styles st, String plan, List<Integer> covered, int r, int first) {
        StringBuilder sum = new StringBuilder();
        for (int i : covered) sum.append(sum.length() == 0 ? "" : "+").append(Cells.local(first + i, QUANTITY)).append("*")
                .append(Cells.local(first + i, UNIT_PRICE));
        Cells.text(sh, r, 4, "On-demand USD the " + plan + " covers (its lines above bill 0; the plan's overflow reads this)", null);
        Cells.formula(sh, r, USD, sum.length() == 0 ? "0" : sum.toString(), st.usd);
    }

    private static void writeLine(Sheet sh, Styles st, FormulaRefs refs, FormulaPricing pricing, int r, int i, FormulaLine line, LineItem item,
                                  Map<Integer, Integer> groupRow, String phase, boolean detail) {
        LineSpec spec = line.spec();
        if (detail) {
            Cells.text(sh, r, 0, phase, null);
            Cells.text(sh, r, 1, spec.agent() == null ? Estimate.SHARED : spec.agent(), null);
            Cells.text(sh, r, 2, spec.service(), null);
            Cells.text(sh, r, 3, spec.category().key(), null);
            Cells.text(sh, r, 6, spec.unit(), null);
            Cells.text(sh, r, 7, spec.priceKey(), null);
        }
        Cells.text(sh, r, 4, spec.name(), null);
        Cells.formula(sh, r, QUANTITY, line.quantity(), st.number);
        String missing = pricing.missing(i);
        if (pricing.priceable(i)) {
            int group = pricing.groupOf(i);
            String total = group < 0 ? null : Cells.local(groupRow.get(group), QUANTITY);
            String cost = group < 0 ? null : Cells.local(groupRow.get(group), USD);
            Cells.formula(sh, r, UNIT_PRICE, pricing.unitPrice(i, total, cost, refs), spec.priceKey() == null ? st.number : st.unitPrice);
            Cells.formula(sh, r, USD, pricing.usd(i, Cells.local(r, QUANTITY), Cells.local(r, UNIT_PRICE), refs), st.usd);
        }
        if (item != null && !item.missingPrice()) Cells.number(sh, r, NOMINAL, item.usd(), st.usd);
        String kept = "0 at the scenario's values; kept so a what-if edit can move it";
        String leftOut = "missing price " + missing + ": left out of the total" + (pricing.priceable(i) ? " (a Levers setting with a price bills it)" : "");
        String note = line.workbookOnly() && missing != null ? kept + "; " + leftOut
                : missing != null ? leftOut
                : line.workbookOnly() ? kept
                : spec.covered() ? "covered by the " + spec.plan() + ": its on-demand USD draws on the plan (row below)"
                : pricing.groupOf(i) >= 0 ? "priced on the account total below" : null;
        if (detail) Cells.text(sh, r, 11, note, st.note);
    }

    private static void writeGroup(Sheet sh, Styles st, FormulaRefs refs, FormulaPricing pricing, int id, int r, int first) {
        FormulaPricing.Group g = pricing.groups().get(id);
        StringBuilder sum = new StringBuilder("SUM(");
        for (int k = 0; k < g.lines().size(); k++) sum.append(k == 0 ? "" : ",").append(Cells.local(first + g.lines().get(k), QUANTITY));
        sum.append(")");
        Cells.text(sh, r, 4, "Account total of " + g.priceKey(), null);
        Cells.formula(sh, r, QUANTITY, sum.toString(), st.number);
        Cells.text(sh, r, 7, g.priceKey(), null);
        Cells.number(sh, r, UNIT_PRICE, g.allowance(), st.input);
        Cells.formula(sh, r, USD, pricing.groupCost(id, Cells.local(r, QUANTITY), Cells.local(r, UNIT_PRICE), refs), st.usd);
    }
}
