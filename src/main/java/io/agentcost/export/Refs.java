package io.agentcost.export;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.workbook.FormulaRefs;
import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.usage.TrafficField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** The cells of the workbook, filled in as the sheets are laid out, that the cost model's formulas read. */
final class Refs implements FormulaRefs {

    final Map<Integer, String> inputs = new HashMap<>();
    String hours, discount;
    final Map<String, String> traffic = new HashMap<>();
    final Map<String, String> fixed = new HashMap<>();
    /** Per phase, the Traffic cells of the conversations users start and of those resolved (the unit costs' divisors). */
    final Map<String, String> started = new HashMap<>();
    final Map<String, String> resolved = new HashMap<>();
    final Map<String, String> shares = new HashMap<>();
    final Map<Lever, String> levers = new EnumMap<>(Lever.class);
    final Map<CommitmentLever, String> commitmentLevers = new HashMap<>();
    final Map<String, String[]> rates = new HashMap<>();
    final Map<String, String[]> bounds = new HashMap<>();
    /** The Spreads sheet's cells of means over spreads, handed out as formulas ask for them. */
    BiFunction<Expr.Mean, FormulaRefs, String> means;

    static String key(Object... parts) {
        StringBuilder s = new StringBuilder();
        for (Object p : parts) s.append(p).append('\u0000');
        return s.toString();
    }

    @Override
    public String input(int slot) {
        return need(inputs.get(slot), "input " + slot);
    }

    @Override
    public String hours() {
        return need(hours, "hours");
    }

    @Override
    public String discount() {
        return need(discount, "discount");
    }

    @Override
    public String traffic(String phase, int agent, TrafficField field) {
        return need(traffic.get(key(phase, agent, field)), "traffic " + phase + " " + agent + " " + field);
    }

    @Override
    public String fixedMultiplier(String phase) {
        return need(fixed.get(phase), "non-production multiplier of " + phase);
    }

    @Override
    public String modelShare(String phase, int agent, int model) {
        return need(shares.get(key(phase, agent, model)), "model share");
    }

    @Override
    public String lever(Lever lever) {
        return need(levers.get(lever), "lever " + lever);
    }

    @Override
    public String commitmentLever(CommitmentLever lever) {
        return need(commitmentLevers.get(lever), "lever " + lever.label());
    }

    @Override
    public String mean(Expr.Mean mean) {
        return mean(mean, this);
    }

    /** The cell of a mean whose body reads its inputs through {@code printing} (a forecast month's references). */
    String mean(Expr.Mean mean, FormulaRefs printing) {
        return need(means, "means over spreads (no Spreads sheet)").apply(mean, printing);
    }

    @Override
    public String rate(String priceKey, int tier) {
        return need(rates.get(priceKey), "price " + priceKey)[tier];
    }

    @Override
    public String bound(String priceKey, int tier) {
        return need(bounds.get(priceKey), "price " + priceKey)[tier];
    }

    /** A reference asked for before its sheet was laid out is a bug in the exporter's order, not bad input. */
    private static <T> T need(T value, String what) {
        if (value == null) throw new IllegalStateException("no cell for " + what + " yet");
        return value;
    }
}
