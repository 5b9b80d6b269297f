package io.agentcost.calibrate;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inputs fitted for one agent (or the whole workload) with what each rests on.
 *
 * @param conversationsByMonth conversations starting in each month, scaled to the whole month by the logs' coverage
 * @param turnsPerConversation spread of turns per conversation, null without conversation keys
 * @param callsPerTurn spread of LLM calls per turn, null without conversation keys
 * @param split  whether system prompt and user tokens could be told apart (turns beyond the first, with logged bodies)
 */
public record AgentFit(String name, long calls, long failed, long ungrouped, long withBody, long conversations,
                       Map<String, Long> models, double outputMean, double outputSd, double inputMean,
                       double cacheReadShare, double cacheWriteShare, long regressionCalls, double intercept,
                       double slope, double r2, boolean split, double systemTokens, double userTokens,
                       CountFit turnsPerConversation, CountFit callsPerTurn, SortedMap<String, Double> conversationsByMonth) {

    public AgentFit {
        models = Map.copyOf(models);
        conversationsByMonth = Collections.unmodifiableSortedMap(new TreeMap<>(conversationsByMonth));
    }

    /** Share of attempts that failed: the scenario's retry rate (every attempt is billed, SPEC §4). */
    public double retryRate() {
        return calls + failed == 0 ? 0 : (double) failed / (calls + failed);
    }

    public boolean caching() {
        return cacheReadShare + cacheWriteShare > 0;
    }

    /** Reads over the cached part (reads + writes): the scenario's cache_hit_rate. */
    public double cacheHitRate() {
        return cacheReadShare / (cacheReadShare + cacheWriteShare);
    }
}
