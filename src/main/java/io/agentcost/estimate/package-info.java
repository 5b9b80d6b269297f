/** Scenarios compiled into cost lines ({@code CostModel}), the nominal estimate, and the per-thread kernel of the Monte Carlo. */
package io.agentcost.estimate;
