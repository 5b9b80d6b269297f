package io.agentcost.calibrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPOutputStream;

/**
 * Invocation logs drawn from known distributions, in the documented record schema (S3 delivery: one JSON record per line,
 * gzip), with the generator's own tally of what it wrote, for tests and the benchmark. A turn's first call sends
 * S + (t − 1)·(U + O) + U tokens (SPEC §4, full history, tool results not kept); the system prompt is written to the
 * cache by a conversation's first call and read from it by every later one; each attempt fails first with probability
 * {@code failRate} (a throttled record with errorCode and no output).
 */
public final class GeneratedLogs {

    /** What the generator wrote, counted as it wrote it. */
    public static final class Tally {
        public final Map<Integer, Long> turns = new TreeMap<>();
        public final Map<Integer, Long> calls = new TreeMap<>();
        public final Map<String, Long> models = new TreeMap<>();
        public final Map<String, Long> conversationsByMonth = new TreeMap<>();
        public long records, failed, ok, cacheRead, cacheWrite, allInput, bytes;
    }

    public record Spec(List<Integer> monthlyConversations, YearMonth firstMonth, ToIntFunction<Random> turns,
                       ToIntFunction<Random> callsPerTurn, int system, int user, int output, Map<String, Double> models,
                       double failRate, String agent, long seed) {
    }

    private GeneratedLogs() {
    }

    /** Rounded lognormal, at least 1: the form {@link CountFit} fits. */
    public static ToIntFunction<Random> roundedLognormal(double median, double sigma) {
        return r -> (int) Math.max(1, Math.round(median * Math.exp(sigma * r.nextGaussian())));
    }

    /** Writes one gzip file per month under {@code dir} and returns what it wrote. */
    public static Tally write(Spec s, Path dir) throws IOException {
        Tally t = new Tally();
        Random r = new Random(s.seed());
        long conversation = 0;
        for (int m = 0; m < s.monthlyConversations().size(); m++) {
            YearMonth month = s.firstMonth().plusMonths(m);
            long start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            long length = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - start;
            Path file = dir.resolve("AWSLogs/111122223333/BedrockModelInvocationLogs/us-east-1/" + month.toString().replace('-', '/')
                    + "/01/00/" + month + ".json.gz");
            Files.createDirectories(file.getParent());
            int n = s.monthlyConversations().get(m);
            // starts spread evenly across the month (first at its first second, last an hour before its end) so the logs
            // cover each month whole and a month's count is its conversations
            try (OutputStream raw = Files.newOutputStream(file); Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                for (int i = 0; i < n; i++) {
                    long at = start + (long) ((double) i / n * (length - 3600));
                    conversation(s, r, "c" + conversation++, at, w, t);
                }
            }
            t.conversationsByMonth.put(month.toString(), (long) n);
        }
        return t;
    }

    private static void conversation(Spec s, Random r, String id, long at, Writer w, Tally t) throws IOException {
        int turns = s.turns().applyAsInt(r);
        String model = pick(s.models(), r);
        t.turns.merge(turns, 1L, Long::sum);
        t.models.merge(model, 1L, Long::sum);
        StringBuilder history = new StringBuilder();
        boolean firstCall = true;
        for (int turn = 1; turn <= turns; turn++) {
            int k = s.callsPerTurn().applyAsInt(r);
            t.calls.merge(k, 1L, Long::sum);
            history.append(history.length() == 0 ? "" : ",").append("{\"role\":\"user\",\"content\":[{\"text\":\"question ").append(turn).append("\"}]}");
            StringBuilder within = new StringBuilder();
            for (int j = 1; j <= k; j++) {
                long total = s.system() + (long) (turn - 1) * (s.user() + s.output()) + s.user() + (long) (j - 1) * s.output();
                if (r.nextDouble() < s.failRate()) {
                    record(w, t, Instant.ofEpochSecond(at), id, model, s.agent(), history, within, -1, 0, 0, -1, true);
                    t.failed++;
                }
                long write = firstCall ? s.system() : 0, read = firstCall ? 0 : s.system();
                record(w, t, Instant.ofEpochSecond(at), id, model, s.agent(), history, within, total - write - read, read, write, s.output(), false);
                t.ok++;
                t.cacheRead += read;
                t.cacheWrite += write;
                t.allInput += total;
                firstCall = false;
                at += 2;
                if (j < k) within.append(",{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t").append(j)
                        .append("\",\"name\":\"lookup\",\"input\":{}}}]},{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t")
                        .append(j).append("\",\"content\":[{\"text\":\"ok\"}]}}]}");
            }
            history.append(",{\"role\":\"assistant\",\"content\":[{\"text\":\"answer ").append(turn).append("\"}]}");
            at += 30;
        }
    }

    private static void record(Writer w, Tally t, Instant at, String session, String model, String agent, StringBuilder history,
                               StringBuilder within, long input, long read, long write, long output, boolean failed) throws IOException {
        // the history already ends with this turn's user message, and `within` holds this turn's tool round trips
        String messages = history + within.toString();
        StringBuilder b = new StringBuilder(256 + messages.length());
        b.append("{\"schemaType\":\"ModelInvocationLog\",\"schemaVersion\":\"1.0\",\"timestamp\":\"").append(at)
                .append("\",\"accountId\":\"111122223333\",\"identity\":{\"arn\":\"arn:aws:sts::111122223333:assumed-role/agent/x\"},")
                .append("\"region\":\"us-east-1\",\"requestId\":\"").append(t.records).append("\",\"operation\":\"Converse\",\"modelId\":\"")
                .append(model).append("\",\"input\":{\"inputContentType\":\"application/json\",\"inputBodyJson\":{\"system\":[{\"text\":\"You help.\"}],")
                .append("\"messages\":[").append(messages).append("]}");
        if (!failed) b.append(",\"inputTokenCount\":").append(input).append(",\"cacheReadInputTokenCount\":").append(read)
                .append(",\"cacheWriteInputTokenCount\":").append(write);
        b.append("}");
        if (!failed) b.append(",\"output\":{\"outputContentType\":\"application/json\",\"outputBodyJson\":{\"stopReason\":\"end_turn\"},\"outputTokenCount\":")
                .append(output).append("}");
        else b.append(",\"errorCode\":\"ThrottlingException\"");
        b.append(",\"requestMetadata\":{\"sessionId\":\"").append(session).append("\"");
        if (agent != null) b.append(",\"agent\":\"").append(agent).append("\"");
        b.append("}}\n");
        w.write(b.toString());
        t.records++;
        t.bytes += b.length();
    }

    private static String pick(Map<String, Double> shares, Random r) {
        double u = r.nextDouble(), c = 0;
        String last = null;
        for (var e : shares.entrySet()) {
            c += e.getValue();
            last = e.getKey();
            if (u < c) return last;
        }
        return last;
    }
}
