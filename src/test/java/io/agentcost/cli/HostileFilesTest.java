package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproducers of issue 13, each through the CLI as a user runs it: refused by validate with file, line,
 * key and the bound, quickly, with no stack trace; or, where the file is fine, a finite answer.
 */
class HostileFilesTest {

    /**
     * Long enough for a loaded CI machine, short enough to catch what these files did before (never finished,
     * minutes, or an out-of-memory after 24 s); on a quiet machine each takes under a second.
     */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private String example() throws Exception {
        return Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** Validate refuses with exactly one problem: at this line, under this key, saying these words. */
    private void refusedAt(Path f, int line, String key, String... words) {
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("validate", f.toString()));
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.errLines()).singleElement().asString()
                .startsWith(f + ":" + line + ":").contains(": " + key + ": ").contains(words);
    }

    @Test
    void retriesBeyondTheirBoundAreRefusedInsteadOfLoopingForever() throws Exception {
        // 1e10 retries overflowed the retry loop's int and never finished; the bound is 100
        Path f = write("r.yaml", example().replace("max_retries: 3", "max_retries: 1e10"));
        refusedAt(f, 19, "workload.max_retries", "0 to 100", "got 1e10");
    }

    @Test
    void hugeButFiniteConversationsAreRefusedWithTheirBound() throws Exception {
        Path f = write("c.yaml", example().replace("dev: {monthly_conversations: 500}", "dev: {monthly_conversations: 1e308}"));
        refusedAt(f, 47, "phases.dev.monthly_conversations", "0 to 1e12", "1e308");
    }

    @Test
    void aPertWhoseMaximumOverflowsIsRefused() throws Exception {
        Path f = write("p.yaml", example().replace("{pert: [3, 5, 12]}", "{pert: [3, 5, 1e308]}"));
        refusedAt(f, 15, "workload.turns_per_conversation", "0 to 10,000", "reaches 1e308");
    }

    @Test
    void aNumberBeyondDoublePrecisionIsRefusedWithItsPositionEvenAsABudget() throws Exception {
        refusedAt(write("i.yaml", example().replace("db_item_kb: 2", "db_item_kb: 1e309")), 31, "workload.db_item_kb",
                "1e309", "largest number");
        refusedAt(write("b.yaml", example().replace("monthly_usd: 6000", "monthly_usd: 1e309")), 12, "budget.monthly_usd", "1e309");
        refusedAt(write("a.yaml", example().replace("count: 50,", "count: 1e309,")), 57, "agents[0].count", "1e309");
    }

    @Test
    void aLognormalWhoseP90PassesTheBoundIsRefused() throws Exception {
        Path f = write("l.yaml", example().replace("{lognormal: {median: 300000, p90: 800000}}", "{lognormal: {median: 1e9, p90: 1e13}}"));
        refusedAt(f, 49, "phases.scale.monthly_conversations", "P90", "1e12");
    }

    @Test
    void aStringAliasedTwentyThousandTimesIsRefusedByTheSizeItExpandsTo() throws Exception {
        // one 400 KB string referenced 21,697 times: a 1 MB file that composes into 8.7 GB of text
        String big = "x".repeat(400_000);
        String refs = IntStream.range(0, 21_697).mapToObj(i -> "*a").collect(Collectors.joining(", "));
        Path f = write("s.yaml", "name: &a \"" + big + "\"\ndescription: [" + refs + "]\n");
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("validate", f.toString()));
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).singleElement().asString().startsWith(f + ":2:").contains("alias bomb", "2 MB");
    }

    @Test
    void aResolutionRateOfAlmostNothingGivesNoCostPerResolvedConversationRatherThanInfinity() throws Exception {
        // found by the fuzz test: q = 1e-320 is a valid share, and total / (C × q) overflowed to Infinity
        Path f = write("q.yaml", example().replace("  max_retries: 3\n", "  max_retries: 3\n  resolution_rate: 1e-320\n"));
        CliRun r = CliRun.of("estimate", f.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        FiniteJson.check(r.out(), "estimate");
        assertThat(r.out()).contains("\"usd_per_resolved_conversation\" : null");
        CliRun s = CliRun.of("simulate", f.toString(), "--iterations", "500", "--format", "json");
        assertThat(s.code()).as(s.err()).isEqualTo(Cli.OK);
        FiniteJson.check(s.out(), "simulate");
    }

    @Test
    void aDeviceThatNeverEndsIsReadOnlyUpToTheLimit() {
        // /dev/zero has size 0 and endless content: reading it whole never finished
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("validate", "/dev/zero"));
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).singleElement().asString().startsWith("/dev/zero: ").contains("larger than 1024 KB");
    }

    @Test
    void combinationsBeyondTheBoundAreRefusedBeforeAnyWork() throws Exception {
        // 100 phases × 100 agents × 100 architectures: a 9 KB file that made estimate use 6.3 GB
        StringBuilder y = new StringBuilder("workload: {monthly_conversations: 10, turns_per_conversation: 2, user_tokens_per_turn: 10,"
                + " output_tokens_per_call: 10, model_mix: {nova-micro: 1}}\nphases:\n");
        for (int i = 0; i < 100; i++) y.append("  p").append(i).append(": {}\n");
        y.append("agents:\n");
        for (int i = 0; i < 100; i++) y.append("  - {name: a").append(i).append("}\n");
        y.append("architectures:\n");
        for (int i = 0; i < 100; i++) y.append("  x").append(i).append(": {bedrock: {}}\n");
        Path f = write("wide.yaml", y.toString());
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("estimate", f.toString()));
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).anyMatch(l -> l.startsWith(f + ":3:") && l.contains("100 phases; at most 12"))
                .anyMatch(l -> l.contains("100 phases × 100 architectures × 100 agents") && l.contains("at most 1000"))
                .anyMatch(l -> l.startsWith(f + ":205:") && l.contains("100 architectures; at most 12"));
    }

    @Test
    void iterationsAndMonthsBeyondTheirBoundsAreRefusedFromTheFile() throws Exception {
        refusedAt(write("it.yaml", example().replace("iterations: 20000,", "iterations: 1e9,")), 11, "simulation.iterations",
                "1 to 50,000,000");
        Path m = write("m.yaml", example().replace("- {phase: dev, months: 3}", "- {phase: dev, months: 2147483647}"));
        refusedAt(m, 51, "timeline[0].months", "1 to 240", "2147483647");
    }

    @Test
    void aNameTooLongForTheReportsIsRefusedBeforeTheExport() throws Exception {
        Path f = write("n.yaml", example().replace("name: triage", "name: " + "x".repeat(40_000)));
        refusedAt(f, 57, "agents[0].name", "longer than 64 characters", "(40,000 characters)");
        CliRun r = CliRun.of("validate", f.toString());
        assertThat(r.err().length()).as("the message quotes an excerpt, not the name").isLessThan(400);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        Path f = write("csv.yaml", example().replace("name: triage", "name: \"=HYPERLINK(\\\"http://x\\\")\"")
                .replace("name: resolver", "name: \"@SUM(1)\""));
        CliRun r = CliRun.of("estimate", f.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        // OWASP: a leading apostrophe makes the cell text; quoting alone does not stop Excel or LibreOffice
        assertThat(r.out()).contains(",\"'=HYPERLINK(").contains("'@SUM(1)").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void correlationsThatContradictEachOtherAreRefusedByValidateWithTheirLine() throws Exception {
        String text = example().replace("  - [monthly_conversations, turns_per_conversation, 0.3]",
                "  - [monthly_conversations, turns_per_conversation, 0.95]\n  - [turns_per_conversation, retry_rate, 0.95]\n"
                        + "  - [monthly_conversations, retry_rate, -0.95]");
        refusedAt(write("k.yaml", text), 55, "correlations", "contradict");
    }

    @Test
    void sixtyThousandUnknownKeysGetAShortAnswerAtOnce() throws Exception {
        String keys = IntStream.range(0, 60_000).mapToObj(i -> "u" + i + ": 1").collect(Collectors.joining("\n"));
        Path f = write("u.yaml", keys + "\n");
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("validate", f.toString()));
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).hasSize(101).last().asString().contains("more problems");
    }

    @Test
    void aHugeKeyGivesAShortMessage() throws Exception {
        Path f = write("h.yaml", "k" + "y".repeat(900_000) + ": 1\narchitectures: {a: {dynamodb: {}}}\n");
        CliRun r = CliRun.of("validate", f.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().length()).isLessThan(1_000);
        // a plain key may not be longer than 1,024 characters in YAML: a syntax error, located, quoting nothing of the key
        assertThat(r.errLines()).singleElement().asString().startsWith(f + ":1:").contains("YAML syntax error");
    }

    @Test
    void controlCharactersAndRightToLeftOverridesAreEscapedInMessages() throws Exception {
        // U+202E would reverse the rest of the terminal line; ESC would start an escape sequence
        Path f = write("ctl.yaml", "name: t\nworkload: {\"max_re\u202Etries\": 3}\narchitectures: {a: {dynamodb: {}}}\n");
        CliRun r = CliRun.of("validate", f.toString());
        assertThat(r.errLines()).singleElement().asString().contains("max_re\\u202Etries").doesNotContain("\u202E");
        Path esc = write("esc.yaml", "name: t\nworkload: {max_re\u001B[31mtries: 3}\n");
        CliRun e = CliRun.of("validate", esc.toString());
        assertThat(e.errLines()).singleElement().asString().startsWith(esc + ":2:").contains("\\u001B").doesNotContain("\u001B");
    }

    @Test
    void nestingAndAliasLimitsNameTheirLine() throws Exception {
        Path deep = write("deep.yaml", "name: t\nworkload: " + "[".repeat(60) + "]".repeat(60) + "\n");
        CliRun r = CliRun.of("validate", deep.toString());
        assertThat(r.errLines()).singleElement().asString().startsWith(deep + ":2:").contains("nested deeper than 40");
        Path dup = write("dup.yaml", example().replace("  max_retries: 3\n", "  max_retries: 3\n  max_retries: 4\n"));
        refusedAt(dup, 20, "workload.max_retries", "duplicate key", "line 19");
    }

    @Test
    void everyLineOfAManyProblemFileIsLocated() throws Exception {
        Path f = write("many.yaml", example().replace("retry_rate: 0.05", "retry_rate: 5").replace("max_retries: 3", "max_retries: 1e400")
                .replace("log_kb_per_turn: 2", "log_kb_per_turn: 1e20").replace("months: 18", "months: 900"));
        CliRun r = CliRun.of("validate", f.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).hasSize(4).allMatch(l -> Pattern.compile(Pattern.quote(f.toString()) + ":\\d+:\\d+: \\S+: .+").matcher(l).matches());
    }

    @Test
    void aSheetNamedLikeExcelsReservedHistoryIsRenamedAndSaysSo() throws Exception {
        Path f = write("hist.yaml", example().replace("  enterprise: {preset: enterprise}", "  History: {preset: enterprise}"));
        Path out = dir.resolve("w.xlsx");
        CliRun r = CliRun.of("export", f.toString(), "-o", out.toString(), "--iterations", "500");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        try (var wb = new XSSFWorkbook(out.toFile())) {
            List<String> sheets = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertThat(sheets).doesNotContain("History").contains("History 2");
            assertThat(wb.getSheet("History 2").getRow(0).getCell(13).getStringCellValue()).contains("'History'", "not History");
        }
    }
}
