package io.agentcost.estimate.usage;

import static io.agentcost.estimate.expr.Expr.ifLe;
import static io.agentcost.estimate.expr.Expr.input;
import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.mean;
import static io.agentcost.estimate.expr.Expr.min;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.expr.Scalar;
import io.agentcost.estimate.expr.Spread;
import io.agentcost.model.WorkloadKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One agent's monthly usage in one phase (SPEC §4, §12), as shared definitions every component reads:
 * conversations, turns, attempts with retries, history re-sent and the monthly tokens. Each is stated
 * once here; the workbook shows each in a Traffic cell, the engines compute each once per evaluation.
 *
 * <p>Agent loops (SPEC §12): K' = min(K, B) LLM calls per turn, k1 = E[K'], k2 = E[K'(K'−1)/2], k3 = E[max(0, K'−1)]
 * (means over the spread of K where it varies), ρ = R / E[K] tool calls per call; within a turn W = (α·O + ρ·Rt)·k2
 * tokens are re-sent, and a turn adds h = U + O + keep·(α·k3·O + ρ·k1·Rt) to the history; P(T) = k1·(T·(S + S_t) + Hs(T))
 * + T·W, F = k1·T·U, Out = k1·T·(O + Zr), each a mean over the spread of T where it varies. With none of the loop keys
 * the trees are those of §4, operation for operation, so the nominal numbers stay bit for bit the same.
 */
public final class AgentUsage {

    /** One part of a token bill: what it is (null: the bill is not split, the line keeps its §4 name) and its monthly tokens. */
    public record Part(String what, Expr tokens) {
    }

    private final String phase;
    private final int index;
    private final AgentPlan plan;
    private final Map<TrafficField, Def> defs = new EnumMap<>(TrafficField.class);
    private final List<Part> prefix = new ArrayList<>();
    private final List<Part> output = new ArrayList<>();
    private final Expr toolCalls;
    private final Expr callsPerTurn;
    /** What the long-context split (SPEC §13) restates per turn: see {@link #longContext}. */
    private final Ingredients in;
    /** The threshold whose min(T, m) has this agent's Traffic cell, and that cell (null until a model with one is billed). */
    private Double shortTurnsThreshold;
    private Expr shortTurnsRef;

    /** The per-conversation quantities a call's input is made of, kept to split the month's tokens at a context threshold. */
    private record Ingredients(Expr c, Expr t, Expr a, Expr k1, Expr system, Expr u, Expr o, Expr reasoning, Expr within,
                               Expr extra, Expr window, Expr summary) {
    }

    /**
     * @param growth      multiplies conversations (the forecast's growth within a phase); null where there is none (the workbook's month)
     * @param parentTurns the monthly turns of the agent that starts this one (spawned_by), or null for an agent users start
     */
    AgentUsage(String phase, int index, AgentPlan plan, Expr growth, Expr parentTurns) {
        this.phase = phase;
        this.index = index;
        this.plan = plan;
        Expr conversations;
        if (parentTurns != null) {
            // SPEC §12: C_parent × E[T_parent] × per_turn; the parent's count, growth and non-production share are in its turns
            conversations = parentTurns.times(input(plan.perTurnSlot()));
        } else {
            conversations = num(plan.count()).times(w(WorkloadKey.MONTHLY_CONVERSATIONS));
            if (growth != null) conversations = conversations.times(growth);
            conversations = conversations.times(num(1).plus(w(WorkloadKey.NON_PROD_USAGE_SHARE)));
        }
        Expr c = define(TrafficField.CONVERSATIONS, conversations);
        Spread turns = plan.turns();
        Expr t = define(TrafficField.TURNS_PER_CONVERSATION, turns == null ? w(WorkloadKey.TURNS_PER_CONVERSATION) : mean("turns per conversation, E[T]", turns, x -> x));
        define(TrafficField.TURNS, c.times(t));
        Expr a = define(TrafficField.ATTEMPTS, Expr.series(w(WorkloadKey.RETRY_RATE), w(WorkloadKey.MAX_RETRIES)));
        Expr s = w(WorkloadKey.SYSTEM_PROMPT_TOKENS);
        Expr u = w(WorkloadKey.USER_TOKENS_PER_TURN);
        Expr o = w(WorkloadKey.OUTPUT_TOKENS_PER_CALL);

        // calls per turn: k1 = E[K'], the uncapped mean E[K] (ρ's divisor), k2 and k3 where a loop needs them
        Expr budget = plan.has(WorkloadKey.STEP_BUDGET) ? w(WorkloadKey.STEP_BUDGET) : null;
        Spread calls = plan.calls();
        Expr kMean;
        Expr k1;
        Expr k2;
        Expr k3;
        if (calls == null) {
            kMean = w(WorkloadKey.LLM_CALLS_PER_TURN);
            k1 = budget == null ? kMean : define(TrafficField.CALLS_PER_TURN, min(kMean, budget));
            // clamped at 0: a fraction of a call re-sends nothing (decision 0016)
            k2 = max(num(0), k1.times(k1.minus(num(1))).over(2));
            k3 = max(num(0), k1.minus(num(1)));
        } else {
            kMean = mean("LLM calls per turn before the step budget, E[K]", calls, x -> x);
            k1 = budget == null ? define(TrafficField.CALLS_PER_TURN, kMean)
                    : define(TrafficField.CALLS_PER_TURN, mean("LLM calls per turn within the step budget, E[min(K, B)]", calls, x -> min(x, budget)));
            k2 = mean("earlier calls of the turn each call re-sends, summed, E[K'(K'−1)/2]", calls, x -> {
                Expr kk = budget == null ? x : min(x, budget);
                return max(num(0), kk.times(kk.minus(num(1))).over(2));
            });
            k3 = mean("calls after the first of a turn, E[max(0, K'−1)]", calls, x -> max(num(0), (budget == null ? x : min(x, budget)).minus(num(1))));
        }
        callsPerTurn = k1;
        Expr r = w(WorkloadKey.TOOL_CALLS_PER_TURN);
        // ρ = R / E[K], 0 when E[K] = 0
        Expr rho = ifLe(kMean, num(0), num(0), r.over(kMean));
        // R' = ρ·k1 (= R without a step budget: the §4 tree)
        toolCalls = budget == null ? r : define(TrafficField.TOOL_CALLS_PER_TURN, ifLe(kMean, num(0), num(0), r.times(k1).over(kMean)));

        boolean alpha = plan.accumulate();
        Expr rt = plan.has(WorkloadKey.TOOL_RESULT_TOKENS) ? w(WorkloadKey.TOOL_RESULT_TOKENS) : null;
        // re-sent within a turn: W = (α·O + ρ·Rt)·k2
        Expr perCall = alpha ? o : null;
        if (rt != null) perCall = sum(perCall, rho.times(rt));
        Expr within = perCall == null ? null : define(TrafficField.WITHIN_TURN, perCall.times(k2));
        // what a turn adds to the history beyond U + O: keep·(α·k3·O + ρ·k1·Rt)
        Expr extra = null;
        if (plan.keepToolResults()) {
            if (alpha) extra = k3.times(o);
            if (rt != null) extra = sum(extra, rho.times(k1).times(rt));
        }

        Expr z = plan.fullHistory() ? null : input(plan.summarySlot());
        // the workbook's history-window lever re-sends only the last N turns, with the summary lever's tokens
        Expr zLever = Expr.override(Lever.SUMMARY_TOKENS, plan.fullHistory() ? num(0) : input(plan.summarySlot()));
        Expr messages = history(t, u.plus(o), z, zLever);
        Expr schema = plan.has(WorkloadKey.TOOL_SCHEMA_TOKENS) ? s.plus(w(WorkloadKey.TOOL_SCHEMA_TOKENS)) : s;
        Expr reasoning = plan.has(WorkloadKey.REASONING_TOKENS_PER_CALL) ? w(WorkloadKey.REASONING_TOKENS_PER_CALL) : null;
        in = new Ingredients(c, t, a, k1, schema, u, o, reasoning, within, extra, plan.fullHistory() ? null : input(plan.windowSlot()), z);
        if (!plan.loops()) {
            Expr h = define(TrafficField.HISTORY, messages);
            Expr p = define(TrafficField.PREFIX_TOKENS, k1.times(t.times(s).plus(h)).times(c).times(a));
            define(TrafficField.FRESH_TOKENS, k1.times(t).times(u).times(c).times(a));
            Expr out = define(TrafficField.OUTPUT_TOKENS, k1.times(t).times(o).times(c).times(a));
            prefix.add(new Part(null, p));
            output.add(new Part(null, out));
            return;
        }
        Expr tools = extra == null ? null : define(TrafficField.TOOL_HISTORY, history(t, extra, null, null));
        define(TrafficField.HISTORY, sum(messages, tools));
        prefix.add(new Part("system prompt and tool definitions",
                define(TrafficField.SYSTEM_PREFIX_TOKENS, k1.times(t.times(schema)).times(c).times(a))));
        prefix.add(new Part("re-sent history", define(TrafficField.HISTORY_PREFIX_TOKENS, k1.times(messages).times(c).times(a))));
        String which = rt != null && alpha ? "tool results and intermediate outputs" : rt != null ? "tool results" : "intermediate outputs";
        if (tools != null) {
            prefix.add(new Part(which + " re-sent in history",
                    define(TrafficField.TOOL_HISTORY_PREFIX_TOKENS, k1.times(tools).times(c).times(a))));
        }
        if (within != null) {
            String seen = rt != null && alpha ? "tool results and earlier calls' outputs" : rt != null ? "tool results" : "earlier calls' outputs";
            prefix.add(new Part(seen + " within the turn", define(TrafficField.WITHIN_TURN_PREFIX_TOKENS, t.times(within).times(c).times(a))));
        }
        Expr p = null;
        for (Part part : prefix) p = sum(p, part.tokens());
        define(TrafficField.PREFIX_TOKENS, p);
        define(TrafficField.FRESH_TOKENS, k1.times(t).times(u).times(c).times(a));
        output.add(new Part("answers", define(TrafficField.ANSWER_TOKENS, k1.times(t).times(o).times(c).times(a))));
        if (reasoning != null) {
            output.add(new Part("reasoning", define(TrafficField.REASONING_TOKENS,
                    k1.times(t).times(reasoning).times(c).times(a))));
        }
        Expr out = null;
        for (Part part : output) out = sum(out, part.tokens());
        define(TrafficField.OUTPUT_TOKENS, out);
    }

    private static Expr sum(Expr a, Expr b) {
        return a == null ? b : b == null ? a : a.plus(b);
    }

    /**
     * History re-sent per conversation when a turn adds {@code perTurn} tokens (SPEC §4 with U + O replaced by h):
     * full, or the window with the summary z (null: none); where T varies, the mean over its spread, perTurn·E[f(T)] +
     * z·E[g(T)], each mean a number known before the run. The workbook's window lever replaces the scenario's choice.
     */
    private Expr history(Expr t, Expr perTurn, Expr z, Expr zLever) {
        Spread turns = plan.turns();
        Expr n = plan.fullHistory() ? null : input(plan.windowSlot());
        Expr window = new Expr.LeverValue(Lever.HISTORY_WINDOW);
        Expr base;
        Expr windowed;
        if (turns == null) {
            base = n == null ? historyFull(t, perTurn) : historyWindow(t, perTurn, n, z == null ? num(0) : z);
            windowed = historyWindow(t, perTurn, window, zLever == null ? num(0) : zLever);
        } else {
            base = perTurn.times(mean("turns of history re-sent per conversation", turns, x -> n == null ? historyFull(x, num(1)) : historyWindow(x, num(1), n, num(0))));
            if (n != null && z != null) base = base.plus(z.times(mean("turns with a summary re-sent (beyond the window)", turns, x -> beyond(x, n))));
            windowed = perTurn.times(mean("turns of history re-sent at the window lever", turns, x -> historyWindow(x, num(1), window, num(0))));
            if (zLever != null) windowed = windowed.plus(zLever.times(mean("turns with a summary re-sent at the window lever", turns, x -> beyond(x, window))));
        }
        return new Expr.Lever(Lever.HISTORY_WINDOW, base, windowed);
    }

    /** Turns older than the window, max(0, T − 1 − N): what the summary stands for. */
    private static Expr beyond(Expr t, Expr n) {
        return ifLe(t.minus(num(1)), n, num(0), t.minus(num(1)).minus(n));
    }

    private Expr define(TrafficField f, Expr body) {
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

    /**
     * The month's tokens of the calls above a long-context threshold, part for part as {@link #prefixParts}, fresh input,
     * {@link #outputParts}; {@code calls} is the month's LLM calls (attempts included) above it, which bill their retrieved
     * context there too.
     */
    public record LongContext(List<Part> prefix, Expr fresh, List<Part> output, Expr calls) {
    }

    /** Stands for "no turn of any length crosses": min(T, NEVER) = T. */
    private static final double NEVER = 1e300;

    /**
     * The tokens billed at long-context prices (SPEC §13, decision 0023): a call whose input exceeds {@code threshold}
     * bills its whole input and output there. A call of turn t (1-based) reads I(t) = S + S_t + U + W/k1 + H(t), where
     * W/k1 is what the turn's calls re-send of each other on average and H(t) the history before turn t: (t−1)·h in full,
     * min(t−1, N)·h + Z·[t−1 > N] with a window, h = what a turn adds. I(t) never falls as t grows, so the first m turns
     * are below the threshold and the rest above: m = ⌊1 + (L − I(1))/h⌋ (0 when I(1) > L); with a window, m = N+1 turns
     * short and the rest long when the window's plateau I = S + S_t + U + W/k1 + N·h + Z is above L, every turn short when
     * it is not. With M = min(T, m), the long turns are T − M and the long history Hs(T) − Hs(M), the §4 closed forms at
     * real T. Where T varies, both are means over its spread, with m fixed before the run at the inputs' medians (exact
     * for the nominal estimate, and for every draw when those inputs are fixed). {@code retrieved} (null: no retrieval) is
     * the retrieved context R every call also reads (decision 0028): I(t) gains R, never re-sent, so h is unchanged.
     * Without a spread of T, the workbook's history-window lever moves m too: at the lever, the split is the one of the
     * scenario edited to that window and summary. With one, m stays at the scenario's own history setting.
     */
    public LongContext longContext(double threshold, Variables vars, Expr retrieved) {
        Ingredients g = in;
        Expr own = threshold(threshold, retrieved, g.window, g.summary);
        Split split;
        if (plan.turns() == null) {
            // the workbook's window lever: m, the long turns and the long history of the scenario edited to that window,
            // with the summary lever's tokens (the same window and summary the history lever re-sends)
            Expr zLever = Expr.override(Lever.SUMMARY_TOKENS, plan.fullHistory() ? num(0) : input(plan.summarySlot()));
            Expr window = new Expr.LeverValue(Lever.HISTORY_WINDOW);
            Expr shortTurns = shortTurns(threshold, atLever(min(g.t, own), min(g.t, threshold(threshold, retrieved, window, zLever))));
            Split mine = fixed(shortTurns, g.window, g.summary);
            Split lever = fixed(shortTurns, window, zLever);
            split = new Split(mine.turns, atLever(mine.messages, lever.messages), mine.tools == null ? null : atLever(mine.tools, lever.tools));
        } else {
            // the body of a mean reads fixed inputs only: the threshold turn is a number known before the run
            split = varying(num(new Scalar(vars.medians()).eval(own)));
        }
        Expr longTurns = split.turns;
        Expr longMessages = split.messages;
        Expr longTools = split.tools;
        List<Part> longPrefix = new ArrayList<>();
        List<Part> longOutput = new ArrayList<>();
        if (!plan.loops()) {
            longPrefix.add(new Part(null, g.k1.times(longTurns.times(g.system).plus(longMessages)).times(g.c).times(g.a)));
            longOutput.add(new Part(null, g.k1.times(longTurns).times(g.o).times(g.c).times(g.a)));
        } else {
            List<Expr> parts = new ArrayList<>(List.of(g.k1.times(longTurns.times(g.system)).times(g.c).times(g.a),
                    g.k1.times(longMessages).times(g.c).times(g.a)));
            if (longTools != null) parts.add(g.k1.times(longTools).times(g.c).times(g.a));
            if (g.within != null) parts.add(longTurns.times(g.within).times(g.c).times(g.a));
            for (int i = 0; i < prefix.size(); i++) longPrefix.add(new Part(prefix.get(i).what(), parts.get(i)));
            longOutput.add(new Part("answers", g.k1.times(longTurns).times(g.o).times(g.c).times(g.a)));
            if (g.reasoning != null) longOutput.add(new Part("reasoning", g.k1.times(longTurns).times(g.reasoning).times(g.c).times(g.a)));
        }
        return new LongContext(longPrefix, g.k1.times(longTurns).times(g.u).times(g.c).times(g.a), longOutput,
                g.k1.times(longTurns).times(g.c).times(g.a));
    }

    /** The long part of a conversation: turns above the threshold, and the message and tool history they re-send. */
    private record Split(Expr turns, Expr messages, Expr tools) {
    }

    private static Expr atLever(Expr own, Expr lever) {
        return new Expr.Lever(Lever.HISTORY_WINDOW, own, lever);
    }

    /**
     * The threshold turn m with history {@code window} (null: full) and summary {@code z}: the first m turns of a
     * conversation read at most {@code threshold} tokens a call.
     */
    private Expr threshold(double threshold, Expr retrieved, Expr window, Expr z) {
        Ingredients g = in;
        Expr lim = num(threshold);
        Expr perTurn = g.extra == null ? g.u.plus(g.o) : g.u.plus(g.o).plus(g.extra);
        Expr first = g.system.plus(g.u);
        if (retrieved != null) first = first.plus(retrieved);
        if (g.within != null) first = first.plus(ifLe(g.k1, num(0), num(0), g.within.over(g.k1)));
        Expr m = ifLe(first, lim, floor(num(1).plus(lim.minus(first).over(max(perTurn, num(1e-300))))), num(0));
        if (window == null) return m;
        Expr plateau = first.plus(window.times(perTurn)).plus(z);
        return ifLe(m, window, m, ifLe(plateau, lim, num(NEVER), floor(window).plus(num(1))));
    }

    /**
     * min(T, m) as a Traffic cell, which the long lines read many times (inline, the formula would pass Excel's 8,192
     * characters); one cell per agent, so a second threshold of other models of the agent stays inline.
     */
    private Expr shortTurns(double threshold, Expr body) {
        if (shortTurnsThreshold == null) {
            shortTurnsThreshold = threshold;
            shortTurnsRef = define(TrafficField.TURNS_BELOW_LONG_CONTEXT, body);
        }
        return shortTurnsThreshold.doubleValue() == threshold ? shortTurnsRef : body;
    }

    /** The long part of a conversation of T turns (fixed), M = min(T, m) of them short, with history {@code window} (null: full). */
    private Split fixed(Expr shortTurns, Expr window, Expr z) {
        Ingredients g = in;
        Expr messages = hist(g.t, g.u.plus(g.o), window, z).minus(hist(shortTurns, g.u.plus(g.o), window, z));
        Expr tools = g.extra == null ? null : hist(g.t, g.extra, window, null).minus(hist(shortTurns, g.extra, window, null));
        return new Split(g.t.minus(shortTurns), messages, tools);
    }

    /**
     * The long part as means over the spread of T, with the threshold turn {@code mm} a number and the scenario's own
     * history setting: the workbook's window lever cannot enter it (decision 0023).
     */
    private Split varying(Expr mm) {
        Ingredients g = in;
        Spread turns = plan.turns();
        Expr longTurns = mean("turns above the long-context threshold per conversation", turns, x -> x.minus(min(x, mm)));
        Expr unit = mean("turns of history re-sent above the long-context threshold", turns,
                x -> hist(x, num(1), g.window, null).minus(hist(min(x, mm), num(1), g.window, null)));
        Expr messages = g.u.plus(g.o).times(unit);
        if (g.window != null) {
            messages = messages.plus(g.summary.times(mean("turns with a summary re-sent above the long-context threshold", turns,
                    x -> beyond(x, g.window).minus(beyond(min(x, mm), g.window)))));
        }
        return new Split(longTurns, messages, g.extra == null ? null : g.extra.times(unit));
    }

    /** The history of T turns, full (window null) or with the window and summary z (null: none). */
    private static Expr hist(Expr t, Expr perTurn, Expr window, Expr z) {
        return window == null ? historyFull(t, perTurn) : historyWindow(t, perTurn, window, z == null ? num(0) : z);
    }

    /** ⌊x⌋ = −⌈−x⌉. */
    private static Expr floor(Expr x) {
        return num(0).minus(Expr.ceil(num(0).minus(x)));
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

    /** The traffic fields this agent defines (the loop fields only where it uses them), in Traffic-sheet order. */
    public Set<TrafficField> fields() {
        return defs.keySet();
    }

    /** The cacheable prefix of the month in parts (one part, named null, when the agent does not loop). */
    public List<Part> prefixParts() {
        return List.copyOf(prefix);
    }

    /** The output of the month in parts: answers and reasoning (one part, named null, when the agent does not loop). */
    public List<Part> outputParts() {
        return List.copyOf(output);
    }

    /** LLM calls per turn k1 = E[min(K, B)] (K where there is no step budget and K does not vary), as every token line counts them. */
    public Expr callsPerTurn() {
        return callsPerTurn;
    }

    /** Tool calls per turn R' (SPEC §12): what reads tool calls per turn, such as the AgentCore gateway, reads this. */
    public Expr toolCallsPerTurn() {
        return toolCalls;
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
