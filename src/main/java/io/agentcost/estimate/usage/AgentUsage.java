package io.agentcost.estimate.usage;

import static io.agentcost.estimate.expr.Expr.ifLe;
import static io.agentcost.estimate.expr.Expr.input;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.model.WorkloadKey;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One agent's monthly usage in one phase (SPEC §4), as shared definitions every component reads:
 * conversations, turns, attempts with retries, history re-sent and the monthly tokens. Each is stated
 * once here; the workbook shows each in a Traffic cell, the engines compute each once per evaluation.
 */
public final class AgentUsage {

    private final AgentPlan plan;
    private final Map<TrafficField, Def> defs = new EnumMap<>(TrafficField.class);

    /** @param growth multiplies conversations (the forecast's growth within a phase); null where there is none (the workbook's month) */
    AgentUsage(String phase, int index, AgentPlan plan, Expr growth) {
        this.plan = plan;
        Expr conversations = num(plan.count()).times(w(WorkloadKey.MONTHLY_CONVERSATIONS));
        if (growth != null) conversations = conversations.times(growth);
        conversations = conversations.times(num(1).plus(w(WorkloadKey.NON_PROD_USAGE_SHARE)));
        Expr c = define(phase, index, TrafficField.CONVERSATIONS, conversations);
        Expr t = define(phase, index, TrafficField.TURNS_PER_CONVERSATION, w(WorkloadKey.TURNS_PER_CONVERSATION));
        define(phase, index, TrafficField.TURNS, c.times(t));
        Expr a = define(phase, index, TrafficField.ATTEMPTS, Expr.series(w(WorkloadKey.RETRY_RATE), w(WorkloadKey.MAX_RETRIES)));
        Expr k = w(WorkloadKey.LLM_CALLS_PER_TURN);
        Expr s = w(WorkloadKey.SYSTEM_PROMPT_TOKENS);
        Expr u = w(WorkloadKey.USER_TOKENS_PER_TURN);
        Expr o = w(WorkloadKey.OUTPUT_TOKENS_PER_CALL);
        Expr perTurn = u.plus(o);
        Expr base = plan.fullHistory() ? historyFull(t, perTurn)
                : historyWindow(t, perTurn, input(plan.windowSlot()), input(plan.summarySlot()));
        // the workbook's history-window lever re-sends only the last N turns, with the summary lever's tokens
        Expr summary = Expr.override(Lever.SUMMARY_TOKENS, plan.fullHistory() ? num(0) : input(plan.summarySlot()));
        Expr windowed = historyWindow(t, perTurn, new Expr.LeverValue(Lever.HISTORY_WINDOW), summary);
        Expr h = define(phase, index, TrafficField.HISTORY, new Expr.Lever(Lever.HISTORY_WINDOW, base, windowed));
        define(phase, index, TrafficField.PREFIX_TOKENS, k.times(t.times(s).plus(h)).times(c).times(a));
        define(phase, index, TrafficField.FRESH_TOKENS, k.times(t).times(u).times(c).times(a));
        define(phase, index, TrafficField.OUTPUT_TOKENS, k.times(t).times(o).times(c).times(a));
    }

    private Expr define(String phase, int index, TrafficField f, Expr body) {
        Def d = new Def(phase + "/" + (plan.name() == null ? "workload" : plan.name()) + "/" + f.name().toLowerCase(Locale.ROOT),
                Cell.traffic(phase, index, f), body);
        defs.put(f, d);
        return d.ref();
    }

    /** Σ_{t=1..T} (t−1)(U+O) = (U+O)·T(T−1)/2; no history below one full turn. */
    static Expr historyFull(Expr t, Expr perTurn) {
        return ifLe(t, num(1), num(0), perTurn.times(t).times(t.minus(num(1))).over(2));
    }

    /** Window N with summary Z once older turns exist: (U+O)·[N(N+1)/2 + N(T−1−N)] + Z·(T−1−N). */
    static Expr historyWindow(Expr t, Expr perTurn, Expr n, Expr z) {
        Expr beyond = t.minus(num(1)).minus(n);
        Expr windowed = perTurn.times(n.times(n.plus(num(1))).over(2).plus(n.times(beyond))).plus(z.times(beyond));
        return ifLe(t.minus(num(1)), n, historyFull(t, perTurn), windowed);
    }

    public AgentPlan plan() {
        return plan;
    }

    /** A traffic quantity, as a reference to its definition. */
    public Expr traffic(TrafficField f) {
        return defs.get(f).ref();
    }

    public Def def(TrafficField f) {
        return defs.get(f);
    }

    /**
     * A workload key of this agent, through the workbook lever that can replace it (cache hit rate,
     * batch share, log and trace sampling as overrides; same-AZ placement as a switch to no cross-AZ bytes).
     */
    public Expr w(WorkloadKey k) {
        Expr base = input(plan.slot(k));
        return switch (k) {
            case CACHE_HIT_RATE -> Expr.override(Lever.CACHE_HIT_RATE, base);
            case BATCH_SHARE -> Expr.override(Lever.BATCH_SHARE, base);
            case LOG_SAMPLING -> Expr.override(Lever.LOG_SAMPLING, base);
            case TRACE_SAMPLING -> Expr.override(Lever.TRACE_SAMPLING, base);
            case CROSS_AZ_SHARE -> new Expr.Lever(Lever.SAME_AZ, base, num(0));
            default -> base;
        };
    }
}
