package io.agentcost.scenario;

import io.agentcost.model.Problem;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import java.util.List;

/** A scenario with the catalog it was checked against, or the problems that stop it (never both). */
public record LoadResult(Scenario scenario, Catalog catalog, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
