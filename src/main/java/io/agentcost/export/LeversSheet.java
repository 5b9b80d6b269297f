package io.agentcost.export;

import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.workbook.WorkbookFormulas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The optimisations as editable switches (SPEC §8): override levers blank (the Inputs apply), switches
 * at 0, and the model mix as editable shares per phase and agent with a check that they add to 100%.
 */
final class LeversSheet {

    private LeversSheet() {
    }

    /** Excel and LibreOffice refuse a value outside the lever's range with this message (blank stays allowed). */
    private static void validate(Sheet sh, int r, DataValidationConstraint constraint, String message) {
        DataValidation v = sh.getDataValidationHelper().createValidation(constraint, new CellRangeAddressList(r, r, 1, 1));
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox("Lever value", message);
        sh.addValidationData(v);
    }

    /**
     * @param hidden      the levers no line reads (retrieved tokens without retrieval, the Bedrock levers without Bedrock tokens)
     * @param formulas    the commitments whose hourly commitment (plans) or instances (reservations) is a lever (SPEC §13)
     */
    static void write(Sheet sh, Styles st, Names names, Refs refs, List<WorkbookFormulas.ModelShare> shares, Set<Lever> hidden,
                      WorkbookFormulas formulas) {
        Cells.text(sh, 0, 0, "Lever", st.header);
        Cells.text(sh, 0, 1, "Value", st.header);
        Cells.text(sh, 0, 2, "What it does (blank = as on the Inputs sheet; switches: 0 off, 1 on)", st.header);
        sh.createFreezePane(0, 1);
        int r = 1;
        for (Lever l : Lever.values()) {
            if (hidden.contains(l)) continue;
            Cells.text(sh, r, 0, l.label(), null);
            Lever.Kind kind = l.kind();
            var cell = Cells.text(sh, r, 1, null, kind == Lever.Kind.SHARE ? st.inputPercent : st.input);
            if (kind == Lever.Kind.SWITCH) cell.setCellValue(0);
            Cells.text(sh, r, 2, l.help(), st.note);
            refs.levers.put(l, names.define("lever_", l.name().toLowerCase(Locale.ROOT), Cells.ref(sh, r, 1)));
            if (kind == Lever.Kind.SWITCH) validate(sh, r, sh.getDataValidationHelper().createExplicitListConstraint(new String[]{"0", "1"}), "0 = off, 1 = on");
            else if (kind == Lever.Kind.ON_OFF) validate(sh, r, sh.getDataValidationHelper().createExplicitListConstraint(new String[]{"0", "1"}),
                    "0 = off, 1 = on, blank = as in the scenario");
            else if (kind == Lever.Kind.SHARE) validate(sh, r, sh.getDataValidationHelper().createDecimalConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "0", "1"), "a share from 0 to 1 (0% to 100%), or blank");
            else if (kind == Lever.Kind.CHOICE) validate(sh, r, sh.getDataValidationHelper().createExplicitListConstraint(l.options().toArray(String[]::new)),
                    String.join(", ", l.options()) + ", or blank = as in the scenario");
            r++;
        }
        r = commitments(sh, st, names, refs, formulas, r);
        r += 1;
        Cells.text(sh, r, 0, "Model mix (share of each agent's LLM calls)", st.header);
        Cells.text(sh, r, 1, "Share", st.header);
        Cells.text(sh, r, 2, "Phase · agent · model", st.header);
        Cells.text(sh, r, 3, "Sum of the agent's shares", st.header);
        Cells.text(sh, r, 4, "Check", st.header);
        r++;
        int first = r;
        for (int i = 0; i < shares.size(); i++) {
            WorkbookFormulas.ModelShare m = shares.get(i);
            Cells.text(sh, r, 0, m.modelAlias(), null);
            Cells.number(sh, r, 1, m.share(), st.inputPercent);
            Cells.text(sh, r, 2, m.phase() + (m.agentName() == null ? "" : " · " + m.agentName()) + " · " + m.modelAlias(), st.note);
            refs.shares.put(Refs.key(m.phase(), m.agent(), m.model()), Cells.ref(sh, r, 1));
            boolean lastOfAgent = i + 1 == shares.size() || shares.get(i + 1).agent() != m.agent() || !shares.get(i + 1).phase().equals(m.phase());
            if (lastOfAgent) {
                Cells.formula(sh, r, 3, "SUM(" + Cells.local(first, 1) + ":" + Cells.local(r, 1) + ")", st.percent);
                Checks.mixSum(sh, st, r, 4, Cells.local(r, 3));
                first = r + 1;
            }
            r++;
        }
        int[] widths = {42, 12, 70, 14, 40};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    }

    /**
     * A lever per commitment (SPEC §13): a savings plan's hourly commitment, a reservation's instances; blank = the
     * Inputs sheet's hourly_usd or instances. Returns the row after them.
     */
    private static int commitments(Sheet sh, Styles st, Names names, Refs refs, WorkbookFormulas formulas, int r) {
        List<CommitmentLever> all = formulas.commitmentLevers();
        int plans = 0, reservations = 0;
        List<Integer> rows = new ArrayList<>();
        for (CommitmentLever c : all) {
            Cells.text(sh, r, 0, c.label(), null);
            Cells.text(sh, r, 1, null, st.input);
            if (c.reservation()) {
                Cells.text(sh, r, 2, "Instances reserved, billed all month at the reserved rate used or not, the rest on demand; "
                        + "blank = instances on the Inputs sheet", st.note);
                refs.commitmentLevers.put(c, names.define("lever_reserved_", String.valueOf(++reservations), Cells.ref(sh, r, 1)));
                validate(sh, r, sh.getDataValidationHelper().createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                        "instances, 0 or more, or blank");
            } else {
                Cells.text(sh, r, 2, "USD per hour of the plan, billed every hour of its term whatever the use; blank = hourly_usd on the Inputs sheet", st.note);
                refs.commitmentLevers.put(c, names.define("lever_commitment_", String.valueOf(++plans), Cells.ref(sh, r, 1)));
                validate(sh, r, sh.getDataValidationHelper().createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                        "USD per hour, 0 or more, or blank");
            }
            rows.add(r++);
        }
        // the app refuses reservations of a component that add up to more instances than it runs; the workbook flags them
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).reservation()) continue;
            WorkbookFormulas.Reservation res = formulas.reservation(all.get(i));
            if (res.most() == null) continue;
            StringBuilder sum = new StringBuilder();
            for (CommitmentLever l : res.sameComponent()) {
                String lever = refs.commitmentLever(l);
                String instances = refs.input(formulas.reservation(l).instancesSlot());
                sum.append(sum.length() == 0 ? "" : "+").append("IF(ISBLANK(").append(lever).append("),").append(instances).append(',').append(lever).append(')');
            }
            Checks.reserved(sh, st, rows.get(i), 4, "(" + sum + ")", "(" + formulas.most(res, refs) + ")", res.component());
            Cells.text(sh, 0, 4, "Check", st.header);
        }
        return r;
    }
}
