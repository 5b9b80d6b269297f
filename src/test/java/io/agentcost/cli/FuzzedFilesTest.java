package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.app.AgentCost;
import io.agentcost.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 7: thousands of mutated scenario files through the CLI's own entry point. For each: exit 0 or
 * 2, never a stack trace; every message names the file and, unless it is about the whole file, a line and a
 * column; no raw control character reaches the terminal; a file that validates gives a finite estimate (and
 * every tenth a finite simulation); each run ends within its time limit. The mutations are what a hurried user
 * or a hostile file does: characters deleted, tokens inserted (huge and non-finite numbers, anchors, aliases,
 * tags, brackets, quotes, tabs, invisible characters, long strings), numbers replaced by extremes, lines
 * duplicated, swapped and re-indented. A failure prints the seed and case to reproduce it.
 */
class FuzzedFilesTest {

    private static final long SEED = Long.getLong("fuzz.seed", 13);
    private static final int FILES = Integer.getInteger("fuzz.files", 2_500);
    private static final long LIMIT_SECONDS = 10;

    private static final String[] TOKENS = {"1e309", "-1", "1e308", "NaN", ".inf", "-.inf", "&a ", "*a", "*zz", "!!java.lang.Object ",
            "!custom ", "\u202E", "\u0000", "\u001B[31m", "\t", "[[[[[[[[", "]]", "{", "}", ":", ": :", "- ", "'", "\"", "~", "0x1F",
            "1_000_000", "<<: *a\n", "? ", "|\n", ">\n", "%YAML 1.1\n", "---\n", "...\n", "#", "\uFEFF", "\u200B", "=HYPERLINK(1)",
            "{lognormal: {median: 1e11, p90: 1e12}}", "{pert: [0, 1, 1e300]}", "{discrete: {values: [1, 2], weights: [0, 0]}}",
            "{normal: {mean: 5, sd: 1e200}}", "{uniform: [5, 1]}", "2147483648", "9223372036854775808", "1e-320", "0.1e-400",
            "x".repeat(5_000), "\n  " + "k: ".repeat(60), "&a [*a]", "é", "日本語", "\uD83D\uDE00"};
    private static final String[] NUMBERS = {"0", "-5", "1e12", "1e13", "1e300", "2147483648", "1e-300", "0.5", "1.0000001", "100", "1e6"};
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?(e-?\\d+)?(?![\\w.])");
    private static final Pattern LOCATED = Pattern.compile(":\\d+:\\d+: ");
    /** Problems about the file as a whole, which have no line. */
    private static final List<String> WHOLE_FILE = List.of("the file is empty", "larger than", "not UTF-8", "more problems");

    @TempDir
    Path dir;

    @Test
    void mutatedFilesNeverCrashHangOrPrintNonFiniteNumbersAndEveryMessageHasAPosition() throws Exception {
        List<String> bases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Fixtures.root().resolve("scenarios"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) bases.add(Files.readString(p));
        }
        bases.add(Files.readString(Fixtures.root().resolve("src/test/resources/export/kitchen-sink.yaml")));
        AgentCost services = Fixtures.services();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        int validated = 0;
        List<String> failures = new ArrayList<>();
        try {
            for (int i = 0; i < FILES; i++) {
                SplittableRandom random = new SplittableRandom(SEED * 1_000_003 + i);
                String text = mutate(bases.get(random.nextInt(bases.size())), random);
                Path file = dir.resolve("fuzz-" + i + ".yaml");
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
                String where = "-Dfuzz.seed=" + SEED + " case " + i + " (" + file + ")";
                try {
                    CliRun v = run(runner, services, where, "validate", file.toString());
                    assertThat(v.code()).as(where + "\n" + v.err()).isIn(Cli.OK, Cli.BAD_INPUT);
                    checkMessages(v, file, where);
                    if (v.code() != Cli.OK) continue;
                    validated++;
                    checkFinite(run(runner, services, where, "estimate", file.toString(), "--format", "json"), where);
                    if (i % 10 == 0) checkFinite(run(runner, services, where, "simulate", file.toString(), "--iterations", "200", "--format", "json"), where);
                } catch (AssertionError e) {
                    // all failures of the run at once, each with the case to reproduce it (its file is kept in target/fuzz-failures)
                    failures.add(e.getMessage());
                    Path kept = Fixtures.root().resolve("target/fuzz-failures");
                    Files.createDirectories(kept);
                    Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    if (failures.size() >= 20) break;
                    continue;
                }
                Files.delete(file);
            }
        } finally {
            runner.shutdownNow();
        }
        assertThat(failures).as("failed cases").isEmpty();
        // the mutations must leave enough files valid for the finite-output checks to mean something
        assertThat(validated).as("files that validated").isGreaterThan(FILES / 10);
    }

    private static CliRun run(ExecutorService runner, AgentCost services, String where, String... args) throws Exception {
        Future<CliRun> f = runner.submit(() -> CliRun.with(services, args));
        try {
            return f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("over " + LIMIT_SECONDS + " s: " + String.join(" ", args) + "\n" + where);
        }
    }

    private static void checkMessages(CliRun r, Path file, String where) {
        assertThat(r.out() + r.err()).as(where).doesNotContain("\tat ").doesNotContain("Exception");
        if (r.code() == Cli.BAD_INPUT) assertThat(r.errLines()).as(where).isNotEmpty();
        for (String line : r.errLines()) {
            assertThat(line).as(where).startsWith(file + ":").hasSizeLessThan(2_000);
            assertThat(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0x202E || c == 0x200B || c == 0xFEFF))
                    .as("raw control or invisible character in: %s\n%s", line, where).isTrue();
            boolean wholeFile = WHOLE_FILE.stream().anyMatch(line::contains);
            if (!wholeFile) assertThat(LOCATED.matcher(line).find()).as("no line and column in: %s\n%s", line, where).isTrue();
        }
    }

    private static void checkFinite(CliRun r, String where) {
        assertThat(r.code()).as(where + "\n" + r.err()).isEqualTo(Cli.OK);
        FiniteJson.check(r.out(), where);
        assertThat(r.err()).as(where).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** One to three mutations of a base file. */
    static String mutate(String base, SplittableRandom random) {
        String text = base;
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) text = mutateOnce(text, random);
        return text;
    }

    private static String mutateOnce(String text, SplittableRandom random) {
        if (text.isEmpty()) return TOKENS[random.nextInt(TOKENS.length)];
        int at = random.nextInt(text.length());
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                return text.substring(0, at) + text.substring(end);
            }
            case 1 -> {
                return text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
            }
            case 2 -> {
                Matcher n = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (n.find()) spans.add(new int[]{n.start(), n.end()});
                if (spans.isEmpty()) return text;
                int[] s = spans.get(random.nextInt(spans.size()));
                return text.substring(0, s[0]) + NUMBERS[random.nextInt(NUMBERS.length)] + text.substring(s[1]);
            }
            case 3 -> lines.add(line, lines.get(line));
            case 4 -> {
                int other = random.nextInt(lines.size());
                String t = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, t);
            }
            case 5 -> {
                String l = lines.get(line);
                int shift = random.nextInt(7) - 3;
                lines.set(line, shift > 0 ? " ".repeat(shift) + l : l.substring(Math.min(-shift, l.length() - l.stripLeading().length())));
            }
            default -> {
                // a whole value replaced by a token: the mutations that keep the file YAML
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                if (colon < 0) return text;
                lines.set(line, l.substring(0, colon + 2) + TOKENS[random.nextInt(TOKENS.length)]);
            }
        }
        return String.join("\n", lines);
    }
}
