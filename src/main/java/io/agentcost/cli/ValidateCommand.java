package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.scenario.LoadResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Check a scenario file; exit 2 with one message per problem (file:line:column: key: message).")
final class ValidateCommand implements Callable<Integer> {

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    ValidateCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LoadResult r = Scenarios.load(services, file);
        var s = r.scenario();
        spec.commandLine().getOut().printf("%s: OK — %d phase(s), %d architecture(s)%s, prices %s of %s%n", file,
                s.phases().size(), s.architectures().size(), s.agents().isEmpty() ? "" : ", " + s.agents().size() + " agent type(s)",
                r.catalog().region(), r.catalog().snapshotDate());
        return Cli.OK;
    }
}
