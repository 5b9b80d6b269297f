package io.agentcost.export;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.estimate.workbook.FormulaRefs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cells one month of the live forecast reads: its own traffic and growth, everything else where the workbook keeps it. */
final class MonthRefs implements FormulaRefs {

    private final Refs refs;
    private final int[] slotOf;
    private final String phase;
    /** The slot of this month's phase's growth parameter. */
    private final int growthSlot;
    private final String growth;
    private final CostModel months;
    /** The timeline month (1 = the first): a commitment's term is 1 or 0 in it. */
    private final int month;
    final Map<String, String> traffic = new HashMap<>();

    MonthRefs(Refs refs, CostModel months, int[] slotOf, String phase, String growth, int month) {
        this.refs = refs;
        this.months = months;
        this.month = month;
        this.slotOf = slotOf;
        this.phase = phase;
        List<String> phases = months.scenario().phases().stream().map(p -> p.name()).toList();
        this.growthSlot = months.phaseGrowthSlots()[phases.indexOf(phase)];
        this.growth = growth;
    }

    @Override
    public String input(int slot) {
        if (slotOf[slot] >= 0) return refs.input(slotOf[slot]);
        // a commitment's term (SPEC §13): 1 in the months it is billed, 0 outside
        for (CostModel.CommitmentSlot c : months.commitmentSlots()) if (c.slot() == slot) return c.commitment().activeIn(month) ? "1" : "0";
        // a phase's growth parameter: this month's for its phase; another phase's traffic is printed and dropped
        return slot == growthSlot ? growth : "1";
    }

    @Override
    public String hours() {
        return refs.hours();
    }

    @Override
    public String discount() {
        return refs.discount();
    }

    @Override
    public String traffic(String phase, int agent, TrafficField field) {
        if (!phase.equals(this.phase)) return refs.traffic(phase, agent, field);
        String cell = traffic.get(Refs.key(agent, field));
        if (cell == null) throw new IllegalStateException("no cell for traffic " + phase + " " + agent + " " + field + " of a month");
        return cell;
    }

    @Override
    public String fixedMultiplier(String phase) {
        return refs.fixedMultiplier(phase);
    }

    @Override
    public String modelShare(String phase, int agent, int model) {
        return refs.modelShare(phase, agent, model);
    }

    @Override
    public String lever(Lever lever) {
        return refs.lever(lever);
    }

    @Override
    public String commitmentLever(CommitmentLever lever) {
        return refs.commitmentLever(lever);
    }

    @Override
    public String rate(String priceKey, int tier) {
        return refs.rate(priceKey, tier);
    }

    @Override
    public String mean(Expr.Mean mean) {
        // the spread's own cells: a what-if edit of a spread moves the forecast's months too
        return refs.mean(mean, this);
    }

    @Override
    public String bound(String priceKey, int tier) {
        return refs.bound(priceKey, tier);
    }
}
