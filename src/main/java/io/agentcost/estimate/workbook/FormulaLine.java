package io.agentcost.estimate.workbook;

import io.agentcost.estimate.line.LineSpec;

/**
 * One line of an architecture sheet: its spec and its monthly quantity as a spreadsheet formula (without
 * the leading '='), printed from the line's one definition. {@code workbookOnly} marks a line the app leaves
 * out because an input is fixed at 0; the workbook keeps it, at 0, so a what-if edit or a lever can move it.
 */
public record FormulaLine(LineSpec spec, String quantity, boolean workbookOnly) {
}
