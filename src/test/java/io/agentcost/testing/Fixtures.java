package io.agentcost.testing;

import io.agentcost.app.AgentCost;
import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.model.Problem;
import io.agentcost.report.Format;
import io.agentcost.scenario.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The real loader, bundled catalog and engine, for tests that start from scenario text. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The project root (surefire sets agentcost.root; IDEs run from the root). */
    public static Path root() {
        String r = System.getProperty("agentcost.root");
        Path p = Path.of(r != null ? r : ".").toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("pricing-cache"))) throw new IllegalStateException("no pricing-cache under " + p);
        return p;
    }

    public static AgentCost services() {
        return new AgentCost(root().resolve("pricing-cache"));
    }

    public static LoadResult load(String yaml) {
        return services().parse(yaml, "test.yaml");
    }

    /** Problems of a scenario that must not load, formatted as the CLI prints them. */
    public static List<String> problems(String yaml) {
        LoadResult r = load(yaml);
        if (r.ok()) throw new AssertionError("expected problems, but the scenario loaded");
        return r.problems().stream().map(Problem::format).toList();
    }

    public static EstimateReport estimate(String yaml) {
        LoadResult r = load(yaml);
        if (!r.ok()) {
            throw new AssertionError("scenario does not load:\n" + r.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
        return services().estimate(r.scenario(), r.catalog(), null);
    }

    /** The only phase × architecture result of a one-phase, one-architecture scenario. */
    public static Estimate single(String yaml) {
        EstimateReport r = estimate(yaml);
        if (r.results().size() != 1) throw new AssertionError("expected one result, got " + r.results().size());
        return r.results().get(0);
    }

    /** The line with this name (and agent, if given); fails when absent or ambiguous. */
    public static LineItem line(Estimate e, String name) {
        List<LineItem> found = e.lines().stream().filter(l -> l.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one line '" + name + "', found " + found.size() + " among "
                    + e.lines().stream().map(LineItem::name).toList());
        }
        return found.get(0);
    }

    public static LineItem line(Estimate e, String agent, String name) {
        List<LineItem> found = e.lines().stream().filter(l -> l.name().equals(name) && agent.equals(l.agent())).toList();
        if (found.size() != 1) throw new AssertionError("expected one line '" + name + "' of agent " + agent + ", found " + found.size());
        return found.get(0);
    }

    public static double usd(Estimate e, String name) {
        return line(e, name).usd();
    }

    /** Cents, as a person reads them: half up. */
    public static double cents(double usd) {
        return Format.cents(usd);
    }
}
