package io.agentcost.ui.charts;

import io.agentcost.simulation.ForecastResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the forecast charts mark and shade: the break-even months of the architecture cheapest over the whole
 * horizon (at most three, earliest first: the decision a make-vs-buy review needs, not one line per pair), with
 * a short label inside the plot and the sentence under it; and whose P10–P90 bands are shaded by default.
 */
public final class ForecastMarks {

    private ForecastMarks() {
    }

    static final int MARKS = 3;

    /**
     * One break-even month.
     *
     * @param below    the architecture whose cumulative cost is the lower one after the month; {@code above} the other
     * @param textLeft whether the label goes left of the line (a month in the right half of the axis: the text
     *                 runs towards the middle, never past the plot's edge)
     * @param row      the label's line from the top of the plot, so that labels of close months do not overlap
     */
    public record Mark(int month, String below, String above, String label, String sentence, boolean textLeft, int row) {
    }

    /** The architecture with the lowest median cumulative cost at the horizon (first of ties). */
    static int cheapestOverHorizon(ForecastResult f) {
        double[] last = f.months().get(f.months().size() - 1).cumulativeP50();
        int best = 0;
        for (int x = 1; x < last.length; x++) if (last[x] < last[best]) best = x;
        return best;
    }

    /** The marks, one per month: pairs that break even in the same month share a line and a label. */
    public static List<Mark> of(ForecastResult f) {
        if (f.months().isEmpty()) return List.of();
        String winner = f.architectures().get(cheapestOverHorizon(f));
        int first = f.months().get(0).month(), last = f.months().get(f.months().size() - 1).month();
        double middle = (first + last) / 2.0;
        Map<Integer, List<ForecastResult.BreakEven>> byMonth = new TreeMap<>();
        f.breakEvens().stream().filter(b -> b.month() != null && (b.a().equals(winner) || b.b().equals(winner)))
                .forEach(b -> byMonth.computeIfAbsent(b.month(), m -> new ArrayList<>()).add(b));
        List<Mark> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ForecastResult.BreakEven>> e : byMonth.entrySet()) {
            if (out.size() == MARKS) break;
            int month = e.getKey();
            // "A's cumulative cost falls below B's (p% of runs), C's (q%)": one clause per architecture that falls below
            Map<String, List<String>> overtaken = new LinkedHashMap<>();
            String below = null, above = null;
            for (ForecastResult.BreakEven b : e.getValue()) {
                String lower = b.cheaperAfter() != null ? b.cheaperAfter() : winner;
                String higher = lower.equals(b.a()) ? b.b() : b.a();
                if (below == null) {
                    below = lower;
                    above = higher;
                }
                overtaken.computeIfAbsent(lower, k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%s's (%.0f%%)", higher,
                        100 * b.probability()));
            }
            List<String> clauses = new ArrayList<>();
            overtaken.forEach((lower, others) -> clauses.add(lower + "'s cumulative cost falls below " + String.join(", ", others)));
            String sentence = "month " + month + ": " + String.join("; ", clauses);
            out.add(new Mark(month, below, above, "break-even, month " + month, sentence, month > middle, out.size()));
        }
        return out;
    }

    /**
     * The architectures whose bands are shaded when a forecast opens: the pair of the first break-even marked (the
     * cheapest over the horizon and the one it overtakes), else the two cheapest over the horizon; the others show
     * their medians only, so the bands do not pile up.
     */
    public static List<String> defaultBands(ForecastResult f) {
        if (f.months().isEmpty()) return List.of();
        List<Mark> marks = of(f);
        if (!marks.isEmpty()) return List.of(marks.get(0).below(), marks.get(0).above());
        double[] last = f.months().get(f.months().size() - 1).cumulativeP50();
        List<Integer> order = new ArrayList<>();
        for (int x = 0; x < last.length; x++) order.add(x);
        order.sort(Comparator.comparingDouble(x -> last[x]));
        return order.stream().limit(2).map(f.architectures()::get).toList();
    }
}
