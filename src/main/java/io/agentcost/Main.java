package io.agentcost;

import io.agentcost.app.AgentCost;
import io.agentcost.cli.Cli;
import io.agentcost.ui.AgentCostApp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Entry point of the jar and the ./agentcost launcher: no arguments (or {@code app [FILE]}) opens the
 * desktop app, anything else runs the CLI. A plain class, not a JavaFX Application, so the
 * class path launch works without the JavaFX module checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("app")) {
            AgentCostApp.main(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = Cli.run(AgentCost.forInstallation(), out, err, args);
        } catch (OutOfMemoryError e) {
            // not a bug report: say what to change (picocli hands on errors, not only exceptions)
            err.println("agentcost: out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap): use fewer --iterations,"
                    + " or a larger heap with AGENTCOST_JAVA_OPTS=-Xmx4g");
            code = Cli.FAILED;
        }
        // System.out keeps its write errors to itself (a full disk behind a redirect, a closed pipe): a truncated
        // report must not exit 0
        if (System.out.checkError() && code == Cli.OK) {
            err.println("agentcost: could not write all of the output (disk full, or the reader closed the pipe)");
            code = Cli.FAILED;
        }
        System.exit(code);
    }
}
