package io.agentcost.report;

import static io.agentcost.report.Format.money;
import static io.agentcost.report.Format.padLeft;
import static io.agentcost.report.Format.padRight;
import static io.agentcost.report.Format.simulated;

import io.agentcost.model.Budget;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The simulation for a person: per phase the architectures' bands, budget risk, chance of being cheapest, drivers. */
public final class SimulationTable {

    private SimulationTable() {
    }

    public static String render(String scenario, Budget budget, SimulationResult r) {
        StringBuilder out = new StringBuilder();
        var run = r.run();
        out.append(scenario).append(" — Monte Carlo, monthly cost in USD\n");
        out.append(String.format(Locale.ROOT, "%,d iterations, %s sampling, seed %d, %d threads, %.2f s; prices of %s; agentcost %s%n",
                run.iterations(), run.sampling(), run.seed(), run.threads(), run.seconds(), run.catalogDate(), run.version()));
        if (run.targetRelativeError() != null) {
            out.append(String.format(Locale.ROOT, "P90 relative error %.4f (target %.4f, %s)%n", run.p90RelativeError(),
                    run.targetRelativeError(), run.converged() ? "reached" : "NOT reached"));
        }
        if (budget.monthlyUsd() != null || budget.killSwitchUsd() != null) {
            out.append("Budget ").append(budget.monthlyUsd() == null ? "none" : money(budget.monthlyUsd()))
                    .append(" a month, kill switch ").append(budget.killSwitchUsd() == null ? "none" : money(budget.killSwitchUsd())).append('\n');
        }
        LinkedHashSet<String> phases = new LinkedHashSet<>();
        r.cells().forEach(c -> phases.add(c.phase()));
        for (String phase : phases) phase(out, r, phase);
        if (!r.correlatedInputs().isEmpty()) {
            out.append("\nRank correlations (target → achieved):\n");
            List<String> in = r.correlatedInputs();
            for (int a = 0; a < in.size(); a++) {
                for (int b = a + 1; b < in.size(); b++) {
                    if (r.targetSpearman()[a][b] == 0) continue;
                    out.append(String.format(Locale.ROOT, "  %s ~ %s: %.2f → %.3f%n", in.get(a), in.get(b), r.targetSpearman()[a][b],
                            r.achievedSpearman()[a][b]));
                }
            }
        }
        if (!r.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            r.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        return out.toString();
    }

    private static void phase(StringBuilder out, SimulationResult r, String phase) {
        List<SimulationResult.CellResult> cells = r.cells().stream().filter(c -> c.phase().equals(phase)).toList();
        out.append("\nPhase ").append(phase).append('\n');
        String[] head = {"ARCHITECTURE", "NOMINAL", "P10", "P50", "P90", "MEAN", "P(>BUDGET)", "P(KILL)", "P(CHEAPEST)", "$/CONV P50",
                "$/RESOLVED P50"};
        // P(commitment wasted) only where some architecture of the phase has commitments (other tables print as before)
        boolean commitments = cells.stream().anyMatch(c -> c.pCommitmentWasted() != null);
        if (commitments) head = Arrays.copyOf(head, head.length + 1);
        if (commitments) head[head.length - 1] = "P(COMMIT WASTED)";
        List<String[]> rows = new ArrayList<>();
        SimulationResult.CellResult best = null;
        for (SimulationResult.CellResult c : cells) {
            String[] row = {c.architecture(), money(c.nominalUsd()), sim(c.total().p10()), sim(c.total().p50()),
                    sim(c.total().p90()), sim(c.total().mean()), pct(c.pExceedBudget()), pct(c.pKillSwitch()), pct(c.pCheapest()),
                    unit(c.usdPerConversation()), unit(c.usdPerResolvedConversation())};
            if (commitments) row = Arrays.copyOf(row, row.length + 1);
            if (commitments) row[row.length - 1] = pct(c.pCommitmentWasted());
            rows.add(row);
            if (best == null || c.total().p50() < best.total().p50()) best = c;
        }
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) w[i] = head[i].length();
        for (String[] row : rows) for (int i = 0; i < row.length; i++) w[i] = Math.max(w[i], row[i].length());
        out.append(line(head, w));
        for (String[] row : rows) out.append(line(row, w));
        if (best != null) {
            out.append("  Cheapest at the median: ").append(best.architecture()).append(" (").append(sim(best.total().p50())).append(")");
            for (SimulationResult.Pairwise p : r.pairwise()) {
                if (!p.phase().equals(phase)) continue;
                if (p.a().equals(best.architecture()) || p.b().equals(best.architecture())) {
                    String other = p.a().equals(best.architecture()) ? p.b() : p.a();
                    double pBest = p.a().equals(best.architecture()) ? p.pACheaper() : 1 - p.pACheaper();
                    out.append(String.format(Locale.ROOT, "; cheaper than %s in %.0f%%", other, 100 * pBest));
                }
            }
            out.append('\n');
            final String name = best.architecture();
            List<SimulationResult.Sensitivity> drivers = r.sensitivity().stream()
                    .filter(s -> s.phase().equals(phase) && s.architecture().equals(name)).limit(3).toList();
            if (!drivers.isEmpty()) {
                out.append("  What drives ").append(name).append(" (input at P10 → P90; rank correlation):\n");
                for (SimulationResult.Sensitivity s : drivers) {
                    out.append(String.format(Locale.ROOT, "    %-45s %s → %s; %+.2f%n", s.input(), sim(s.lowUsd()), sim(s.highUsd()),
                            s.rankCorrelation()));
                }
            }
        }
    }

    /** Simulated figures without cents (decision 0021); the nominal column keeps them. */
    private static String sim(double usd) {
        return simulated(usd);
    }

    private static String pct(Double p) {
        return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? padRight(cells[i], w[i]) : padLeft(cells[i], w[i]));
            if (i < cells.length - 1) sb.append("  ");
        }
        return sb.append('\n').toString();
    }

    private static String unit(Summary s) {
        return s == null ? "n/a" : Format.unitCost(s.p50());
    }
}
