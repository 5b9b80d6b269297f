package io.agentcost.calibrate;

import java.util.List;
import java.util.Map;

/**
 * Everything a calibration found: one fit per agent (one named {@code workload} without an agent key), the span of the
 * logs, each month's covered share and the monthly growth of all conversations when the logs span several months.
 */
public record Fitted(List<AgentFit> agents, boolean byAgent, long records, int files, String firstTimestamp,
                     String lastTimestamp, Map<String, Double> coverage, Map<String, Double> conversationsByMonth,
                     Double monthlyGrowth) {

    public Fitted {
        agents = List.copyOf(agents);
        coverage = Map.copyOf(coverage);
        conversationsByMonth = Map.copyOf(conversationsByMonth);
    }
}
