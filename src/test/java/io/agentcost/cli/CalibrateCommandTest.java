package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `agentcost calibrate`: a fitted file on success; on bad logs one message with file, line and record, exit 2, nothing written. */
class CalibrateCommandTest {

    @TempDir
    Path dir;

    private static final Path SAMPLES = Fixtures.root().resolve("src/test/resources/calibrate");

    private static final String GOOD = """
            {"schemaType":"ModelInvocationLog","timestamp":"2026-11-03T10:00:00Z","modelId":"anthropic.claude-sonnet-4-6","input":{"inputTokenCount":100},"output":{"outputTokenCount":10},"requestMetadata":{"sessionId":"a"}}
            """;

    private CliRun calibrate(Path logs, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "calibrate";
        args[1] = "--invocation-logs";
        args[2] = logs.toString();
        args[3] = "-o=" + dir.resolve("fitted.yaml");
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private void assertNothingWritten() {
        assertThat(dir.resolve("fitted.yaml")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFittedScenarioIsWrittenAndSummarised() throws Exception {
        CliRun r = calibrate(SAMPLES.resolve("s3-delivery.jsonl"), "--agent-tag", "agent");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote ").contains("5 records in 1 file(s)").contains("triage: 3 calls, 1 conversations");
        assertThat(r.err()).contains("note: 1 records of another schemaType were skipped");
        String text = Files.readString(dir.resolve("fitted.yaml"));
        assertThat(text).startsWith("# Fitted by agentcost calibrate").contains("agents:");
        CliRun v = CliRun.of("validate", dir.resolve("fitted.yaml").toString());
        assertThat(v.code()).as(v.err()).isZero();
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.txt"), "\n\nthis is not a log\n");
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).singleElement().asString().startsWith(f + ":3: record 1: not JSON");
        assertNothingWritten();
    }

    @Test
    void brokenJsonInTheMiddleOfAFileIsNamedWithItsLineAndRecord() throws Exception {
        Path f = Files.writeString(dir.resolve("logs.jsonl"), GOOD + GOOD + "{\"schemaType\": \"ModelInvocationLog\", \"timestamp\": \n");
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).singleElement().asString().startsWith(f + ":").contains("record 3: not JSON");
        assertNothingWritten();
    }

    @Test
    void aRecordCutOffSaysWhereItOpenedWithoutTheParsersInternals() throws Exception {
        // record 1 opens at line 1, column 1 and the file ends inside it
        Path f = Files.writeString(dir.resolve("cut.json"), "{\"schemaType\": \"ModelInvocationLog\", \"modelId\": \"x\"\n");
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).singleElement().asString().startsWith(f + ":2: record 1: not JSON")
                .contains("line 1, column 1").doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
        assertNothingWritten();
    }

    @Test
    void aRecordWithoutTokenCountsSaysWhichCountIsMissing() throws Exception {
        Path f = Files.writeString(dir.resolve("logs.jsonl"), GOOD + GOOD.replace("\"inputTokenCount\":100", "\"inputContentType\":\"application/json\""));
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(f + ":2: record 2: no input.inputTokenCount (expected the token counts");
        assertNothingWritten();
    }

    @Test
    void aTokenCountThatIsNotAWholeNumberIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("logs.jsonl"), GOOD.replace("\"outputTokenCount\":10", "\"outputTokenCount\":\"ten\""));
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(f + ":1: record 1: output.outputTokenCount is ten (expected a whole number of tokens");
    }

    @Test
    void logsWithoutAConversationKeyAskForOne() throws Exception {
        Path f = Files.writeString(dir.resolve("logs.jsonl"), GOOD.replace("\"sessionId\":\"a\"", "\"traceId\":\"a\""));
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("requestMetadata.sessionId|session_id|session").contains("--group-by requestMetadata.KEY");
        assertNothingWritten();
        // naming the key the application sets works
        assertThat(calibrate(f, "--group-by", "requestMetadata.traceId").code()).isZero();
    }

    @Test
    void aFailedRunLeavesAnEarlierFittedFileAsItWas() throws Exception {
        Path out = Files.writeString(dir.resolve("fitted.yaml"), "# my earlier fit\n");
        Path f = Files.writeString(dir.resolve("logs.jsonl"), "[1, 2]\n");
        CliRun r = calibrate(f);
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(f + ":1: record 1: expected a JSON object");
        assertThat(Files.readString(out)).isEqualTo("# my earlier fit\n");
    }

    @Test
    void hostileLogsGetAMessageNeverAStackTrace() throws Exception {
        String deep = "[".repeat(5000);
        byte[] truncatedGzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2};
        byte[] latin1 = "{\"timestamp\": \"2026-11-03T10:00:00Z\", \"modelId\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> files = List.of(deep.getBytes(), truncatedGzip, latin1, "{\"input\": 5, \"output\": []}\n".getBytes(),
                GOOD.replace("100", "99999999999999999999999").getBytes(), "{}\n{".getBytes());
        int i = 0;
        for (byte[] content : files) {
            Path f = Files.write(dir.resolve("hostile-" + i++), content);
            CliRun r = calibrate(f);
            assertThat(r.code()).as(f + ": " + r.err()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).as(f.toString()).startsWith(f.toString()).doesNotContain("\tat ").doesNotContain("Exception");
            assertNothingWritten();
        }
    }

    @Test
    void anEmptyDirectoryAndAMissingPathAreBadInput() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(calibrate(empty).err()).contains(empty + ": the directory holds no files");
        assertThat(calibrate(dir.resolve("nope")).err()).contains("nope: no such file or directory");
        assertThat(calibrate(empty, "--group-by", "user").err()).contains("--group-by user: expected session or requestMetadata.KEY");
    }
}
