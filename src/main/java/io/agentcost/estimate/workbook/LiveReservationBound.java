package io.agentcost.estimate.workbook;

import static io.agentcost.estimate.expr.Expr.input;
import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.model.Phase;
import io.agentcost.model.ReservationBound;
import io.agentcost.model.Scenario;
import io.agentcost.model.WorkloadKey;

/**
 * {@link ReservationBound} as an expression of the Inputs cells it comes from, so the workbook's reservation check follows
 * an edit of the instance count or of a phase's non_prod_environments: count × (1 + the most environments of any phase).
 * A fixed value reads its Inputs cell; an uncertain one keeps its upper bound as a number, since its Inputs cell holds
 * the median (the what-if value), not the bound the loader checks against.
 */
final class LiveReservationBound {

    private LiveReservationBound() {
    }

    /** The bound of component c's reservations in architecture a, or null where nothing bounds them (as the loader). */
    static Expr of(Scenario s, Variables vars, ArchitectureSpec a, ComponentType c) {
        // unbounded (no count, or an uncertain count or environments without an upper bound): no check to flag
        if (ReservationBound.most(s, a, c) == null) return null;
        ComponentSpec spec = a.component(c);
        String key = ReservationBound.countKey(spec);
        Distribution count = spec.number(key);
        Expr environments = num(0);
        for (Phase p : s.phases()) {
            Distribution d = s.workloadFor(p, null).number(WorkloadKey.NON_PROD_ENVIRONMENTS);
            // the cost model's own slots (CostModel.slot): the phase's value, else the default's cell
            Expr e = d != null ? cell(vars, d, "phases." + p.name() + "." + WorkloadKey.NON_PROD_ENVIRONMENTS.key())
                    : cell(vars, Distribution.fixed(WorkloadKey.NON_PROD_ENVIRONMENTS.spec().defaultNumber()),
                    "default." + WorkloadKey.NON_PROD_ENVIRONMENTS.key());
            environments = max(environments, e);
        }
        Expr n = cell(vars, count, "architectures." + a.name() + "." + c.key() + "." + key);
        return n.times(num(1).plus(environments));
    }

    /** A fixed value's Inputs cell where the cost model gave it one; otherwise (or uncertain) its upper bound. */
    private static Expr cell(Variables vars, Distribution d, String path) {
        Integer slot = d.isFixed() ? vars.find(d, path) : null;
        return slot == null ? num(d.upperBound()) : input(slot);
    }
}
