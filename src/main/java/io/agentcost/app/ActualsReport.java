package io.agentcost.app;

import io.agentcost.calibrate.CostLine;
import io.agentcost.calibrate.Placement;
import java.util.List;

/**
 * A month's actual bill beside the plan's simulated distribution for the matching phase and architecture (issue 18).
 *
 * @param total       every compared line (unknown usage types included) against the simulated total's S-curve
 * @param unknown     compared lines no component of the plan bills (usage types it does not know), summed per usage type
 * @param notCompared tax, credits and refunds: listed, not compared
 * @param scurve      the simulated total at 0%, 1%, …, 100% (for the app's chart)
 */
public record ActualsReport(String file, String format, String month, String phase, String phaseReason, String architecture,
                            int iterations, Row total, List<Row> services, List<Row> agents, List<CostLine> unknown,
                            List<CostLine> notCompared, double[] scurve) {

    public ActualsReport {
        services = List.copyOf(services);
        agents = List.copyOf(agents);
        unknown = List.copyOf(unknown);
        notCompared = List.copyOf(notCompared);
    }

    /**
     * One service, agent or the total: the actual, the plan's P10/P50/P90 (null where the plan has no such part), where
     * the actual falls, and the lines that explain the gap (the export's largest, the plan's largest nominal lines).
     */
    public record Row(String name, double actualUsd, Double p10, Double p50, Double p90, Placement placement, List<Explain> lines) {
        public Row {
            lines = List.copyOf(lines);
        }

        /** Actual − plan median, or the actual where the plan has nothing. */
        public double gap() {
            return actualUsd - (p50 == null ? 0 : p50);
        }
    }

    /** @param side "actual" (an export line: usage type) or "plan" (a nominal line item) */
    public record Explain(String side, String name, double usd) {
    }
}
