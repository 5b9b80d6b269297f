package io.agentcost.estimate;

import java.util.ArrayList;
import java.util.List;

/** Receives each line's quantity formula, in the same order as {@link LineSink} receives numbers. */
final class FormulaSink {

    private final List<FormulaLine> lines = new ArrayList<>();

    void add(LineSpec spec, String quantity) {
        lines.add(new FormulaLine(spec, quantity, false));
    }

    /** A line the app leaves out (0 at the scenario's own values) that an edit in the workbook can move. */
    void addWorkbookOnly(LineSpec spec, String quantity) {
        lines.add(new FormulaLine(spec, quantity, true));
    }

    List<FormulaLine> lines() {
        return List.copyOf(lines);
    }
}
