package io.agentcost.calibrate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one agent's calls add up to, kept as sums and per-conversation counters so that a log of any size streams through
 * it: model counts, token sums, the regression of a turn's first input on its turn number, and per conversation its
 * first call and the calls of each turn.
 */
final class AgentTally {

    /** One conversation: when it started, its last turn, the calls of each turn (index = turn). */
    static final class Session {
        String first;
        int lastTurn;
        int[] callsPerTurn = new int[4];

        void add(Call c) {
            if (first == null || c.timestamp().compareTo(first) < 0) first = c.timestamp();
            // without a logged body every call is a turn of its own (decision 0026)
            int t = c.turn() > 0 ? c.turn() : lastTurn + 1;
            if (t >= callsPerTurn.length) callsPerTurn = Arrays.copyOf(callsPerTurn, Math.max(t + 1, 2 * callsPerTurn.length));
            callsPerTurn[t]++;
            lastTurn = Math.max(lastTurn, t);
        }
    }

    final String name;
    final Map<String, Long> models = new LinkedHashMap<>();
    final Map<String, Session> sessions = new HashMap<>();
    long calls, failed, ungrouped, withBody;
    double output, outputSq, input, cacheRead, cacheWrite;
    // least squares of a turn's first-call input (y) on turn − 1 (x)
    long rn;
    double rx, ry, rxx, rxy, ryy;

    AgentTally(String name) {
        this.name = name;
    }

    void add(Call c) {
        if (c.failed()) {
            failed++;
            return;
        }
        calls++;
        models.merge(c.modelId(), 1L, Long::sum);
        output += c.output();
        outputSq += (double) c.output() * c.output();
        input += c.input();
        cacheRead += c.cacheRead();
        cacheWrite += c.cacheWrite();
        if (c.turn() > 0) withBody++;
        if (c.turn() > 0 && c.turnStart()) {
            double x = c.turn() - 1, y = c.totalInput();
            rn++;
            rx += x;
            ry += y;
            rxx += x * x;
            rxy += x * y;
            ryy += y * y;
        }
        if (c.group() == null) {
            ungrouped++;
            return;
        }
        sessions.computeIfAbsent(c.group(), k -> new Session()).add(c);
    }

    Map<Integer, Long> turnsHistogram() {
        Map<Integer, Long> h = new TreeMap<>();
        for (Session s : sessions.values()) h.merge(s.lastTurn, 1L, Long::sum);
        return h;
    }

    Map<Integer, Long> callsHistogram() {
        Map<Integer, Long> h = new TreeMap<>();
        for (Session s : sessions.values())
            for (int t = 1; t <= s.lastTurn; t++) if (s.callsPerTurn[t] > 0) h.merge(s.callsPerTurn[t], 1L, Long::sum);
        return h;
    }

    /** Conversations by the calendar month (yyyy-MM) of their first call. */
    Map<String, Long> conversationsByMonth() {
        Map<String, Long> m = new TreeMap<>();
        for (Session s : sessions.values()) m.merge(s.first.substring(0, 7), 1L, Long::sum);
        return m;
    }
}
