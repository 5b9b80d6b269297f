package io.agentcost.estimate.line;

import io.agentcost.estimate.expr.Expr;

/** A warning raised in any evaluation where {@code value} exceeds {@code limit} (demand above an endpoint's capacity). */
public record Check(Expr value, Expr limit, String message) {
}
