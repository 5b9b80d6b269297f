package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line that names its subcommand gets a tree of the root and that subcommand only (decision 0015): what the
 * user sees from it must be what the whole tree would print, for help, version and mistakes alike.
 */
class CliTreeTest {

    @Test
    void theRootAloneIsAnnotatedAsTheRootButForItsSubcommands() throws Exception {
        Command whole = Cli.class.getAnnotation(Command.class);
        Command alone = Cli.Alone.class.getAnnotation(Command.class);
        for (Method attribute : Command.class.getDeclaredMethods()) {
            if (attribute.getName().equals("subcommands")) continue;
            assertThat(attribute.invoke(alone)).as(attribute.getName()).isEqualTo(attribute.invoke(whole));
        }
        assertThat(alone.subcommands()).isEmpty();
    }

    @Test
    void aOneSubcommandTreePrintsWhatTheWholeTreePrints() {
        List<List<String>> paths = new ArrayList<>();
        walk(Cli.commandLine(Fixtures.services()), new ArrayList<>(), paths);
        int compared = 0;
        for (List<String> path : paths) {
            if (path.isEmpty() || path.get(0).equals("help")) continue;
            for (String tail : new String[]{"--help", "-V", "--no-such-option", ""}) {
                // with no arguments a command runs: all but a refresh (which would go to the network) fail or print
                if (tail.isEmpty() && path.contains("refresh")) continue;
                List<String> args = new ArrayList<>(path);
                if (!tail.isEmpty()) args.add(tail);
                String[] line = args.toArray(String[]::new);
                assertThat(Cli.commandLine(Fixtures.services(), line).getSubcommands()).as("tree of " + args).hasSize(1);
                assertThat(run(Cli.commandLine(Fixtures.services(), line), line)).as(String.valueOf(args))
                        .isEqualTo(run(Cli.commandLine(Fixtures.services()), line));
                compared++;
            }
        }
        // estimate, simulate, forecast, diff, export, validate, keys, calibrate, actuals, pricing (refresh, show)
        assertThat(compared).isGreaterThanOrEqualTo(4 * 12 - 1);
    }

    @Test
    void helpAndUnknownCommandsGetTheWholeTree() {
        int whole = Cli.commandLine(Fixtures.services()).getSubcommands().size();
        for (String[] line : new String[][]{{}, {"help"}, {"help", "simulate"}, {"simulte"}, {"--help"}}) {
            assertThat(Cli.commandLine(Fixtures.services(), line).getSubcommands()).as(String.join(" ", line)).hasSize(whole);
        }
    }

    /** Exit code, stdout and stderr of a tree, as {@link Cli#run} would give them. */
    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return code + "\n--- out\n" + out + "\n--- err\n" + err;
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
