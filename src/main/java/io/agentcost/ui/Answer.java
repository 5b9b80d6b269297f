package io.agentcost.ui;

import io.agentcost.model.Budget;
import io.agentcost.report.Format;
import io.agentcost.simulation.SimulationResult.CellResult;
import io.agentcost.simulation.Summary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-line answer over the comparison: which architecture is cheapest at the median and how often, what
 * most of its cost is (why it wins), and what the budget says of it — a finance reader must not see "cheapest"
 * without "over budget in 96% of draws".
 */
final class Answer {

    /** Below this, the chance of passing the budget is not worth a clause. */
    private static final double WORTH_SAYING = 0.05;

    private Answer() {
    }

    static String text(String phase, List<CellResult> cells, Budget budget) {
        CellResult best = cells.stream().min(Comparator.comparingDouble(c -> c.total().p50())).orElse(null);
        if (best == null) return "";
        Summary t = best.total();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s: %s is cheapest at the median (%s a month, P10–P90 %s – %s); cheapest in %s of draws",
                phase, best.architecture(), Format.money(t.p50()), Format.money(t.p10()), Format.money(t.p90()), pct(best.pCheapest())));
        String largest = largestCategory(best);
        if (largest != null) s.append("; ").append(largest);
        if (budget.monthlyUsd() != null && best.pExceedBudget() != null && best.pExceedBudget() >= WORTH_SAYING) {
            s.append(". Over the ").append(whole(budget.monthlyUsd())).append(" budget in ").append(pct(best.pExceedBudget()))
                    .append(" of draws");
            boolean allOver = cells.stream().allMatch(c -> c.pExceedBudget() != null && c.pExceedBudget() > 0.5);
            if (allOver && cells.size() > 1) s.append(" (every architecture is, in most draws)");
        }
        if (budget.killSwitchUsd() != null && best.pKillSwitch() != null && best.pKillSwitch() > 0) {
            s.append(best.pExceedBudget() != null && best.pExceedBudget() >= WORTH_SAYING ? "; " : ". ")
                    .append("the ").append(whole(budget.killSwitchUsd())).append(" kill switch trips in ").append(pct(best.pKillSwitch()));
        }
        return s.toString();
    }

    /** "$6,000": a budget as the user wrote it, without cents. */
    private static String whole(double usd) {
        return String.format(Locale.ROOT, "$%,.0f", usd);
    }

    /** "74% of its cost is people": the category with the largest mean, as a share of the mean total; null without parts. */
    private static String largestCategory(CellResult c) {
        double total = c.total().mean();
        if (!(total > 0)) return null;
        Map.Entry<String, Summary> top = null;
        for (Map.Entry<String, Summary> e : c.breakdown().entrySet()) {
            if (!e.getKey().startsWith("category:")) continue;
            if (top == null || e.getValue().mean() > top.getValue().mean()) top = e;
        }
        if (top == null) return null;
        return pct(top.getValue().mean() / total) + " of its cost is " + top.getKey().substring("category:".length());
    }

    static String pct(double p) {
        if (p > 0 && p < 0.005) return "<1%";
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}
