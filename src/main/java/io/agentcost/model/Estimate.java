package io.agentcost.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The nominal monthly cost of one architecture in one phase.
 *
 * @param conversations         the production conversations users start (SPEC §12), the divisor of the cost per conversation
 * @param resolvedConversations those × the resolution rate, the divisor of the cost per resolved conversation
 * @param commitmentWasted      whether some commitment is partly unused at these inputs (SPEC §13); null without commitments
 */
public record Estimate(String phase, String architecture, List<LineItem> lines, List<String> warnings, double conversations,
                       double resolvedConversations, Boolean commitmentWasted) {

    public static final String SHARED = "shared";

    public Estimate {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** An estimate of an architecture without commitments. */
    public Estimate(String phase, String architecture, List<LineItem> lines, List<String> warnings, double conversations,
                    double resolvedConversations) {
        this(phase, architecture, lines, warnings, conversations, resolvedConversations, null);
    }

    /** Total / production conversations users start (SPEC §12); null without conversations. */
    public Double usdPerConversation() {
        return conversations > 0 ? totalUsd() / conversations : null;
    }

    /**
     * Total / resolved conversations (the cost per conversation / q); null without any resolved, or when so few are
     * (a resolution rate of 1e-320) that the quotient is beyond a double.
     */
    public Double usdPerResolvedConversation() {
        double r = resolvedConversations > 0 ? totalUsd() / resolvedConversations : Double.NaN;
        return Double.isFinite(r) ? r : null;
    }

    /** Monthly total in USD of every line with a price (see {@link #missingPrices()}). */
    public double totalUsd() {
        double sum = 0;
        for (LineItem l : lines) if (!l.missingPrice()) sum += l.usd();
        return sum;
    }

    public Map<Category, Double> byCategory() {
        Map<Category, Double> m = new EnumMap<>(Category.class);
        for (LineItem l : lines) if (!l.missingPrice()) m.merge(l.category(), l.usd(), Double::sum);
        return m;
    }

    public Map<String, Double> byComponent() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (LineItem l : lines) if (!l.missingPrice()) m.merge(l.service(), l.usd(), Double::sum);
        return m;
    }

    public Map<String, Double> byAgent() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (LineItem l : lines) if (!l.missingPrice()) m.merge(l.agentOrShared(), l.usd(), Double::sum);
        return m;
    }

    public List<String> missingPrices() {
        TreeSet<String> keys = new TreeSet<>();
        for (LineItem l : lines) if (l.missingPrice()) keys.add(l.priceKey());
        return List.copyOf(keys);
    }
}
