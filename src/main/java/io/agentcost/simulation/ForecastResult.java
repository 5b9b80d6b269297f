package io.agentcost.simulation;

import java.util.List;

/**
 * The monthly forecast over the timeline: per month and architecture the monthly and cumulative
 * cost bands, and per pair of architectures when (and how likely) the cumulative costs cross.
 */
public record ForecastResult(SimulationResult.RunRecord run, List<String> architectures, List<Month> months,
                             List<BreakEven> breakEvens, List<String> warnings) {

    /**
     * One month (0 = the one-time costs before the first month). Arrays are in architecture order.
     *
     * @param p10 monthly cost percentiles
     * @param cumulativeP50 cumulative cost including one-time costs
     */
    public record Month(int month, String phase, double[] p10, double[] p50, double[] p90, double[] mean,
                        double[] cumulativeP10, double[] cumulativeP50, double[] cumulativeP90) {
    }

    /**
     * @param month       the month the median cumulative curves cross (null when they do not within the horizon)
     * @param probability share of iterations in which the cumulative costs cross within the horizon
     * @param medianMonthWhenItHappens median crossing month over the iterations that cross (null when none)
     * @param cheaperAfter the architecture that is cheaper after the crossing of the median curves (or the one
     *                     cheaper throughout when they do not cross)
     */
    public record BreakEven(String a, String b, Integer month, double probability, Integer medianMonthWhenItHappens,
                            String cheaperAfter) {
    }
}
