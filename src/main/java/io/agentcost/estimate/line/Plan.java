package io.agentcost.estimate.line;

import io.agentcost.estimate.expr.Def;

/**
 * A savings plan of one phase × architecture (SPEC §13): its key and the on-demand USD of the lines it covers, a
 * definition each back end binds to its own pricing of those lines (the nominal pass's sum, the compiled columns'
 * sum, the workbook's cell), so the plan's commitment and overflow are one expression for all three.
 */
public record Plan(String key, Def coveredUsd) {

    /** Where the workbook shows a plan's covered on-demand USD. */
    public record Covered(String plan) {
    }
}
