package io.agentcost.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.LogCalibration;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs drawn from known distributions are fitted back to them, and the fitted file is a scenario the loader accepts. */
class LogCalibrationTest {

    @TempDir
    Path dir;

    private static final Path SAMPLES = Fixtures.root().resolve("src/test/resources/calibrate");

    private static GeneratedLogs.Spec spec(String agent, long seed) {
        // turns: 1–4 with weights 2:3:3:2; calls per turn: a rounded lognormal, median 2, σ 0.6;
        // Haiku 4.5 for 70% of conversations, Sonnet 4.6 for 30%; 5% of attempts throttled first
        return new GeneratedLogs.Spec(List.of(1000, 1200), YearMonth.of(2026, 10),
                r -> pickTurns(r), GeneratedLogs.roundedLognormal(2, 0.6), 1500, 200, 150,
                Map.of("us.anthropic.claude-haiku-4-5-20251001-v1:0", 0.7, "anthropic.claude-sonnet-4-6", 0.3), 0.05, agent, seed);
    }

    private static int pickTurns(Random r) {
        double u = r.nextDouble();
        return u < 0.2 ? 1 : u < 0.5 ? 2 : u < 0.8 ? 3 : 4;
    }

    @Test
    void generatedLogsAreFittedBackToTheDistributionsTheyWereDrawnFrom() throws Exception {
        GeneratedLogs.Tally t = GeneratedLogs.write(spec(null, 3), dir);
        LogCalibration r = LogCalibration.run(Fixtures.services(), dir, "session", null, "fitted.yaml");
        AgentFit a = r.fitted().agents().get(0);
        assertThat(r.fitted().records()).isEqualTo(t.records);
        assertThat(r.fitted().files()).isEqualTo(2);
        // counts are read back exactly: every conversation and every turn the generator wrote
        assertThat(a.turnsPerConversation().counts()).isEqualTo(t.turns);
        assertThat(a.callsPerTurn().counts()).isEqualTo(t.calls);
        assertThat(a.conversations()).isEqualTo(2200);
        // calls per turn: n ≈ 2200 × 2.5 turns = 5,500; SE(ln median) = 0.6/√n = 0.0081, SE(σ) = 0.6/√(2n) = 0.0057
        long turns = t.calls.values().stream().mapToLong(Long::longValue).sum();
        assertThat(a.callsPerTurn().lognormalChosen()).isTrue();
        assertThat(Math.log(a.callsPerTurn().median() / 2)).isCloseTo(0, within(4 * 0.6 / Math.sqrt(turns)));
        assertThat(a.callsPerTurn().sigma()).isCloseTo(0.6, within(4 * 0.6 / Math.sqrt(2.0 * turns)));
        // a turn's first call sends S + (t − 1)(U + O) + U exactly: intercept S + U = 1700, slope U + O = 350
        assertThat(a.split()).isTrue();
        assertThat(a.intercept()).isCloseTo(1700, within(1e-6));
        assertThat(a.slope()).isCloseTo(350, within(1e-6));
        assertThat(a.systemTokens()).isCloseTo(1500, within(1e-6));
        assertThat(a.userTokens()).isCloseTo(200, within(1e-6));
        assertThat(a.outputMean()).isEqualTo(150.0);
        // model mix per conversation: binomial SE of the 70% share over 2200 conversations = √(0.21/2200) = 0.0098;
        // the calls' share adds the spread of calls per conversation, so the test reads the generator's own call counts
        long haikuCalls = a.models().get("us.anthropic.claude-haiku-4-5-20251001-v1:0");
        assertThat((double) haikuCalls / a.calls()).isCloseTo(0.7, within(4 * Math.sqrt(0.21 / 2200) * 2));
        // retries: 5% of attempts, SE = √(0.05 × 0.95 / attempts)
        long attempts = t.ok + t.failed;
        assertThat(a.retryRate()).isEqualTo((double) t.failed / attempts);
        assertThat(a.retryRate()).isCloseTo(0.05, within(4 * Math.sqrt(0.05 * 0.95 / attempts)));
        // the system prompt is written once per conversation and read by every later call: reads / (reads + writes)
        // = 1 − conversations / calls
        assertThat(a.cacheHitRate()).isCloseTo(1 - 2200.0 / t.ok, within(1e-12));
        assertThat(a.cacheReadShare()).isCloseTo((double) t.cacheRead / t.allInput, within(1e-12));
        // 1000 conversations in October, 1200 in November: growth 20% a month; November's logs stop an hour and a
        // conversation short of its end (≤ 0.3% of the month); the scaling to the whole month makes that up with the
        // logs' last timestamp, so November's count and the growth 1200/1000 − 1 are off by at most 1.2 × 0.3%
        assertThat(r.fitted().monthlyGrowth()).isCloseTo(0.2, within(1.2 * 0.003));
        assertThat(a.conversationsByMonth().get("2026-11")).isCloseTo(1200, within(1200 * 0.003));
        assertThat(r.fragment().text())
                .contains("monthly_conversations: 120")
                .contains("llm_calls_per_turn: {varies: {lognormal: {median: ")
                .contains("system_prompt_tokens: 1500   #")
                .contains("user_tokens_per_turn: 200   #")
                .contains("output_tokens_per_call: 150   #")
                .contains("prompt_caching: true")
                .contains("- {phase: default, months: 12, monthly_growth: 0.2");
    }

