package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationException;
import io.agentcost.simulation.SimulationOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Writes the what-if workbook (.xlsx): live formulas of every input, price and lever, with the"
        + " simulation, sensitivity and forecast.")
final class ExportCommand implements Callable<Integer> {

    private final AgentCost services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "XLSX", required = true, description = "Workbook to write (replaced atomically).")
    Path output;

    @Mixin
    RunOptions run = new RunOptions();

    ExportCommand(AgentCost services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        LoadResult loaded = Scenarios.load(services, file);
        SimulationOptions options = run.resolve(loaded.scenario().simulation(), null, file);
        long start = System.nanoTime();
        try {
            services.exportWorkbook(loaded.scenario(), loaded.catalog(), file.toString(), options, Progress.NONE, () -> false, output);
        } catch (SimulationException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new BadInput(List.of(output + ": cannot write the workbook (" + reason(e) + "); nothing was written"));
        }
        spec.commandLine().getOut().printf("wrote %s (%d iterations, %.1f s)%n", output, options.iterations(),
                (System.nanoTime() - start) / 1e9);
        return Cli.OK;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "cannot create a file in that directory";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
