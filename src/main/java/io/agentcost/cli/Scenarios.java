package io.agentcost.cli;

import io.agentcost.app.AgentCost;
import io.agentcost.scenario.LoadResult;
import java.nio.file.Path;

/** Loading a scenario for a command: problems become {@link BadInput}. */
final class Scenarios {

    private Scenarios() {
    }

    static LoadResult load(AgentCost services, Path file) {
        LoadResult r = services.load(file);
        if (!r.ok()) throw BadInput.of(r.problems());
        return r;
    }
}
