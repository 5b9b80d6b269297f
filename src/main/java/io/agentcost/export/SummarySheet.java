package io.agentcost.export;

import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.simulation.SimulationResult;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet (SPEC §8): the run record, and the comparison table of every phase × architecture
 * with the live estimate (a formula reading the architecture sheet's total, so it follows every
 * what-if edit) beside the app's nominal and the simulated percentiles.
 */
final class SummarySheet {

    /** One row of the comparison: where its live total is, and its phase's conversations (started, resolved) on Traffic. */
    record Row(String phase, String architecture, String liveTotal, double nominal, String started, String resolved) {
    }

    static final int PER_CONVERSATION = 10;
    static final int PER_RESOLVED = 11;

    static final int TABLE_FIRST_ROW = 14;

    private SummarySheet() {
    }

    /** Writes the sheet; returns the row index after the comparison table (the chart goes below). */
    static int write(Sheet sh, Styles st, Scenario scenario, Catalog catalog, String scenarioFile, SimulationResult sim, List<Row> rows,
                     String version) {
        Cells.text(sh, 0, 0, "agentcost what-if workbook: " + scenario.name(), st.title);
        String[][] record = {
                {"Scenario file", scenarioFile},
                {"Region", scenario.region()},
                {"Price catalog", catalog.region() + " of " + catalog.snapshotDate() + " (" + catalog.origin() + ")"},
                {"agentcost version", version},
                {"Simulation", sim == null ? "not run" : sim.run().iterations() + " iterations, " + sim.run().sampling() + " sampling, seed "
                        + sim.run().seed() + ", " + String.format(Locale.ROOT, "%.2f s", sim.run().seconds())},
                {"Hours per month", String.valueOf(scenario.hoursPerMonth())},
                {"Discount on AWS lines", String.format(Locale.ROOT, "%.1f%%", 100 * scenario.discount())},
        };
        for (int i = 0; i < record.length; i++) {
            Cells.text(sh, 2 + i, 0, record[i][0], st.header);
            Cells.text(sh, 2 + i, 1, record[i][1], null);
        }
        Cells.text(sh, 10, 0, "How to use it: change the yellow cells on Inputs (any input), Levers (optimisations) or Prices;"
                + " the architecture sheets and the live estimate below recalculate. No macros, no add-ins.", st.note);
        Cells.text(sh, 11, 0, "The live estimate equals the app's nominal estimate (every input at its median) until you change something;"
                + " the simulated percentiles are a record of the run and do not recalculate.", st.note);
        String[] headers = {"Phase", "Architecture", "Live estimate (USD / month)", "App nominal", "Simulated P10", "P50", "P90", "Mean",
                "P(over budget)", "P(cheapest)", "Live USD / conversation", "Live USD / resolved conversation"};
        int h = TABLE_FIRST_ROW - 1;
        for (int c = 0; c < headers.length; c++) Cells.text(sh, h, c, headers[c], st.header);
        int r = TABLE_FIRST_ROW;
        for (Row row : rows) {
            Cells.text(sh, r, 0, row.phase(), null);
            Cells.text(sh, r, 1, row.architecture(), null);
            Cells.formula(sh, r, 2, row.liveTotal(), st.usdBold);
            Cells.number(sh, r, 3, row.nominal(), st.usd);
            // SPEC §12 unit costs, live: this row's total over the Traffic sheet's conversations ("n/a" without any)
            String total = Cells.local(r, 2);
            Cells.formula(sh, r, PER_CONVERSATION, "IF(" + row.started() + ">0," + total + "/" + row.started() + ",\"n/a\")", st.unitPrice);
            Cells.formula(sh, r, PER_RESOLVED, "IF(" + row.resolved() + ">0," + total + "/" + row.resolved() + ",\"n/a\")", st.unitPrice);
            SimulationResult.CellResult c = sim == null ? null : sim.cell(row.phase(), row.architecture());
            if (c != null) {
                Cells.number(sh, r, 4, c.total().p10(), st.usd);
                Cells.number(sh, r, 5, c.total().p50(), st.usd);
                Cells.number(sh, r, 6, c.total().p90(), st.usd);
                Cells.number(sh, r, 7, c.total().mean(), st.usd);
                if (c.pExceedBudget() != null) Cells.number(sh, r, 8, c.pExceedBudget(), st.percent);
                Cells.number(sh, r, 9, c.pCheapest(), st.percent);
            }
            r++;
        }
        int[] widths = {22, 30, 18, 14, 14, 14, 14, 14, 14, 12, 16, 18};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
        return r;
    }
}