    @Test
    void theFittedFileIsAScenarioThatValidatesAndEstimates() throws Exception {
        GeneratedLogs.write(spec("support", 5), dir);
        LogCalibration r = LogCalibration.run(Fixtures.services(), dir, "requestMetadata.sessionId", "agent", "fitted.yaml");
        LoadResult loaded = Fixtures.services().parse(r.fragment().text(), "fitted.yaml");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.scenario().agents()).extracting(ag -> ag.name()).containsExactly("support");
        var report = Fixtures.services().estimate(loaded.scenario(), loaded.catalog(), null);
        assertThat(report.results()).hasSize(1);
        assertThat(report.results().get(0).totalUsd()).isPositive();
    }

    /** The hand-written records of src/test/resources/calibrate (SOURCE.md): what each call contributes, by hand. */
    private static void assertSampleFit(AgentFit a) {
        // four successful calls; one throttled attempt
        assertThat(a.calls()).isEqualTo(4);
        assertThat(a.failed()).isEqualTo(1);
        assertThat(a.retryRate()).isEqualTo(1 / 5.0);
        // s1 has turns 1 (two calls: the tool round trip) and 2 (one call); s2 one turn of one call
        assertThat(a.turnsPerConversation().counts()).isEqualTo(Map.of(1, 1L, 2, 1L));
        assertThat(a.callsPerTurn().counts()).containsEntry(1, 2L).containsEntry(2, 1L).hasSize(2);
        // output (100 + 80 + 90 + 200) / 4 = 117.5; all input 1200 + 1400 + (500 + 1000) + (500 + 300) = 4900
        assertThat(a.outputMean()).isEqualTo(117.5);
        assertThat(a.inputMean()).isEqualTo(4900 / 4.0);
        assertThat(a.cacheReadShare()).isEqualTo(1000 / 4900.0);
        assertThat(a.cacheWriteShare()).isEqualTo(300 / 4900.0);
        // turn starts (x = turn − 1, y = all input): (0, 1200), (1, 1500), (0, 800): slope = 500, intercept = 1000
        assertThat(a.slope()).isCloseTo(500, within(1e-9));
        assertThat(a.intercept()).isCloseTo(1000, within(1e-9));
        // the us. inference profile is the model of the calls; s2 is Sonnet 4.6 by its base id
        assertThat(a.models()).isEqualTo(Map.of("us.anthropic.claude-haiku-4-5-20251001-v1:0", 3L, "anthropic.claude-sonnet-4-6", 1L));
    }

    @Test
    void theDocumentedRecordsAreReadFromS3DeliveryFiles() throws Exception {
        LogCalibration r = LogCalibration.run(Fixtures.services(), SAMPLES.resolve("s3-delivery.jsonl"), "session", null, "f.yaml");
        assertSampleFit(r.fitted().agents().get(0));
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.fragment().text()).contains("model_mix: {claude-haiku-4-5: 0.75, claude-sonnet-4-6: 0.25}");
    }

    @Test
    void gzipIsRecognisedByItsBytesWhateverTheFileIsCalled() throws Exception {
        Path gz = dir.resolve("part-0001");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SAMPLES.resolve("s3-delivery.jsonl"), out);
        }
        assertSampleFit(LogCalibration.run(Fixtures.services(), gz, "session", null, "f.yaml").fitted().agents().get(0));
    }

    @Test
    void theDocumentedRecordsAreReadFromACloudWatchLogsExport() throws Exception {
        assertSampleFit(LogCalibration.run(Fixtures.services(), SAMPLES.resolve("cloudwatch-export.txt"), "session", null, "f.yaml")
                .fitted().agents().get(0));
    }

    @Test
    void aPrettyPrintedRecordAsTheDocumentationShowsItIsRead() throws Exception {
        AgentFit a = LogCalibration.run(Fixtures.services(), SAMPLES.resolve("pretty.json"), "session", null, "f.yaml").fitted().agents().get(0);
        assertThat(a.calls()).isEqualTo(1);
        assertThat(a.inputMean()).isEqualTo(1200.0);
        assertThat(a.outputMean()).isEqualTo(100.0);
    }

    @Test
    void anAgentTagSplitsTheFitPerAgent() throws Exception {
        LogCalibration r = LogCalibration.run(Fixtures.services(), SAMPLES.resolve("s3-delivery.jsonl"), "session", "agent", "f.yaml");
        assertThat(r.fitted().agents()).extracting(AgentFit::name).containsExactly("triage", "resolver");
        AgentFit triage = r.fitted().agents().get(0);
        // triage: the three s1 calls and the throttled s3 attempt
        assertThat(triage.calls()).isEqualTo(3);
        assertThat(triage.failed()).isEqualTo(1);
        assertThat(r.fragment().text()).contains("- name: \"resolver\"").contains("model_mix: {claude-sonnet-4-6: 1}");
    }

    @Test
    void logsOfOneMonthHaveNoGrowthAndNoTimeline() throws IOException, BadFile {
        LogCalibration r = LogCalibration.run(Fixtures.services(), SAMPLES.resolve("s3-delivery.jsonl"), "session", null, "f.yaml");
        assertThat(r.fitted().monthlyGrowth()).isNull();
        assertThat(r.fragment().text()).doesNotContain("timeline:");
        // one hour and five seconds of a 30-day month: the monthly count is extrapolated, and the user is told
        assertThat(r.fragment().warnings()).anyMatch(w -> w.contains("extrapolated"));
    }
}
