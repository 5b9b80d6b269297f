package io.agentcost.export;

import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.estimate.workbook.WorkbookFormulas;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The usage every line is built on, per phase and agent (SPEC §4): conversations, turns, retries,
 * history re-sent and monthly tokens, as formulas of the Inputs and Levers; then each phase's
 * non-production multiplier for fixed infrastructure and the conversations the unit costs divide by.
 */
final class TrafficSheet {

    private static final int FIRST_FIELD = 2;

    private TrafficSheet() {
    }

    /** The rows: a header, one row per phase and agent, a blank row, a header, one row per phase's multiplier. */
    private static int agentRow(int index) {
        return 1 + index;
    }

    private static int multiplierRow(int agents, int phase) {
        return agentRow(agents) + 2 + phase;
    }

    /** Lays out the cells (so formulas can refer to them) before any formula is asked for. */
    static void layout(Sheet sh, Refs refs, List<WorkbookFormulas.AgentTraffic> agents, List<TrafficField> fields, List<String> phases) {
        for (int i = 0; i < agents.size(); i++) {
            WorkbookFormulas.AgentTraffic a = agents.get(i);
            for (TrafficField f : fields) {
                refs.traffic.put(Refs.key(a.phase(), a.agent(), f), Cells.ref(sh, agentRow(i), FIRST_FIELD + fields.indexOf(f)));
            }
        }
        for (int p = 0; p < phases.size(); p++) {
            int r = multiplierRow(agents.size(), p);
            refs.fixed.put(phases.get(p), Cells.ref(sh, r, FIRST_FIELD));
            refs.started.put(phases.get(p), Cells.ref(sh, r, FIRST_FIELD + 1));
            refs.resolved.put(phases.get(p), Cells.ref(sh, r, FIRST_FIELD + 2));
        }
    }

    static void write(Sheet sh, Styles st, WorkbookFormulas formulas, Refs refs, List<String> phases) {
        Cells.text(sh, 0, 0, "Phase", st.header);
        Cells.text(sh, 0, 1, "Agent", st.header);
        List<TrafficField> fields = formulas.fields();
        for (TrafficField f : fields) Cells.text(sh, 0, FIRST_FIELD + fields.indexOf(f), f.label(), st.header);
        sh.createFreezePane(FIRST_FIELD, 1);
        List<WorkbookFormulas.AgentTraffic> agents = formulas.traffic(refs);
        for (int i = 0; i < agents.size(); i++) {
            WorkbookFormulas.AgentTraffic a = agents.get(i);
            int r = agentRow(i);
            Cells.text(sh, r, 0, a.phase(), null);
            Cells.text(sh, r, 1, a.agentName() == null ? "(the workload)" : a.agentName(), null);
            for (Map.Entry<TrafficField, String> e : a.formulas().entrySet()) {
                Cells.formula(sh, r, FIRST_FIELD + fields.indexOf(e.getKey()), e.getValue(), st.number);
            }
        }
        int header = multiplierRow(agents.size(), 0) - 1;
        Cells.text(sh, header, 0, "Phase", st.header);
        Cells.text(sh, header, 1, "", st.header);
        Cells.text(sh, header, FIRST_FIELD, "Fixed infrastructure multiplier: 1 + environments × uptime", st.header);
        // SPEC §12: production conversations of the agents users start (no non-production, no sub-agents)
        Cells.text(sh, header, FIRST_FIELD + 1, "Conversations users start / month (production; divides USD per conversation)", st.header);
        Cells.text(sh, header, FIRST_FIELD + 2, "Resolved conversations / month (× resolution rate)", st.header);
        // the label wraps over four lines in its column: without the height only the last lines show
        Cells.row(sh, header).setHeightInPoints(60);
        for (int p = 0; p < phases.size(); p++) {
            int r = multiplierRow(agents.size(), p);
            Cells.text(sh, r, 0, phases.get(p), null);
            Cells.formula(sh, r, FIRST_FIELD, formulas.fixedMultiplier(phases.get(p), refs), st.number);
            Cells.formula(sh, r, FIRST_FIELD + 1, formulas.startedConversations(phases.get(p), refs), st.number);
            Cells.formula(sh, r, FIRST_FIELD + 2, formulas.resolvedConversations(phases.get(p), refs), st.number);
        }
        sh.setColumnWidth(0, 16 * 256);
        sh.setColumnWidth(1, 22 * 256);
        for (int f = 0; f < fields.size(); f++) sh.setColumnWidth(FIRST_FIELD + f, 20 * 256);
        Cells.row(sh, 0).setHeightInPoints(45);
    }
}
