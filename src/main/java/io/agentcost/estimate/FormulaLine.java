package io.agentcost.estimate;

/**
 * One line of an architecture sheet: its spec and its monthly quantity as a spreadsheet formula
 * (without the leading '='). {@code workbookOnly} marks a line the app leaves out because an input
 * is fixed at 0 (batch lines when batch_share is 0, Spot lines, cross-AZ, cross-region and egress
 * bytes): the workbook keeps it, at 0, so a what-if edit of that input or a lever can move it.
 */
public record FormulaLine(LineSpec spec, String quantity, boolean workbookOnly) {
}
