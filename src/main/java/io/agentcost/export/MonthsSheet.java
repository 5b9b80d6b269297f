package io.agentcost.export;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.PhaseArchitecture;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.estimate.workbook.FormulaLine;
import io.agentcost.estimate.workbook.FormulaPricing;
import io.agentcost.estimate.workbook.WorkbookFormulas;
import io.agentcost.model.Estimate;
import io.agentcost.model.TimelineEntry;
import io.agentcost.simulation.NominalForecast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The live forecast's working (SPEC §5, §8): one row per line, one column per month. Each timeline entry is a block of
 * rows: the month's growth of conversations ((1 + monthly growth)^k in the k-th month of the entry, a live formula of
 * the Inputs), the traffic of the entry's phase at that growth, then every line of every architecture as the
 * architecture sheets compute it (quantity × unit price × discount, in one cell), reading the month's traffic. A month
 * is the same column in every block, so a month's figure on the Forecast sheet is a column total here.
 */
final class MonthsSheet {

    static final String NAME = "Forecast lines";
    /** Columns: what (architecture, or Growth / Traffic), agent, line, free allowance or note, then month 1, 2, … */
    static final int AGENT = 1, LINE = 2, NOTE = 3, FIRST_MONTH = 4;
    /** The note of a line the app leaves out (an input fixed at 0) that the workbook keeps for a what-if edit. */
    static final String KEPT = "0 at the scenario's values; kept for a what-if edit";

    private MonthsSheet() {
    }

    /** The column of month {@code m} (from 1), the same in every block. */
    static int column(int m) {
        return FIRST_MONTH + m - 1;
    }

    /**
     * Writes the months; returns per month (index = month, 0 = the one-time costs) the cell of each architecture's
     * live USD, in scenario order.
     */
    static List<String[]> write(Sheet sh, Styles st, Refs refs, CostModel main, CostModel months, List<TimelineEntry> timeline,
                                List<NominalForecast.Month> nominal, List<String> labels) {
        WorkbookFormulas formulas = new WorkbookFormulas(months);
        int[] slotOf = slotMap(main, months);
        int[] oneTime = main.oneTimeSlots();
        int archs = main.scenario().architectures().size();
        List<String[]> out = new ArrayList<>();
        String[] first = new String[archs];
        WorkbookFormulas mainFormulas = new WorkbookFormulas(main);
        for (int x = 0; x < archs; x++) {
            String lines = mainFormulas.oneTime(x, refs);
            first[x] = lines == null ? refs.input(oneTime[x]) : refs.input(oneTime[x]) + "+" + lines;
        }
        out.add(first);

        Cells.text(sh, 0, 0, "Forecast lines: one row per line, one column per month, USD. Live formulas of the Inputs, Prices and"
                + " Levers at each month's conversations (the phase's, × (1 + monthly growth)^k in the k-th month of its timeline"
                + " entry); a line's cell is its quantity × unit price × (1 − discount), as on its architecture sheet. Each"
                + " timeline entry is a block; a month is the same column in every block, and its architecture totals are the"
                + " Forecast sheet's months.", st.note);
        sh.createFreezePane(FIRST_MONTH, 1);
        int r = 2;
        int month = 1;
        for (int e = 0; e < timeline.size(); e++) {
            Block b = new Block(sh, st, refs, main, months, formulas, slotOf, timeline.get(e), e, month, labels, nominal);
            r = b.write(r, out);
            month += timeline.get(e).months();
        }
        widths(sh, month - 1);
        return out;
    }

    private static void widths(Sheet sh, int months) {
        sh.setColumnWidth(0, 18 * 256);
        sh.setColumnWidth(AGENT, 14 * 256);
        sh.setColumnWidth(LINE, 50 * 256);
        sh.setColumnWidth(NOTE, 24 * 256);
        for (int m = 1; m <= months; m++) sh.setColumnWidth(column(m), 12 * 256);
    }

