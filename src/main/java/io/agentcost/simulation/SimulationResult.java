package io.agentcost.simulation;

import java.util.List;
import java.util.Map;

/** Everything a simulation reports, with the record of how it was run. */
public record SimulationResult(RunRecord run, List<CellResult> cells, List<Pairwise> pairwise, List<Sensitivity> sensitivity,
                               List<String> correlatedInputs, double[][] targetSpearman, double[][] achievedSpearman,
                               List<String> warnings) {

    /** Seed, iterations, method, catalog date, version, wall time; converged/relative error when a P90 target was set. */
    public record RunRecord(long seed, int iterations, String sampling, String catalogDate, String version, double seconds,
                            int threads, Double targetRelativeError, double p90RelativeError, boolean converged) {
    }

    /**
     * One phase × architecture. {@code breakdown} maps "category:x", "service:x" and "agent:x" to the
     * mean, P50 and P90 of that part (from the first {@code breakdownIterations} iterations).
     */
    public record CellResult(String phase, String architecture, double nominalUsd, Summary total, Double pExceedBudget,
                             Double pKillSwitch, double pCheapest, Map<String, Part> breakdown, int breakdownIterations) {
    }

    public record Part(double mean, double p50, double p90) {
    }

    public record Pairwise(String phase, String a, String b, double pACheaper) {
    }

    /**
     * One input's effect on one cell: Spearman rank correlation with the total over the draws, its share of
     * the explained variance (ρ² normalised), and the total with the input at its P10 and P90, others at median.
     */
    public record Sensitivity(String phase, String architecture, String input, String key, double rankCorrelation,
                              double varianceShare, double lowUsd, double highUsd) {
        public double swing() {
            return Math.abs(highUsd - lowUsd);
        }
    }

    public CellResult cell(String phase, String architecture) {
        for (CellResult c : cells) if (c.phase().equals(phase) && c.architecture().equals(architecture)) return c;
        return null;
    }
}
