package io.agentcost.estimate;

import io.agentcost.estimate.expr.Scalar;
import io.agentcost.estimate.line.Check;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Plan;
import io.agentcost.estimate.priced.Pricer;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.sampling.InverseCdf;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The nominal estimate (SPEC §4): every input at its true median, each line's expression evaluated as
 * written, then the pricing pass: ceilings, tiers and caps applied to those medians.
 */
public final class NominalEstimator {

    private NominalEstimator() {
    }

    /** Median of every variable, in slot order. */
    public static double[] medians(Variables variables) {
        double[] v = new double[variables.size()];
        for (Variables.Variable x : variables.all()) v[x.index()] = InverseCdf.median(x.distribution());
        return v;
    }

    public static List<Estimate> estimate(CostModel model) {
        return estimateAt(model, model.medians());
    }

    /** The estimate of every phase × architecture at given input values (slot order), as the nominal one is at the medians. */
    public static List<Estimate> estimateAt(CostModel model, double[] vars) {
        List<Estimate> out = new ArrayList<>();
        for (PhaseArchitecture cell : model.cells()) out.add(estimate(model, cell, vars));
        return out;
    }

    static Estimate estimate(CostModel model, PhaseArchitecture cell, double[] vars) {
        Set<String> warnings = new LinkedHashSet<>();
        Scalar at = new Scalar(vars);
        List<Line> lines = cell.appLines();
        int n = lines.size();
        double[] q = new double[n];
        List<LineSpec> specs = cell.specs();
        // a savings plan's lines read the USD of the lines it covers: price those first, then bind it (SPEC §13)
        for (int i = 0; i < n; i++) if (!specs.get(i).planLine()) q[i] = at.eval(lines.get(i).quantity());
        for (Check c : cell.checks()) if (at.eval(c.value()) > at.eval(c.limit())) warnings.add(c.message());
        Pricer pricer = new Pricer(specs, model.catalog(), model.scenario());
        double[] list = new double[n], usd = new double[n], unit = new double[n];
        pricer.price(q, list, usd, unit);
        if (!cell.plans().isEmpty()) {
            for (Plan p : cell.plans()) at.bind(p.coveredUsd(), pricer.coveredUsd(p.key(), list));
            for (int i = 0; i < n; i++) if (specs.get(i).planLine()) q[i] = at.eval(lines.get(i).quantity());
            pricer.price(q, list, usd, unit);
        }
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LineSpec l = specs.get(i);
            items.add(new LineItem(cell.phase(), cell.architecture(), l.agent(), l.component(), l.category(), l.name(),
                    q[i], l.unit(), l.priceKey(), unit[i], list[i], usd[i], pricer.tiered(i), pricer.missing(i) != null));
            if (pricer.missing(i) != null) warnings.add("missing price " + pricer.missing(i) + " for " + l.name()
                    + " in " + cell.architecture() + ": the total leaves it out");
        }
        Boolean wasted = cell.wasted() == null ? null : at.eval(cell.wasted()) > 0;
        return new Estimate(cell.phase(), cell.architecture(), items, List.copyOf(warnings),
                at.eval(cell.usage().startedConversations()), at.eval(cell.usage().resolvedConversations()), wasted);
    }
}
