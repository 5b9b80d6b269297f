package io.agentcost.ui;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Budget;
import io.agentcost.model.Category;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.simulation.SimulationResult.CellResult;
import io.agentcost.simulation.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer over the comparison: which architecture is cheapest at the median and how often, what most of its
 * cost is, what the budget says of it — a finance reader must not see "cheapest" without "over budget in 96% of
 * draws" — and, on a line of its own, why it and not the runner-up: the nominal lines that separate the two.
 */
final class Answer {

    /** How many lines the "why" names on each side. */
    private static final int WHY_LINES = 2;

    private Answer() {
    }

    static String text(String phase, List<CellResult> cells, Budget budget) {
        CellResult best = cheapest(cells);
        if (best == null) return "";
        Summary t = best.total();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s: %s is cheapest at the median (%s a month, P10–P90 %s – %s); cheapest in %s of draws",
                phase, best.architecture(), Figures.money(t.p50()), Figures.money(t.p10()), Figures.money(t.p90()), pct(best.pCheapest())));
        String largest = largestCategory(best);
        if (largest != null) s.append("; ").append(largest);
        boolean overClause = budget.monthlyUsd() != null && best.pExceedBudget() != null && best.pExceedBudget() >= Risk.BUDGET_WATCH;
        if (overClause) {
            s.append(". Over the ").append(whole(budget.monthlyUsd())).append(" budget in ").append(pct(best.pExceedBudget()))
                    .append(" of draws");
            boolean allOver = cells.stream().allMatch(c -> c.pExceedBudget() != null && c.pExceedBudget() > 0.5);
            if (allOver && cells.size() > 1) s.append(" (every architecture is, in most draws)");
        }
        if (budget.killSwitchUsd() != null && best.pKillSwitch() != null && best.pKillSwitch() > 0) {
            s.append(overClause ? "; " : ". ")
                    .append("the ").append(whole(budget.killSwitchUsd())).append(" kill switch trips in ").append(pct(best.pKillSwitch()));
        }
        return s.toString();
    }

    /** The flag beside the answer: the cheapest architecture's budget and kill-switch risk, in words. */
    static String flag(List<CellResult> cells) {
        CellResult best = cheapest(cells);
        if (best == null) return "";
        Risk r = risk(cells);
        return r == Risk.NONE ? "" : Risk.words(best.pExceedBudget(), best.pKillSwitch()).toUpperCase(Locale.ROOT);
    }

    static Risk risk(List<CellResult> cells) {
        CellResult best = cheapest(cells);
        return best == null ? Risk.NONE : Risk.worst(Risk.ofBudget(best.pExceedBudget()), Risk.ofKillSwitch(best.pKillSwitch()));
    }

    /**
     * "Why self_hosted and not serverless (next cheapest): it pays $0 vs $7,364 a month (nominal) for claude-sonnet-4-6 input
     * tokens and $0 vs $2,199 for claude-sonnet-4-6 output tokens; against it, $8,000 vs $0 for the team that runs it." — the
     * nominal lines (summed over agents and endpoints) where the runner-up pays most more, and the one where the cheapest
     * pays most more, each as cheapest vs runner-up: one sentence a finance reader takes in at a glance.
     */
    static String why(String phase, List<CellResult> cells, EstimateReport estimate) {
        List<CellResult> ranked = cells.stream().sorted(Comparator.comparingDouble(c -> c.total().p50())).toList();
        if (ranked.size() < 2 || estimate == null) return "";
        String a = ranked.get(0).architecture();
        String b = ranked.get(1).architecture();
        Estimate ea = estimate.result(phase, a);
        Estimate eb = estimate.result(phase, b);
        if (ea == null || eb == null) return "";
        Map<String, double[]> lines = new LinkedHashMap<>();
        for (LineItem l : ea.lines()) if (!l.missingPrice()) lines.computeIfAbsent(label(l), k -> new double[2])[0] += l.usd();
        for (LineItem l : eb.lines()) if (!l.missingPrice()) lines.computeIfAbsent(label(l), k -> new double[2])[1] += l.usd();
        List<Map.Entry<String, double[]>> saves = new ArrayList<>();
        List<Map.Entry<String, double[]>> costs = new ArrayList<>();
        for (var e : lines.entrySet()) {
            double d = e.getValue()[1] - e.getValue()[0];
            if (d >= 0.5) saves.add(e);
            else if (d <= -0.5) costs.add(e);
        }
        if (saves.isEmpty()) return "";
        saves.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0] - e.getValue()[1]));
        costs.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[1] - e.getValue()[0]));
        List<Map.Entry<String, double[]>> named = saves.subList(0, Math.min(WHY_LINES, saves.size()));
        StringBuilder s = new StringBuilder("Why " + a + " and not " + b + " (next cheapest): it pays ");
        for (int i = 0; i < named.size(); i++) {
            var e = named.get(i);
            if (i > 0) s.append(i == named.size() - 1 ? " and " : ", ");
            s.append(whole(e.getValue()[0])).append(" vs ").append(whole(e.getValue()[1]));
            if (i == 0) s.append(" a month (nominal)");
            s.append(" for ").append(e.getKey());
        }
        if (!costs.isEmpty()) {
            var e = costs.get(0);
            s.append("; against it, ").append(whole(e.getValue()[0])).append(" vs ").append(whole(e.getValue()[1])).append(" for ").append(e.getKey());
        }
        return s.append('.').toString();
    }

    private static CellResult cheapest(List<CellResult> cells) {
        return cells.stream().min(Comparator.comparingDouble(c -> c.total().p50())).orElse(null);
    }

    /**
     * A line as a sentence names it: without its endpoint tag ("[regional]") or its explanation ("(system prompt and
     * history)"), so a model's input lines read, and add up, as one; Bedrock's lines start with the model id already, the
     * others with their service; the team line as what it is.
     */
    private static String label(LineItem l) {
        String n = l.name().replaceAll(" \\[[^]]*\\]", "").replaceAll(" \\([^)]*\\)", "").trim();
        if (l.category() == Category.PEOPLE && n.equals("Team")) return "the team that runs it";
        if (l.component() == null || l.component() == ComponentType.BEDROCK) return n;
        return l.service() + " " + n;
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
