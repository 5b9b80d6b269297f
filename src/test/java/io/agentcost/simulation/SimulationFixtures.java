package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.SimulationSettings;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;

/** Scenario text → compiled model → simulation, for the tests of this package. */
final class SimulationFixtures {

    private SimulationFixtures() {
    }

    static CostModel model(String yaml) {
        LoadResult r = Fixtures.load(yaml);
        if (!r.ok()) throw new AssertionError(r.problems().toString());
        return CostModel.compile(r.scenario(), r.catalog());
    }

    static SimulationOptions options(int iterations, long seed, SimulationSettings.Sampling sampling, int threads) {
        return new SimulationOptions(iterations, seed, sampling, null, iterations, threads);
    }

    static SimulationResult simulate(String yaml, int iterations, long seed, SimulationSettings.Sampling sampling, int threads) {
        return Simulator.run(model(yaml), options(iterations, seed, sampling, threads));
    }
}
