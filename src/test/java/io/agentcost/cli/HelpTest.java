package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `agentcost X --help` prints X's usage and exits 0 for every command, even those with a required FILE (issue 17). */
class HelpTest {

    @Test
    void everyCommandPrintsItsHelpAndExitsZero() {
        List<List<String>> paths = new ArrayList<>();
        walk(Cli.commandLine(Fixtures.services()), new ArrayList<>(), paths);
        // estimate, simulate, forecast, diff, export, validate, keys, pricing (refresh, show), help: more than the root
        assertThat(paths).hasSizeGreaterThan(9);
        for (List<String> path : paths) {
            for (String flag : new String[]{"--help", "-h"}) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                CliRun r = CliRun.of(args.toArray(String[]::new));
                assertThat(r.code()).as(args + ": " + r.err()).isZero();
                assertThat(r.out()).as(String.valueOf(args)).contains("Usage: agentcost" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
                assertThat(r.err()).as(String.valueOf(args)).doesNotContain("Missing required");
            }
        }
    }

    @Test
    void noHelpTextMakesPicocliWarn() {
        // picocli formats descriptions with String.format and warns on System.err about a bare % (as in "10%")
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String command : new String[]{"estimate", "simulate", "forecast", "diff", "export", "validate", "keys"}) {
                assertThat(CliRun.of(command, "--help").code()).isZero();
            }
            assertThat(CliRun.of("pricing", "show", "--help").code()).isZero();
            assertThat(CliRun.of("pricing", "refresh", "--help").code()).isZero();
        } finally {
            System.setErr(before);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN").isEmpty();
        assertThat(CliRun.of("simulate", "--help").out()).contains("10%); OP:").doesNotContain("10%%");
    }

    @Test
    void estimateHelpNamesItsFileAndFormat() {
        CliRun r = CliRun.of("estimate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("FILE", "--format", "--phase");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingFileIsStillBadInput() {
        CliRun r = CliRun.of("estimate");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("Missing required parameter");
    }

    private static void walk(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) return; // aliases
            List<String> next = new ArrayList<>(path);
            next.add(name);
            walk(sub, next, out);
        });
    }
}
