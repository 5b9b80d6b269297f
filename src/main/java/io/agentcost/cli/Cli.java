package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.model.Version;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line: {@code agentcost estimate|validate ...}. Commands are thin; they call the same
 * {@link AgentCost} services as the desktop app. Exit codes (SPEC §10): 0 success, 2 bad input
 * (messages on stderr), 1 anything else; 3 when `simulate --fail-if` finds a guardrail broken. No stack trace reaches the user unless AGENTCOST_DEBUG is set.
 */
// scope INHERIT: every subcommand gets -h/--help (and -V), which picocli answers before it checks required parameters
@Command(name = "agentcost", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Cli.VersionProvider.class,
        description = "Plans what an AI agent workload will cost on AWS, with honest uncertainty.",
        subcommands = {EstimateCommand.class, SimulateCommand.class, ForecastCommand.class, DiffCommand.class, ExportCommand.class, ValidateCommand.class, KeysCommand.class,
                CalibrateCommand.class, ActualsCommand.class,
                PricingCommand.class, CommandLine.HelpCommand.class})
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** `simulate --fail-if`: the run worked and a guardrail broke (decision 0021). */
    public static final int GUARDRAIL = 3;

    /** Runs a command line and returns its exit code. */
    public static int run(AgentCost services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(services);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInput bad) {
                bad.messages().forEach(commandLine.getErr()::println);
                return BAD_INPUT;
            }
            commandLine.getErr().println("agentcost: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            if (System.getenv("AGENTCOST_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command tree with its services (tests walk it to check every command). */
    static CommandLine commandLine(AgentCost services) {
        return new CommandLine(new Cli(), new Factory(services));
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"agentcost " + version()};
        }
    }

    public static String version() {
        return Version.current();
    }

    /** Gives commands the shared services. */
    private record Factory(AgentCost services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == EstimateCommand.class) return cls.cast(new EstimateCommand(services));
            if (cls == ValidateCommand.class) return cls.cast(new ValidateCommand(services));
            if (cls == SimulateCommand.class) return cls.cast(new SimulateCommand(services));
            if (cls == DiffCommand.class) return cls.cast(new DiffCommand(services));
            if (cls == ForecastCommand.class) return cls.cast(new ForecastCommand(services));
            if (cls == ExportCommand.class) return cls.cast(new ExportCommand(services));
            if (cls == CalibrateCommand.class) return cls.cast(new CalibrateCommand(services));
            if (cls == ActualsCommand.class) return cls.cast(new ActualsCommand(services));
            if (cls == PricingCommand.Refresh.class) return cls.cast(new PricingCommand.Refresh(services));
            if (cls == PricingCommand.Show.class) return cls.cast(new PricingCommand.Show(services));
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
