package io.agentcost.estimate;

import io.agentcost.model.WorkloadKey;
import java.util.Arrays;

/**
 * {@link Traffic#compute}'s features of one agent for a whole chunk of draws at once, from the drawn
 * inputs as columns: the same expressions in the same order, so the features are the same to the
 * last bit. Inputs that do not vary are constant columns, filled once.
 */
final class TrafficColumns {

    private final AgentPlan plan;
    private final int offset;
    private final double[] conversations, share, turns, calls, system, user, output, window, summary, retryRate, maxRetries;
    /** Attempts per call when neither retry input varies (NaN otherwise: computed per draw). */
    private final double attempts;

    /**
     * @param vars     every slot's value; those that do not vary are read once, here
     * @param columnOf per slot, the column of {@code varying} that holds it in each chunk (-1: it does not vary)
     * @param offset   where the agent's features start in the phase's feature vector
     */
    TrafficColumns(AgentPlan plan, double[] vars, int[] columnOf, double[][] varying, int offset, int size) {
        this.plan = plan;
        this.offset = offset;
        conversations = column(plan.slot(WorkloadKey.MONTHLY_CONVERSATIONS), vars, columnOf, varying, size);
        share = column(plan.slot(WorkloadKey.NON_PROD_USAGE_SHARE), vars, columnOf, varying, size);
        turns = column(plan.slot(WorkloadKey.TURNS_PER_CONVERSATION), vars, columnOf, varying, size);
        calls = column(plan.slot(WorkloadKey.LLM_CALLS_PER_TURN), vars, columnOf, varying, size);
        system = column(plan.slot(WorkloadKey.SYSTEM_PROMPT_TOKENS), vars, columnOf, varying, size);
        user = column(plan.slot(WorkloadKey.USER_TOKENS_PER_TURN), vars, columnOf, varying, size);
        output = column(plan.slot(WorkloadKey.OUTPUT_TOKENS_PER_CALL), vars, columnOf, varying, size);
        window = plan.fullHistory() ? null : column(plan.windowSlot(), vars, columnOf, varying, size);
        summary = plan.fullHistory() ? null : column(plan.summarySlot(), vars, columnOf, varying, size);
        int retry = plan.slot(WorkloadKey.RETRY_RATE), max = plan.slot(WorkloadKey.MAX_RETRIES);
        retryRate = column(retry, vars, columnOf, varying, size);
        maxRetries = column(max, vars, columnOf, varying, size);
        attempts = columnOf[retry] < 0 && columnOf[max] < 0 ? Traffic.attempts(vars[retry], vars[max]) : Double.NaN;
    }

    private static double[] column(int slot, double[] vars, int[] columnOf, double[][] varying, int size) {
        if (columnOf[slot] >= 0) return varying[columnOf[slot]];
        double[] constant = new double[size];
        Arrays.fill(constant, vars[slot]);
        return constant;
    }

    /** Writes features [offset, offset + FEATURES) of draws [0, count) into {@code features[feature][k]}. */
    void compute(int count, double[][] features) {
        double n = plan.count();
        double growth = 1.0;
        double[] c0 = features[offset], c1 = features[offset + 1], c2 = features[offset + 2], c3 = features[offset + 3],
                c4 = features[offset + 4];
        boolean full = plan.fullHistory();
        boolean fixedAttempts = !Double.isNaN(attempts);
        for (int k = 0; k < count; k++) {
            double c = n * conversations[k] * growth * (1 + share[k]);
            double t = turns[k];
            double kk = calls[k];
            double s = system[k];
            double u = user[k];
            double o = output[k];
            double history = full ? Traffic.historyFull(t, u + o) : Traffic.historyWindow(t, u + o, window[k], summary[k]);
            double a = fixedAttempts ? attempts : Traffic.attempts(retryRate[k], maxRetries[k]);
            c0[k] = c;
            c1[k] = c * t;
            c2[k] = kk * (t * s + history) * c * a;
            c3[k] = kk * t * u * c * a;
            c4[k] = kk * t * o * c * a;
        }
    }
}
