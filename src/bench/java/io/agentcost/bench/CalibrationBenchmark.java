package io.agentcost.bench;

import io.agentcost.app.AgentCost;
import io.agentcost.app.LogCalibration;
import io.agentcost.calibrate.Calibration;
import io.agentcost.calibrate.GeneratedLogs;
import io.agentcost.calibrate.logs.InvocationLogReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 18 point 5: invocation-log records parsed and fitted per second (target 200,000/s). Generates gzip logs from known
 * distributions (GeneratedLogs: one JSON record per line as S3 delivery writes them, with Converse bodies whose messages
 * grow with the conversation), then times the stream through the reader and the fit, warm, and once end to end
 * (`agentcost calibrate` without the write: fit, scenario text, validation). Run: mvn -Pbench verify, or directly with
 * the test classpath: CalibrationBenchmark [conversations per month, default 40000].
 */
public final class CalibrationBenchmark {

    public static void main(String[] args) throws Exception {
        int perMonth = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        Path root = Path.of(System.getProperty("agentcost.root", "."));
        Path dir = Files.createTempDirectory("agentcost-bench-logs");
        GeneratedLogs.Tally t = GeneratedLogs.write(new GeneratedLogs.Spec(List.of(perMonth, perMonth * 6 / 5), YearMonth.of(2026, 10),
                GeneratedLogs.roundedLognormal(3, 0.6), GeneratedLogs.roundedLognormal(1.5, 0.5), 1500, 200, 150,
                Map.of("us.anthropic.claude-haiku-4-5-20251001-v1:0", 0.7, "anthropic.claude-sonnet-4-6", 0.3), 0.02, null, 1), dir);
        long gz;
        try (var files = Files.walk(dir)) {
            gz = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "generated %,d records, %.1f MB of JSON (%.0f bytes a record), %.1f MB gzip, %d cores%n", t.records,
                t.bytes / 1e6, (double) t.bytes / t.records, gz / 1e6, Runtime.getRuntime().availableProcessors());
        double best = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE;
        // the reading is one thread: its CPU time says what the code costs whatever else the machine runs
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            List<Path> files = InvocationLogReader.files(dir);
            InvocationLogReader reader = new InvocationLogReader(InvocationLogReader.SESSION_KEYS, null);
            Calibration c = new Calibration(false, "sessionId");
            for (Path f : files) reader.read(f, c::accept);
            c.finish();
            double s = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            best = Math.min(best, s);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf(Locale.ROOT, "  parse + fit run %d: %.2f s wall (%,.0f records/s, %.0f MB/s of JSON), %.2f s CPU (%,.0f records per CPU-second)%n",
                    run + 1, s, t.records / s, t.bytes / 1e6 / s, cpu, t.records / cpu);
        }
        long start = System.nanoTime();
        LogCalibration.run(new AgentCost(root.resolve("pricing-cache")), dir, "session", null, "fitted.yaml");
        double e2e = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.out.printf(Locale.ROOT, "parse + fit, best of 5: %,.0f records/s wall, %,.0f records per CPU-second (target 200,000/s);"
                + " end to end with validation %.2f s; peak heap %.0f MB of %.0f MB; load average %.1f%n", t.records / best, t.records / bestCpu,
                e2e, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
