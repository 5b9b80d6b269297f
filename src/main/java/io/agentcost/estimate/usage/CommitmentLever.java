package io.agentcost.estimate.usage;

import io.agentcost.estimate.expr.LeverKey;

/**
 * The workbook lever of one commitment (SPEC §13, §8): a savings plan's hourly commitment or a reservation's number of
 * reserved instances. Blank by default (the Inputs sheet's hourly_usd or instances applies); a number typed in
 * replaces it in every phase and month of the architecture.
 *
 * @param commitment  the commitment's index among the architecture's commitments
 * @param plan        the plan's type, or the reservation's name ("reserved ec2")
 * @param reservation true for a reservation's instances, false for a savings plan's hourly commitment
 */
public record CommitmentLever(String architecture, int commitment, String plan, boolean reservation) implements LeverKey {

    @Override
    public boolean isSwitch() {
        return false;
    }

    public String label() {
        return (reservation ? "Reserved instances: " : "Hourly commitment (USD/hour): ") + architecture + ", " + plan;
    }
}
