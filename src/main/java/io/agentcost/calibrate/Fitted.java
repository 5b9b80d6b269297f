package io.agentcost.calibrate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a calibration found: one fit per agent (one named {@code workload} without an agent key), the span of the
 * logs, each month's covered share and the monthly growth of all conversations when the logs span several months.
 */
public record Fitted(List<AgentFit> agents, boolean byAgent, long records, int files, String firstTimestamp,
                     String lastTimestamp, SortedMap<String, Double> coverage, SortedMap<String, Double> conversationsByMonth,
                     Double monthlyGrowth) {

    public Fitted {
        agents = List.copyOf(agents);
        // months in calendar order: the fragment reads the last one and prints them in order
        coverage = Collections.unmodifiableSortedMap(new TreeMap<>(coverage));
        conversationsByMonth = Collections.unmodifiableSortedMap(new TreeMap<>(conversationsByMonth));
    }
}
