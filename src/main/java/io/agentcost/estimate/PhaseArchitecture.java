package io.agentcost.estimate;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.expr.Reads;
import io.agentcost.estimate.line.Check;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Plan;
import io.agentcost.estimate.usage.PhaseUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One architecture in one phase, compiled: its lines, each quantity an expression of the inputs, and the warnings it checks. */
public final class PhaseArchitecture {

    private final String phase;
    private final String architecture;
    private final PhaseUsage usage;
    private final List<Line> lines;
    private final List<Line> appLines;
    private final List<Check> checks;
    private final List<Line> oneTime;
    private final List<Plan> plans;
    private final Expr wasted;

    PhaseArchitecture(String phase, String architecture, PhaseUsage usage, List<Line> lines, List<Check> checks) {
        this(phase, architecture, usage, lines, checks, List.of(), List.of(), null);
    }

    PhaseArchitecture(String phase, String architecture, PhaseUsage usage, List<Line> lines, List<Check> checks, List<Line> oneTime,
                      List<Plan> plans, Expr wasted) {
        this.phase = phase;
        this.architecture = architecture;
        this.usage = usage;
        this.lines = List.copyOf(lines);
        this.appLines = lines.stream().filter(l -> !l.workbookOnly()).toList();
        this.checks = List.copyOf(checks);
        this.oneTime = List.copyOf(oneTime);
        this.plans = List.copyOf(plans);
        this.wasted = wasted;
    }

    /** Costs paid once, in the forecast's month 0 (the same in every phase: they read architecture-level inputs). */
    public List<Line> oneTimeLines() {
        return oneTime;
    }

    /** The savings plans whose lines are among these (SPEC §13). */
    public List<Plan> plans() {
        return plans;
    }

    /** 1 in a draw where some commitment of the architecture is partly unused, else 0; null without commitments. */
    public Expr wasted() {
        return wasted;
    }

    public String phase() {
        return phase;
    }

    public String architecture() {
        return architecture;
    }

    public PhaseUsage usage() {
        return usage;
    }

    /** Every line, the workbook-only ones among them (the workbook's sheet). */
    public List<Line> lines() {
        return lines;
    }

    /** The lines of the app's estimate, in order. */
    public List<Line> appLines() {
        return appLines;
    }

    public List<LineSpec> specs() {
        return appLines.stream().map(Line::spec).toList();
    }

    public List<Check> checks() {
        return checks;
    }

    /** Every variable slot the app's lines and warnings read (computed once: a live preview asks on every run). */
    public Set<Integer> reads() {
        Set<Integer> r = reads;
        if (r == null) {
            List<Expr> trees = new ArrayList<>();
            for (Line l : appLines) trees.add(l.quantity());
            if (wasted != null) trees.add(wasted);
            for (Check c : checks) {
                trees.add(c.value());
                trees.add(c.limit());
            }
            reads = r = Set.copyOf(Reads.slots(trees));
        }
        return r;
    }

    /** An immutable set, so a race computes it twice at worst. */
    private volatile Set<Integer> reads;
}
