package io.agentcost.calibrate;

/**
 * One line of a cost export, as read: where, which month, what it bills and for how much.
 *
 * @param service   the plan's service (component key) the line belongs to, or null when no component bills it
 * @param compared  false for lines the plan never estimates (tax, credits, refunds): listed, not compared
 * @param agent     the agent cost-allocation tag's value, or null
 */
public record CostLine(String file, long line, String month, String productCode, String usageType, String lineType,
                       String service, boolean compared, String agent, double usd) {
}
