package io.agentcost.calibrate;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies calls as they stream past and fits scenario inputs at the end (decision 0026). Memory grows with the number of
 * conversations (a few counters each), never with the number of records.
 */
public final class Calibration {

    /** The workload's name when no agent key is given. */
    public static final String WORKLOAD = "workload";

    private final boolean byAgent;
    private final String groupKey;
    private final Map<String, AgentTally> agents = new LinkedHashMap<>();
    private long records;
    private int files;
    private String first, last;
    private Call firstCall;

    /** @param groupKey the requestMetadata key(s) that name a conversation, for messages */
    public Calibration(boolean byAgent, String groupKey) {
        this.byAgent = byAgent;
        this.groupKey = groupKey;
    }

    public void accept(Call c) {
        records++;
        if (firstCall == null) firstCall = c;
        if (first == null || c.timestamp().compareTo(first) < 0) first = c.timestamp();
        if (last == null || c.timestamp().compareTo(last) > 0) last = c.timestamp();
        String name = !byAgent ? WORKLOAD : c.agent() == null ? "untagged" : c.agent();
        agents.computeIfAbsent(name, AgentTally::new).add(c);
    }

    public void fileDone() {
        files++;
    }

    public long records() {
        return records;
    }

    public Fitted finish() throws BadFile {
        if (records == 0) throw new BadFile("no Bedrock model invocation log records found (expected JSON objects with schemaType "
                + "ModelInvocationLog, one per line or in an array, plain or gzip)");
        Instant from, to;
        try {
            from = Instant.parse(first);
            to = Instant.parse(last);
        } catch (DateTimeParseException e) {
            throw new BadFile("timestamp " + e.getParsedString() + " is not an RFC 3339 UTC time such as 2026-11-03T14:00:00Z");
        }
        TreeMap<String, Double> coverage = coverage(from, to);
        List<AgentFit> fits = new ArrayList<>();
        TreeMap<String, Double> total = new TreeMap<>();
        for (AgentTally t : agents.values()) {
            if (t.calls == 0) continue;
            if (t.sessions.isEmpty()) throw new BadFile(firstCall.file() + ": no successful record of " + (byAgent ? "agent " + t.name : "the logs")
                    + " has requestMetadata." + groupKey + ", so conversations cannot be told apart; give --group-by requestMetadata.KEY"
                    + " naming the key your application sets on each call");
            AgentFit f = fit(t, coverage);
            f.conversationsByMonth().forEach((m, c) -> total.merge(m, c, Double::sum));
            fits.add(f);
        }
        if (fits.isEmpty()) throw new BadFile("every one of the " + records + " records is a failed invocation (errorCode): no token counts to fit");
        return new Fitted(fits, byAgent, records, files, first, last, coverage, total, growth(total));
    }

    /** Share of each calendar month between the first and the last record. */
    static TreeMap<String, Double> coverage(Instant from, Instant to) {
        TreeMap<String, Double> out = new TreeMap<>();
        YearMonth m = YearMonth.from(from.atZone(ZoneOffset.UTC));
        YearMonth end = YearMonth.from(to.atZone(ZoneOffset.UTC));
        while (!m.isAfter(end)) {
            Instant start = m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant next = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant a = from.isAfter(start) ? from : start, b = to.isBefore(next) ? to : next;
            double share = (double) Math.max(b.getEpochSecond() - a.getEpochSecond(), 0) / (next.getEpochSecond() - start.getEpochSecond());
            // logs within one second still cover something: never divide by zero
            out.put(m.toString(), Math.max(share, 1.0 / (next.getEpochSecond() - start.getEpochSecond())));
            m = m.plusMonths(1);
        }
        return out;
    }

    /** Geometric mean of the month-on-month ratios of the scaled counts: (last / first)^(1 / (months − 1)) − 1. */
    static Double growth(Map<String, Double> byMonth) {
        if (byMonth.size() < 2) return null;
        List<Double> v = new ArrayList<>(byMonth.values());
        double a = v.get(0), b = v.get(v.size() - 1);
        if (!(a > 0) || !(b > 0)) return null;
        return Math.pow(b / a, 1.0 / (v.size() - 1)) - 1;
    }

    private static AgentFit fit(AgentTally t, Map<String, Double> coverage) {
        double n = t.calls;
        double outMean = t.output / n;
        double outSd = Math.sqrt(Math.max(t.outputSq / n - outMean * outMean, 0));
        double allInput = t.input + t.cacheRead + t.cacheWrite;
        double readShare = allInput > 0 ? t.cacheRead / allInput : 0, writeShare = allInput > 0 ? t.cacheWrite / allInput : 0;
        double den = t.rn * t.rxx - t.rx * t.rx;
        boolean split = t.rn >= 3 && den > 0;
        double slope = split ? (t.rn * t.rxy - t.rx * t.ry) / den : 0;
        double intercept = t.rn > 0 ? (t.ry - slope * t.rx) / t.rn : allInput / n;
        double r2 = 0;
        if (split) {
            double syy = t.rn * t.ryy - t.ry * t.ry;
            double sxy = t.rn * t.rxy - t.rx * t.ry;
            r2 = syy > 0 ? sxy * sxy / (den * syy) : 1;
        }
        // SPEC §4 with full history: a turn's first call sends S + (t − 1)·(U + O) + U, so the slope is U + O and the
        // intercept S + U; without a second turn the two cannot be told apart and all of it is counted as the user's
        double user = split ? Math.max(slope - outMean, 0) : intercept;
        double system = split ? Math.max(intercept - user, 0) : 0;
        TreeMap<String, Double> months = new TreeMap<>();
        t.conversationsByMonth().forEach((m, c) -> months.put(m, c / coverage.getOrDefault(m, 1.0)));
        return new AgentFit(t.name, t.calls, t.failed, t.ungrouped, t.withBody, t.sessions.size(), t.models, outMean, outSd,
                allInput / n, readShare, writeShare, t.rn, intercept, slope, r2, split, system, user,
                CountFit.of(t.turnsHistogram()), CountFit.of(t.callsHistogram()), months);
    }
}