    /** One timeline entry: its months' columns, from its header row down to its last architecture's totals. */
    private static final class Block {
        private final Sheet sh;
        private final Styles st;
        private final Refs refs;
        private final CostModel main;
        private final CostModel months;
        private final WorkbookFormulas formulas;
        private final int[] slotOf;
        private final TimelineEntry entry;
        private final int index;
        private final int firstMonth;
        private final List<String> labels;
        private final List<NominalForecast.Month> nominal;

        Block(Sheet sh, Styles st, Refs refs, CostModel main, CostModel months, WorkbookFormulas formulas, int[] slotOf,
              TimelineEntry entry, int index, int firstMonth, List<String> labels, List<NominalForecast.Month> nominal) {
            this.sh = sh;
            this.st = st;
            this.refs = refs;
            this.main = main;
            this.months = months;
            this.formulas = formulas;
            this.slotOf = slotOf;
            this.entry = entry;
            this.index = index;
            this.firstMonth = firstMonth;
            this.labels = labels;
            this.nominal = nominal;
        }

        /** Writes the block from row {@code r}, adds its months' totals to {@code out}; returns the row after it. */
        int write(int r, List<String[]> out) {
            int last = firstMonth + entry.months() - 1;
            Cells.text(sh, r, 0, "Timeline entry " + (index + 1) + ": " + entry.phase() + ", " + labels.get(firstMonth)
                    + (last > firstMonth ? " to " + labels.get(last) : ""), st.title);
            r++;
            String[] heads = {"", "Agent", "Line", ""};
            for (int c = 0; c < heads.length; c++) Cells.text(sh, r, c, heads[c], st.header);
            for (int m = firstMonth; m <= last; m++) Cells.text(sh, r, column(m), labels.get(m), st.header);
            r++;
            int growthRow = r++;
            Cells.text(sh, growthRow, 0, "Growth", null);
            Cells.text(sh, growthRow, LINE, "Conversations × (1 + monthly growth of timeline entry " + (index + 1) + ")^k, k = 0, 1, …",
                    null);
            int[] growthSlots = main.growthSlots();
            List<MonthRefs> at = new ArrayList<>();
            for (int m = firstMonth; m <= last; m++) {
                int k = m - firstMonth;
                String growth = growthSlots.length == 0 ? "1" : "(1+" + refs.input(growthSlots[index]) + ")^" + k;
                Cells.formula(sh, growthRow, column(m), growth, st.number);
                at.add(new MonthRefs(refs, months, slotOf, entry.phase(), Cells.ref(sh, growthRow, column(m)), m));
            }
            r = traffic(r, at);
            r++;
            int x = 0;
            for (PhaseArchitecture cell : months.cells()) {
                if (!cell.phase().equals(entry.phase())) continue;
                r = architecture(r, cell, x++, at);
            }
            for (int m = firstMonth; m <= last; m++) out.add(totals.get(m).toArray(new String[0]));
            return r + 1;
        }

        /** Per month, each architecture's total cell, in scenario order. */
        private final Map<Integer, List<String>> totals = new LinkedHashMap<>();

        /**
         * The traffic of the entry's phase, a row per agent and quantity: laid out before any formula is printed, as a
         * sub-agent's traffic reads its caller's of the same month.
         */
        private int traffic(int r, List<MonthRefs> at) {
            Map<String, Integer> rowOf = new LinkedHashMap<>();
            // which quantities each agent has: printed once against placeholders, since the cells are not laid out yet
            MonthRefs shape = new MonthRefs(refs, months, slotOf, entry.phase(), "1", firstMonth);
            for (WorkbookFormulas.AgentTraffic a : formulas.agents()) {
                for (TrafficField f : formulas.fields()) shape.traffic.put(Refs.key(a.agent(), f), "0");
            }
            List<WorkbookFormulas.AgentTraffic> all = formulas.traffic(shape);
            int first = r;
            for (WorkbookFormulas.AgentTraffic a : all) {
                if (!a.phase().equals(entry.phase())) continue;
                for (TrafficField f : a.formulas().keySet()) {
                    rowOf.put(Refs.key(a.agent(), f), r);
                    Cells.text(sh, r, 0, "Traffic", null);
                    Cells.text(sh, r, AGENT, a.agentName() == null ? "(the workload)" : a.agentName(), null);
                    Cells.text(sh, r, LINE, f.label(), null);
                    r++;
                }
            }
            for (int i = 0; i < at.size(); i++) {
                int c = column(firstMonth + i);
                MonthRefs month = at.get(i);
                rowOf.forEach((key, row) -> month.traffic.put(key, Cells.ref(sh, row, c)));
            }
            for (int i = 0; i < at.size(); i++) {
                int c = column(firstMonth + i);
                int row = first;
                for (WorkbookFormulas.AgentTraffic a : formulas.traffic(at.get(i))) {
                    if (!a.phase().equals(entry.phase())) continue;
                    for (Map.Entry<TrafficField, String> f : a.formulas().entrySet()) Cells.formula(sh, row++, c, f.getValue(), st.number);
                }
            }
            return r;
        }

