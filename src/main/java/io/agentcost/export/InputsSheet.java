package io.agentcost.export;

import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Distribution;
import io.agentcost.model.Scenario;
import io.agentcost.sampling.InverseCdf;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Every input of the scenario (SPEC §8): where it is set, its distribution, P10/P50/P90, and an
 * editable what-if value (the median, so the workbook opens at the app's nominal estimate), named
 * {@code in_<path>}. Hours per month and the discount come first.
 */
final class InputsSheet {

    private static final Pattern SHARE = Pattern.compile(".*(share|_rate|sampling|utilization|uptime|savings|discount)$");
    static final int VALUE_COLUMN = 6;

    private InputsSheet() {
    }

    static void write(Sheet sh, Styles st, Names names, Refs refs, Scenario scenario, List<Variables.Variable> variables) {
        String[] headers = {"Input (where it is set)", "Key", "Distribution", "P10", "P50 (nominal)", "P90", "What-if value", "Name in formulas", "Check"};
        for (int c = 0; c < headers.length; c++) Cells.text(sh, 0, c, headers[c], st.header);
        sh.createFreezePane(0, 1);
        int r = 1;
        refs.hours = setting(sh, st, names, r++, "scenario.hours_per_month", "hours_per_month", scenario.hoursPerMonth(), st.input);
        refs.discount = setting(sh, st, names, r, "scenario.discount", "discount", scenario.discount(), st.inputPercent);
        Checks.share(sh, st, r, 8, Cells.local(r, VALUE_COLUMN));
        r++;
        for (Variables.Variable v : variables) {
            Distribution d = v.distribution();
            boolean usd = v.key().endsWith("_usd");
            boolean share = !usd && SHARE.matcher(v.key()).matches() && d.upperBound() <= 1;
            CellStyle shown = usd ? st.usd : share ? st.percent : st.number;
            CellStyle edit = usd ? st.inputUsd : share ? st.inputPercent : st.input;
            InverseCdf f = InverseCdf.of(d);
            double median = InverseCdf.median(d);
            Cells.text(sh, r, 0, v.path().startsWith("default.") ? v.path().substring(8) + " (default)" : v.path(), null);
            Cells.text(sh, r, 1, v.key(), null);
            Cells.text(sh, r, 2, d.notation(), null);
            Cells.number(sh, r, 3, d.isFixed() ? median : f.at(0.1), shown);
            Cells.number(sh, r, 4, median, shown);
            Cells.number(sh, r, 5, d.isFixed() ? median : f.at(0.9), shown);
            Cells.number(sh, r, VALUE_COLUMN, median, edit);
            String name = names.define("in_", v.path(), Cells.ref(sh, r, VALUE_COLUMN));
            Cells.text(sh, r, 7, name, st.note);
            if (share) Checks.share(sh, st, r, 8, Cells.local(r, VALUE_COLUMN));
            refs.inputs.put(v.index(), name);
            r++;
        }
        Cells.text(sh, r + 1, 0, "Edit the yellow what-if values: every architecture sheet recalculates. P10/P50/P90 are the scenario's"
                + " uncertainty; the what-if value starts at the median, where the workbook equals the app's nominal estimate.", st.note);
        int[] widths = {44, 26, 44, 12, 14, 12, 14, 44, 36};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    }

    private static String setting(Sheet sh, Styles st, Names names, int r, String path, String key, double value, CellStyle edit) {
        Cells.text(sh, r, 0, path, null);
        Cells.text(sh, r, 1, key, null);
        Cells.text(sh, r, 2, "scenario setting", null);
        Cells.number(sh, r, VALUE_COLUMN, value, edit);
        String name = names.define("", key, Cells.ref(sh, r, VALUE_COLUMN));
        Cells.text(sh, r, 7, name, st.note);
        return name;
    }
}
