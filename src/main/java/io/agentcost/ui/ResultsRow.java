package io.agentcost.ui;

import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;

/**
 * One architecture's row of the comparison table for the selected phase.
 *
 * @param perConversation simulated P50 of usd_per_conversation (SPEC §12), as the CLI's table shows it; null without
 *                        conversations users start
 * @param perResolved     the same per resolved conversation
 * @param pCommitmentWasted P(commitment wasted) (SPEC §13); null for an architecture without commitments
 */
public record ResultsRow(String architecture, double nominal, double p10, double p50, double p90, double mean,
                         Double pExceedBudget, Double pKillSwitch, double pCheapest, Double perConversation, Double perResolved,
                         Double pCommitmentWasted) {

    static ResultsRow of(SimulationResult.CellResult c) {
        return new ResultsRow(c.architecture(), c.nominalUsd(), c.total().p10(), c.total().p50(), c.total().p90(), c.total().mean(),
                c.pExceedBudget(), c.pKillSwitch(), c.pCheapest(), p50(c.usdPerConversation()), p50(c.usdPerResolvedConversation()),
                c.pCommitmentWasted());
    }

    private static Double p50(Summary s) {
        return s == null ? null : s.p50();
    }
}
