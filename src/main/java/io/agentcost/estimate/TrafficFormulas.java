package io.agentcost.estimate;

import io.agentcost.model.WorkloadKey;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@link Traffic#compute} as spreadsheet formulas: conversations, turns, attempts with retries in
 * closed form, history re-sent (full or windowed, with the history-window lever) and the monthly
 * tokens. Growth is 1: the sheets show one month of each phase.
 */
final class TrafficFormulas {

    private TrafficFormulas() {
    }

    static Map<TrafficField, String> of(FormulaContext f, int g) {
        AgentPlan plan = f.plans[g];
        Map<TrafficField, String> out = new EnumMap<>(TrafficField.class);
        String t = f.t(g, TrafficField.TURNS_PER_CONVERSATION);
        String c = f.t(g, TrafficField.CONVERSATIONS);
        String a = f.t(g, TrafficField.ATTEMPTS);
        String k = f.w(g, WorkloadKey.LLM_CALLS_PER_TURN);
        String s = f.w(g, WorkloadKey.SYSTEM_PROMPT_TOKENS);
        String u = f.w(g, WorkloadKey.USER_TOKENS_PER_TURN);
        String o = f.w(g, WorkloadKey.OUTPUT_TOKENS_PER_CALL);
        out.put(TrafficField.CONVERSATIONS, number(plan.count()) + "*" + f.w(g, WorkloadKey.MONTHLY_CONVERSATIONS)
                + "*(1+" + f.w(g, WorkloadKey.NON_PROD_USAGE_SHARE) + ")");
        out.put(TrafficField.TURNS_PER_CONVERSATION, f.w(g, WorkloadKey.TURNS_PER_CONVERSATION));
        out.put(TrafficField.TURNS, c + "*" + t);
        // Σ_{i=0..m} r^i with m = ⌊max_retries⌋, in closed form (r = 1 gives m + 1 attempts)
        String r = f.w(g, WorkloadKey.RETRY_RATE);
        String m = "INT(" + f.w(g, WorkloadKey.MAX_RETRIES) + ")";
        out.put(TrafficField.ATTEMPTS, "IF(" + r + "=1," + m + "+1,(1-" + r + "^(" + m + "+1))/(1-" + r + "))");
        String perTurn = "(" + u + "+" + o + ")";
        String base = plan.fullHistory() ? full(t, perTurn)
                : window(t, perTurn, f.v(plan.windowSlot()), f.v(plan.summarySlot()));
        String summary = f.override(Lever.SUMMARY_TOKENS, plan.fullHistory() ? "0" : f.v(plan.summarySlot()));
        String lever = f.refs.lever(Lever.HISTORY_WINDOW);
        out.put(TrafficField.HISTORY, "IF(ISNUMBER(" + lever + ")," + window(t, perTurn, lever, summary) + "," + base + ")");
        String h = f.t(g, TrafficField.HISTORY);
        out.put(TrafficField.PREFIX_TOKENS, k + "*(" + t + "*" + s + "+" + h + ")*" + c + "*" + a);
        out.put(TrafficField.FRESH_TOKENS, k + "*" + t + "*" + u + "*" + c + "*" + a);
        out.put(TrafficField.OUTPUT_TOKENS, k + "*" + t + "*" + o + "*" + c + "*" + a);
        return out;
    }

    /** (U+O)·T(T−1)/2, no history below one full turn. */
    private static String full(String t, String perTurn) {
        return "IF(" + t + "<=1,0," + perTurn + "*" + t + "*(" + t + "-1)/2)";
    }

    /** (U+O)·[N(N+1)/2 + N(T−1−N)] + Z·(T−1−N) once older turns exist. */
    private static String window(String t, String perTurn, String n, String z) {
        String beyond = "(" + t + "-1-" + n + ")";
        return "IF(" + t + "-1<=" + n + "," + full(t, perTurn) + "," + perTurn + "*(" + n + "*(" + n + "+1)/2+" + n + "*" + beyond + ")+"
                + z + "*" + beyond + ")";
    }

    static String number(double x) {
        // plain digits: every spreadsheet parses them, exactly the double's shortest decimal form
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
