package io.agentcost.estimate;

import io.agentcost.model.WorkloadKey;

/**
 * The monthly usage of one agent in one iteration: conversations, turns and tokens with history
 * and retries (SPEC §4). Mutable and reused across iterations to keep the hot loop allocation-free.
 */
public final class Traffic {

    final double[] w = new double[AgentPlan.KEYS];
    /** Billed conversations: count × monthly_conversations × (1 + non_prod_usage_share). */
    double conversations;
    double turnsPerConversation;
    /** C·T. */
    double turns;
    /** Attempts per LLM call: Σ_{i=0..max_retries} retry_rate^i. */
    double attempts;
    /** Monthly tokens after retries: cacheable prefix, fresh input, output. */
    double prefixTokens;
    double freshTokens;
    double outputTokens;

    /** How many traffic features an affine component reads per agent (see {@link #feature}). */
    static final int FEATURES = 5;
    static final int OUTPUT_TOKENS = 4;

    /** Feature f of this agent: conversations, turns, prefix, fresh and output tokens. */
    double feature(int f) {
        return switch (f) {
            case 0 -> conversations;
            case 1 -> turns;
            case 2 -> prefixTokens;
            case 3 -> freshTokens;
            default -> outputTokens;
        };
    }

    /** Sets the features and poisons every other derived field, so a component that reads one shows up as NaN. */
    void setFeatures(double[] x, int offset) {
        conversations = x[offset];
        turns = x[offset + 1];
        prefixTokens = x[offset + 2];
        freshTokens = x[offset + 3];
        outputTokens = x[offset + 4];
        turnsPerConversation = Double.NaN;
        attempts = Double.NaN;
    }

    double get(WorkloadKey k) {
        return w[k.ordinal()];
    }

    /** @param growth multiplies conversations (monthly growth compounded in the forecast; 1 otherwise) */
    void compute(AgentPlan plan, double[] vars, double growth) {
        int[] slots = plan.slots();
        for (int i = 0; i < w.length; i++) w[i] = vars[slots[i]];
        double c = plan.count() * get(WorkloadKey.MONTHLY_CONVERSATIONS) * growth * (1 + get(WorkloadKey.NON_PROD_USAGE_SHARE));
        double t = get(WorkloadKey.TURNS_PER_CONVERSATION);
        double k = get(WorkloadKey.LLM_CALLS_PER_TURN);
        double s = get(WorkloadKey.SYSTEM_PROMPT_TOKENS);
        double u = get(WorkloadKey.USER_TOKENS_PER_TURN);
        double o = get(WorkloadKey.OUTPUT_TOKENS_PER_CALL);
        double history = plan.fullHistory()
                ? historyFull(t, u + o)
                : historyWindow(t, u + o, vars[plan.windowSlot()], vars[plan.summarySlot()]);
        double a = attempts(get(WorkloadKey.RETRY_RATE), get(WorkloadKey.MAX_RETRIES));
        conversations = c;
        turnsPerConversation = t;
        turns = c * t;
        attempts = a;
        prefixTokens = k * (t * s + history) * c * a;
        freshTokens = k * t * u * c * a;
        outputTokens = k * t * o * c * a;
    }

    /** Σ_{t=1..T} (t−1)(U+O) = (U+O)·T(T−1)/2; no history below one full turn. */
    static double historyFull(double t, double perTurn) {
        return t <= 1 ? 0 : perTurn * t * (t - 1) / 2;
    }

    /** Window N with summary Z once older turns exist: (U+O)·[N(N+1)/2 + N(T−1−N)] + Z·(T−1−N). */
    static double historyWindow(double t, double perTurn, double n, double z) {
        if (t - 1 <= n) return historyFull(t, perTurn);
        double beyond = t - 1 - n;
        return perTurn * (n * (n + 1) / 2 + n * beyond) + z * beyond;
    }

    static double attempts(double retryRate, double maxRetries) {
        int m = (int) Math.floor(maxRetries);
        double sum = 0;
        double p = 1;
        for (int i = 0; i <= m; i++) {
            sum += p;
            p *= retryRate;
        }
        return sum;
    }
}
