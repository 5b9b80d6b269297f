package io.agentcost.ui;

import io.agentcost.simulation.SimulationResult;

/** One architecture's row of the comparison table for the selected phase. */
public record ResultsRow(String architecture, double nominal, double p10, double p50, double p90, double mean,
                         Double pExceedBudget, double pCheapest) {

    static ResultsRow of(SimulationResult.CellResult c) {
        return new ResultsRow(c.architecture(), c.nominalUsd(), c.total().p10(), c.total().p50(), c.total().p90(), c.total().mean(),
                c.pExceedBudget(), c.pCheapest());
    }
}
