package io.agentcost.estimate.line;

import io.agentcost.estimate.expr.Expr;

/**
 * A cost line: what it is and its monthly quantity, stated once. {@code workbookOnly} marks a line the
 * app leaves out because an input is fixed at 0 (batch lines when batch_share is 0, Spot lines, cross-AZ,
 * cross-region and egress bytes): the workbook keeps it, at 0, so a what-if edit or a lever can move it.
 */
public record Line(LineSpec spec, Expr quantity, boolean workbookOnly) {
}