        /** One architecture's lines, total, the app's nominal total and its tiered prices' account totals; returns the next row. */
        private int architecture(int r, PhaseArchitecture cell, int x, List<MonthRefs> at) {
            // the lines are the same in every month of the phase, only their formulas read another column
            List<List<FormulaLine>> lines = new ArrayList<>();
            for (MonthRefs m : at) lines.add(formulas.lines(cell, m));
            List<FormulaLine> shape = lines.get(0);
            FormulaPricing pricing = formulas.pricing(shape);
            Cells.text(sh, r, 0, cell.architecture(), st.header);
            for (int c = 1; c < FIRST_MONTH; c++) Cells.text(sh, r, c, null, st.header);
            r++;
            int first = r;
            int total = first + shape.size();
            int appRow = total + 1;
            Map<Integer, Integer> groupRow = new LinkedHashMap<>();
            int g = appRow + 1;
            // per group two rows: the account's quantity, then its list cost
            for (Integer id : pricing.groups().keySet().stream().sorted().toList()) {
                groupRow.put(id, g);
                g += 2;
            }
            // each savings plan's covered on-demand USD, month by month, below the accounts; its overflow line reads it (SPEC §13)
            Map<String, List<Integer>> plans = pricing.plans();
            Map<String, Integer> planRow = new LinkedHashMap<>();
            int p = g;
            for (String plan : plans.keySet()) planRow.put(plan, p++);
            // per month, the cell each plan's covered USD is in: a plan's overflow line reads it
            List<Map<String, String>> planCells = new ArrayList<>();
            for (int j = 0; j < at.size(); j++) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> e : planRow.entrySet()) cells.put(e.getKey(), Cells.local(e.getValue(), column(firstMonth + j)));
                planCells.add(cells);
            }
            for (int i = 0; i < shape.size(); i++) {
                FormulaLine line = shape.get(i);
                Cells.text(sh, first + i, 0, cell.architecture(), null);
                Cells.text(sh, first + i, AGENT, line.spec().agent() == null ? Estimate.SHARED : line.spec().agent(), null);
                Cells.text(sh, first + i, LINE, line.spec().name(), null);
                String missing = pricing.missing(i);
                int group = pricing.groupOf(i);
                String note = missing != null ? "missing price " + missing + ": left out of the total"
                        : line.workbookOnly() ? KEPT : group >= 0 ? "priced on the account total below" : null;
                if (note != null) Cells.text(sh, first + i, NOTE, note, st.note);
                if (!pricing.priceable(i)) continue;
                for (int j = 0; j < at.size(); j++) {
                    int c = column(firstMonth + j);
                    String quantity = "(" + FormulaPricing.withCoveredCells(lines.get(j).get(i).quantity(), planCells.get(j)) + ")";
                    Cells.formula(sh, first + i, c, pricing.usd(i, quantity, unit(pricing, i, groupRow, c, at.get(j)), at.get(j)), st.usd);
                }
            }
            for (Map.Entry<String, Integer> e : planRow.entrySet()) {
                Cells.text(sh, e.getValue(), LINE, "On-demand USD the " + e.getKey() + " covers (its lines bill 0; the plan's overflow reads this)", null);
                for (int j = 0; j < at.size(); j++) {
                    int c = column(firstMonth + j);
                    StringBuilder sum = new StringBuilder();
                    for (int i : plans.get(e.getKey())) {
                        sum.append(sum.length() == 0 ? "" : "+").append("(").append(lines.get(j).get(i).quantity()).append(")*")
                                .append(unit(pricing, i, groupRow, c, at.get(j)));
                    }
                    Cells.formula(sh, e.getValue(), c, sum.length() == 0 ? "0" : sum.toString(), st.usd);
                }
            }
            Cells.text(sh, total, 0, cell.architecture(), st.header);
            Cells.text(sh, total, LINE, "Total " + cell.architecture() + " (USD / month)", st.header);
            Cells.text(sh, appRow, LINE, "App nominal USD (the app's estimate of the month, at the scenario's values)", st.note);
            for (int j = 0; j < at.size(); j++) {
                int m = firstMonth + j;
                int c = column(m);
                Cells.formula(sh, total, c, "SUM(" + Cells.local(first, c) + ":" + Cells.local(total - 1, c) + ")", st.usdBold);
                totals.computeIfAbsent(m, k -> new ArrayList<>()).add(Cells.ref(sh, total, c));
                if (m < nominal.size()) Cells.number(sh, appRow, c, nominal.get(m).usd()[x], st.usd);
            }
            for (Map.Entry<Integer, Integer> e : groupRow.entrySet()) group(pricing, e.getKey(), e.getValue(), first, lines, at);
            return p + 1;
        }

        /** A line's unit price in month column c: its list price, or its account's blended rate where it is tiered. */
        private String unit(FormulaPricing pricing, int i, Map<Integer, Integer> groupRow, int c, MonthRefs refs) {
            int group = pricing.groupOf(i);
            String accountTotal = group < 0 ? null : Cells.local(groupRow.get(group), c);
            String cost = group < 0 ? null : Cells.local(groupRow.get(group) + 1, c);
            return pricing.unitPrice(i, accountTotal, cost, refs);
        }

        /** A tiered price's or free allowance's account: its quantity (the sum of its lines') and its list cost, month by month. */
        private void group(FormulaPricing pricing, int id, int r, int first, List<List<FormulaLine>> lines, List<MonthRefs> at) {
            FormulaPricing.Group g = pricing.groups().get(id);
            Cells.text(sh, r, LINE, "Account total of " + g.priceKey() + " (quantity)", null);
            Cells.text(sh, r + 1, LINE, "List cost of that total (USD); free allowance:", null);
            Cells.number(sh, r + 1, NOTE, g.allowance(), st.input);
            for (int j = 0; j < at.size(); j++) {
                int c = column(firstMonth + j);
                StringBuilder sum = new StringBuilder();
                for (int k = 0; k < g.lines().size(); k++) sum.append(k == 0 ? "" : "+").append("(").append(lines.get(j).get(g.lines().get(k)).quantity()).append(")");
                Cells.formula(sh, r, c, sum.toString(), st.number);
                Cells.formula(sh, r + 1, c, pricing.groupCost(id, Cells.local(r, c), Cells.local(r + 1, NOTE), at.get(j)), st.usd);
            }
        }
    }

    /**
     * The slot of the workbook's model (its Inputs row) for each slot of the model with growth; -1 for a growth
     * parameter. The months' model adds only parameters, so the other slots come in the same order.
     */
    private static int[] slotMap(CostModel main, CostModel months) {
        List<Variables.Variable> a = main.variables().all();
        List<Variables.Variable> b = months.variables().all();
        int[] out = new int[b.size()];
        int j = 0;
        for (Variables.Variable v : b) {
            if (months.variables().isParameter(v.index())) {
                out[v.index()] = -1;
                continue;
            }
            if (j >= a.size() || !a.get(j).path().equals(v.path())) {
                throw new IllegalStateException("the forecast's inputs do not line up with the workbook's at " + v.path());
            }
            out[v.index()] = a.get(j++).index();
        }
        if (j != a.size()) throw new IllegalStateException("the forecast's model has " + j + " inputs, the workbook's " + a.size());
        return out;
    }
}
