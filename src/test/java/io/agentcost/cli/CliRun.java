package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Exit code and both streams of one CLI run, as a user's shell sees them. */
record CliRun(int code, String out, String err) {

    /** A run with the bundled catalog. */
    static CliRun of(String... args) {
        return with(Fixtures.services(), args);
    }

    static CliRun with(AgentCost services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(services, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
