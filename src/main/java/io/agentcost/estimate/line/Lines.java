package io.agentcost.estimate.line;

import io.agentcost.estimate.expr.Expr;
import java.util.ArrayList;
import java.util.List;

/** What the components of one phase × architecture state, in order: their lines and their warnings. */
public final class Lines {

    private final List<Line> lines = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Line> oneTime = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private Expr wasted;

    public void add(LineSpec spec, Expr quantity) {
        lines.add(new Line(spec, quantity, false));
    }

    /** A line the app leaves out (0 at the scenario's own values) that an edit in the workbook can move. */
    public void addWorkbookOnly(LineSpec spec, Expr quantity) {
        lines.add(new Line(spec, quantity, true));
    }

    /** {@code add} when the app has the line, {@code addWorkbookOnly} otherwise. */
    public void add(LineSpec spec, Expr quantity, boolean inTheApp) {
        lines.add(new Line(spec, quantity, !inTheApp));
    }

    /**
     * A cost paid once, in the forecast's month 0 beside one_time_usd (the initial embedding of a corpus): not a monthly
     * line, so no monthly total has it; its quantity reads architecture-level inputs only (decision 0024).
     */
    public void addOneTime(LineSpec spec, Expr quantity) {
        oneTime.add(new Line(spec, quantity, false));
    }

    public List<Line> oneTime() {
        return List.copyOf(oneTime);
    }

    public void warnWhen(Expr value, Expr exceeds, String message) {
        checks.add(new Check(value, exceeds, message));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /** A savings plan whose lines are among these (its covered lines and its commitment and overflow lines). */
    public void addPlan(Plan plan) {
        plans.add(plan);
    }

    public List<Plan> plans() {
        return List.copyOf(plans);
    }

    /** 1 in a draw where some commitment is partly unused, else 0 (SPEC §13); null without commitments. */
    public void wasted(Expr indicator) {
        wasted = indicator;
    }

    public Expr wasted() {
        return wasted;
    }
}
