package io.agentcost.cli;

import io.agentcost.report.KeyReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "keys", description = "Print the scenario file key reference (units, defaults, presets) as Markdown.")
final class KeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(KeyReference.markdown());
        return Cli.OK;
    }
}
