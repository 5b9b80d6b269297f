package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.app.LogCalibration;
import io.agentcost.calibrate.AgentFit;
import io.agentcost.calibrate.BadFile;
import io.agentcost.pricing.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", description = "Fits scenario inputs to Bedrock model invocation logs (plain or gzip, S3 delivery or CloudWatch"
        + " Logs export): model mix, turns and calls as {varies: …}, tokens, caching, conversations and growth; each value commented.")
final class CalibrateCommand implements Callable<Integer> {

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Option(names = "--invocation-logs", paramLabel = "DIR|FILE", required = true, description = "A log file or a directory read recursively in name order.")
    Path logs;

    @Option(names = "--group-by", paramLabel = "KEY", defaultValue = "session",
            description = "What makes a conversation: session (requestMetadata sessionId, session_id or session) or requestMetadata.KEY (default: ${DEFAULT-VALUE}).")
    String groupBy;

    @Option(names = "--agent-tag", paramLabel = "KEY", description = "requestMetadata key naming the agent: one agent per value in the fitted file.")
    String agentTag;

    @Option(names = {"-o", "--output"}, paramLabel = "YAML", required = true, description = "Fitted scenario to write (replaced atomically; nothing is written on failure).")
    Path output;

    CalibrateCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LogCalibration r;
        try {
            r = LogCalibration.run(services, logs, groupBy, agentTag, output.toString());
        } catch (BadFile e) {
            throw new BadInput(e.messages());
        }
        byte[] bytes = r.fragment().text().getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.replace(output, out -> out.write(bytes), written -> {
            });
        } catch (IOException e) {
            throw new BadInput(List.of(output + ": cannot write (" + e.getMessage() + "); nothing was written"));
        }
        var err = spec.commandLine().getErr();
        r.fragment().warnings().forEach(w -> err.println("warning: " + w));
        if (r.skipped() > 0) err.println("note: " + r.skipped() + " records of another schemaType were skipped");
        var out = spec.commandLine().getOut();
        out.printf("wrote %s: %d records in %d file(s), %s to %s%n", output, r.fitted().records(), r.fitted().files(),
                r.fitted().firstTimestamp(), r.fitted().lastTimestamp());
        for (AgentFit a : r.fitted().agents())
            out.printf("  %s: %d calls, %d conversations, %.2f turns per conversation, %.2f calls per turn%n", a.name(), a.calls(),
                    a.conversations(), a.turnsPerConversation().mean(), a.callsPerTurn().mean());
        return Cli.OK;
    }
}
