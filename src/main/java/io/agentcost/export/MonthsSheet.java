package io.agentcost.export;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.PhaseArchitecture;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.estimate.workbook.FormulaLine;
import io.agentcost.estimate.workbook.FormulaRefs;
import io.agentcost.estimate.workbook.WorkbookFormulas;
import io.agentcost.model.Estimate;
import io.agentcost.model.TimelineEntry;
import io.agentcost.simulation.NominalForecast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The live forecast's working (SPEC §5, §8): for every month of the timeline, the month's growth of
 * conversations ((1 + monthly growth)^k in the k-th month of its timeline entry, a live formula of the
 * Inputs), the traffic of the month's phase at that growth, and every line of every architecture as the
 * architecture sheets print it, reading the month's traffic. The Forecast sheet adds the month totals up.
 */
final class MonthsSheet {

    static final String NAME = "Forecast lines";

    private MonthsSheet() {
    }

    /**
     * Writes the months; returns per month (index = month, 0 = the one-time costs) the cell of each architecture's
     * live USD, in scenario order.
     */
    static List<String[]> write(Sheet sh, Styles st, Refs refs, CostModel main, CostModel months, List<TimelineEntry> timeline,
                                List<NominalForecast.Month> nominal, List<String> labels) {
        WorkbookFormulas formulas = new WorkbookFormulas(months);
        List<TrafficField> fields = formulas.fields();
        List<WorkbookFormulas.AgentTraffic> agents = formulas.agents();
        int[] slotOf = slotMap(main, months);
        int[] oneTime = main.oneTimeSlots();
        int[] growthSlots = main.growthSlots();
        int archs = main.scenario().architectures().size();
        List<String[]> out = new ArrayList<>();
        String[] first = new String[archs];
        for (int x = 0; x < archs; x++) first[x] = refs.input(oneTime[x]);
        out.add(first);

        for (int c = 0; c < ArchitectureSheet.HEADERS.length; c++) Cells.text(sh, 0, c, ArchitectureSheet.HEADERS[c], st.header);
        Cells.text(sh, 0, ArchitectureSheet.HEADERS.length, "Each month of the Forecast sheet, line by line: live formulas of the"
                + " Inputs, Prices and Levers at that month's conversations (the phase's, × (1 + monthly growth)^k in the k-th"
                + " month of its timeline entry). App nominal USD is the app's estimate of that month.", st.note);
        sh.createFreezePane(0, 1);
        int r = 2;
        int month = 1;
        for (int e = 0; e < timeline.size(); e++) {
            TimelineEntry t = timeline.get(e);
            for (int k = 0; k < t.months(); k++, month++) {
                String label = labels.get(month);
                Cells.text(sh, r, 0, "Month " + label + " · " + t.phase(), st.title);
                r++;
                Cells.text(sh, r, 4, "Growth of conversations this month: (1 + monthly growth of timeline entry " + (e + 1) + ")^" + k,
                        null);
                String growth = growthSlots.length == 0 ? "1" : "(1+" + refs.input(growthSlots[e]) + ")^" + k;
                Cells.formula(sh, r, ArchitectureSheet.QUANTITY, growth, st.number);
                MonthRefs at = new MonthRefs(refs, months, slotOf, t.phase(), Cells.ref(sh, r, ArchitectureSheet.QUANTITY), month);
                r++;
                // the month's traffic: laid out first so the lines (and sub-agents' traffic) can read it
                Cells.text(sh, r, 0, "Traffic", st.header);
                Cells.text(sh, r, 1, "Agent", st.header);
                for (TrafficField f : fields) Cells.text(sh, r, 2 + fields.indexOf(f), f.label(), st.header);
                r++;
                int trafficFirst = r;
                for (WorkbookFormulas.AgentTraffic a : agents) {
                    if (!a.phase().equals(t.phase())) continue;
                    for (TrafficField f : fields) at.traffic.put(Refs.key(a.agent(), f), Cells.ref(sh, r, 2 + fields.indexOf(f)));
                    r++;
                }
                r = trafficFirst;
                for (WorkbookFormulas.AgentTraffic a : formulas.traffic(at)) {
                    if (!a.phase().equals(t.phase())) continue;
                    Cells.text(sh, r, 0, t.phase(), null);
                    Cells.text(sh, r, 1, a.agentName() == null ? "(the workload)" : a.agentName(), null);
                    for (Map.Entry<TrafficField, String> f : a.formulas().entrySet()) {
                        Cells.formula(sh, r, 2 + fields.indexOf(f.getKey()), f.getValue(), st.number);
                    }
                    r++;
                }
                r++;
                String[] totals = new String[archs];
                NominalForecast.Month n = nominal.get(month);
                int x = 0;
                for (PhaseArchitecture cell : months.cells()) {
                    if (!cell.phase().equals(t.phase())) continue;
                    List<FormulaLine> lines = formulas.lines(cell, at);
                    Estimate est = x < n.estimates().size() ? n.estimates().get(x) : null;
                    ArchitectureSheet.Block b = ArchitectureSheet.block(sh, st, at, r, cell.architecture(),
                            "Total " + cell.architecture() + ", month " + label + " (USD)",
                            new ArchitectureSheet.PhaseLines(cell.phase(), lines, formulas.pricing(lines)), est, false);
                    totals[x++] = Cells.ref(sh, b.total(), ArchitectureSheet.USD);
                    r = b.next();
                }
                out.add(totals);
                r++;
            }
        }
        ArchitectureSheet.widths(sh);
        return out;
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

    /** The cells one month reads: its own traffic and growth, everything else where the workbook keeps it. */
    private static final class MonthRefs implements FormulaRefs {
        private final Refs refs;
        private final CostModel months;
        private final int[] slotOf;
        private final String phase;
        private final String growth;
        private final int month;
        final Map<String, String> traffic = new HashMap<>();

        MonthRefs(Refs refs, CostModel months, int[] slotOf, String phase, String growth, int month) {
            this.refs = refs;
            this.months = months;
            this.slotOf = slotOf;
            this.phase = phase;
            this.growth = growth;
            this.month = month;
        }

        @Override
        public String input(int slot) {
            if (slotOf[slot] >= 0) return refs.input(slotOf[slot]);
            // a commitment's term (SPEC §13): 1 in the months it is billed, 0 outside
            for (CostModel.CommitmentSlot c : months.commitmentSlots()) if (c.slot() == slot) return c.commitment().activeIn(month) ? "1" : "0";
            // a phase's growth parameter: this month's for its phase; another phase's traffic is printed and dropped
            int[] phaseGrowth = months.phaseGrowthSlots();
            List<String> phases = months.scenario().phases().stream().map(p -> p.name()).toList();
            return phaseGrowth[phases.indexOf(phase)] == slot ? growth : "1";
        }

        @Override
        public String hours() {
            return refs.hours();
        }

        @Override
        public String discount() {
            return refs.discount();
        }

        @Override
        public String traffic(String phase, int agent, TrafficField field) {
            if (!phase.equals(this.phase)) return refs.traffic(phase, agent, field);
            String cell = traffic.get(Refs.key(agent, field));
            if (cell == null) throw new IllegalStateException("no cell for traffic " + phase + " " + agent + " " + field + " of a month");
            return cell;
        }

        @Override
        public String fixedMultiplier(String phase) {
            return refs.fixedMultiplier(phase);
        }

        @Override
        public String modelShare(String phase, int agent, int model) {
            return refs.modelShare(phase, agent, model);
        }

        @Override
        public String lever(Lever lever) {
            return refs.lever(lever);
        }

        @Override
        public String commitmentLever(CommitmentLever lever) {
            return refs.commitmentLever(lever);
        }

        @Override
        public String rate(String priceKey, int tier) {
            return refs.rate(priceKey, tier);
        }

        @Override
        public String mean(Expr.Mean mean) {
            // the spread's own cells: a what-if edit of a spread moves the forecast's months too
            return refs.mean(mean, this);
        }

        @Override
        public String bound(String priceKey, int tier) {
            return refs.bound(priceKey, tier);
        }
    }
}
