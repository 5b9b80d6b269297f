package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line as a whole: subcommands registered one at a time (decision 0015) behave as if all were. */
class CliTest {

    private static String example() {
        return Fixtures.root().resolve("scenarios/support-agent.yaml").toString();
    }

    @Test
    void everySubcommandIsListedUnderItsOwnCommandName() {
        for (Cli.Subcommand c : Cli.SUBCOMMANDS) {
            assertThat(c.type().getAnnotation(Command.class).name()).as(c.type().getName()).isEqualTo(c.name());
        }
    }

    @Test
    void theUsageListsEverySubcommandInOrder() {
        CliRun r = CliRun.of("--help");

        assertThat(r.code()).isEqualTo(Cli.OK);
        List<String> listed = r.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .filter(l -> !l.startsWith("    ")).map(l -> l.trim().split(" ")[0]).toList();
        assertThat(listed).containsExactly("estimate", "simulate", "forecast", "export", "validate", "keys", "pricing", "help");
    }

    @Test
    void helpOfASubcommandIsItsUsage() {
        CliRun r = CliRun.of("help", "estimate");

        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).startsWith("Usage: agentcost estimate [--format=F] [--phase=P] FILE");
    }

    @Test
    void aMistypedSubcommandIsAnsweredWithTheNearestNames() {
        CliRun r = CliRun.of("estimat", example());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("Did you mean: agentcost estimate or agentcost simulate or agentcost validate?");
    }

    @Test
    void aBadOptionOfASubcommandShowsThatSubcommandsUsage() {
        CliRun r = CliRun.of("estimate", example(), "--format", "bad");

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).first().asString().startsWith("Invalid value for option '--format'");
        assertThat(r.err()).contains("Usage: agentcost estimate [--format=F] [--phase=P] FILE");
    }

    @Test
    void pricingKeepsItsOwnSubcommands() {
        CliRun r = CliRun.of("pricing");

        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("refresh").contains("show");
    }
}
