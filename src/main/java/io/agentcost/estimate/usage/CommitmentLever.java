package io.agentcost.estimate.usage;

import io.agentcost.estimate.expr.LeverKey;

/**
 * The workbook lever of one savings plan's hourly commitment (SPEC §13, §8): blank by default (the Inputs sheet's
 * hourly_usd applies), a number typed in replaces it in every phase and month of the architecture.
 *
 * @param commitment the plan's index among the architecture's commitments
 */
public record CommitmentLever(String architecture, int commitment, String plan) implements LeverKey {

    @Override
    public boolean isSwitch() {
        return false;
    }

    public String label() {
        return "Hourly commitment (USD/hour): " + architecture + ", " + plan;
    }
}
