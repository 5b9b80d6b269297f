package io.agentcost.estimate.priced;

import static io.agentcost.estimate.expr.Expr.ifLe;
import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.line.Plan;
import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Savings plans and reservations (SPEC §13), stated once on the lines of one phase × architecture after the
 * non-production multiplier (it is part of the quantities) and before the discount (the pricing pass applies it).
 *
 * <p>A reservation of n instances at discount d is a line of n·H hours at (1 − d) of the instance price, billed
 * whatever the use, and the component's instance-hours beyond it on demand. A savings plan's covered lines keep their
 * quantity and list price but bill nothing themselves; with u their on-demand USD (a {@link Plan} definition each back
 * end binds to its own pricing of them) the plan bills two lines: the commitment hourly_usd·H and the overflow
 * max(0, u·(1 − d) − hourly_usd·H)/(1 − d). Outside its term a commitment's H is 0, so its lines are on demand.
 */
public final class Commitments {

    /**
     * What a commitment reads from the cost model: its hourly commitment and reserved instances (inputs the workbook can
     * edit) and whether it is billed this month (1, or the forecast's 0 outside its term).
     */
    public record Terms(Commitment commitment, Expr hourlyUsd, Expr instances, Expr active) {
    }

    private Commitments() {
    }

    /** The lines with the architecture's commitments applied (the same lines when it has none). */
    public static Lines apply(Lines in, List<Terms> terms, Expr hours) {
        if (terms.isEmpty()) return in;
        List<Line> lines = new ArrayList<>(in.lines());
        Map<Line, Boolean> reserved = new IdentityHashMap<>();
        List<Expr> wasted = new ArrayList<>();
        for (ComponentType c : Commitment.Type.RESERVED.covers()) {
            List<Terms> of = terms.stream().filter(t -> t.commitment().type() == Commitment.Type.RESERVED && t.commitment().component() == c).toList();
            if (!of.isEmpty()) wasted.add(reserve(lines, c, of, hours, reserved));
        }
        Lines out = new Lines();
        List<Plan> plans = new ArrayList<>();
        for (Terms t : terms) {
            if (t.commitment().type().isPlan()) wasted.add(plan(lines, t, hours, reserved, plans));
        }
        for (Line l : lines) out.add(l.spec(), l.quantity(), !l.workbookOnly());
        in.checks().forEach(ch -> out.warnWhen(ch.value(), ch.limit(), ch.message()));
        // one-time costs (a corpus's initial embedding) are no usage a plan or a reservation covers: carried as they are
        in.oneTime().forEach(l -> out.addOneTime(l.spec(), l.quantity()));
        plans.forEach(out::addPlan);
        Expr any = wasted.get(0);
        for (int k = 1; k < wasted.size(); k++) any = max(any, wasted.get(k));
        out.wasted(any);
        return out;
    }

    /**
     * Reserved lines before the component's instance-hours, which keep only the hours beyond the reservations (taken
     * from its lines in order: production, then non-production copies). Returns 1 where reserved hours go unused.
     */
    private static Expr reserve(List<Line> lines, ComponentType c, List<Terms> of, Expr hours, Map<Line, Boolean> reserved) {
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (instanceHours(lines.get(i).spec(), c)) covered.add(i);
        if (covered.isEmpty()) throw new IllegalStateException("no instance-hours line of " + c.key() + " for its reservation");
        Line first = lines.get(covered.get(0));
        Expr reservedHours = null;
        List<Line> reservations = new ArrayList<>();
        for (Terms t : of) {
            Expr h = t.active().times(t.instances()).times(hours);
            reservedHours = reservedHours == null ? h : reservedHours.plus(h);
            double d = t.commitment().discount();
            LineSpec spec = first.spec().withFactor(1 - d, "Reserved " + lower(first.spec().name()) + ", "
                    + Math.round(d * 1000) / 10.0 + "% off, billed used or not");
            Line r = new Line(spec, h, first.workbookOnly());
            reserved.put(r, true);
            reservations.add(r);
        }
        Expr left = reservedHours;
        Expr used = null;
        for (int i : covered) {
            Line l = lines.get(i);
            used = used == null ? l.quantity() : used.plus(l.quantity());
            Expr beyond = max(num(0), l.quantity().minus(left));
            left = max(num(0), left.minus(l.quantity()));
            lines.set(i, new Line(l.spec().withFactor(l.spec().priceFactor(), l.spec().name() + ", on demand beyond the reservation"),
                    beyond, l.workbookOnly()));
        }
        lines.addAll(covered.get(0), reservations);
        return ifLe(reservedHours, used, num(0), num(1));
    }

    /** The instance-hours a reservation covers: EC2, ElastiCache node, Aurora instance and SageMaker endpoint hours. */
    private static boolean instanceHours(LineSpec l, ComponentType c) {
        if (l.component() != c || l.priceKey() == null || l.priceFactor() != 1.0) return false;
        String prefix = switch (c) {
            case EC2 -> PriceKeys.EC2;
            case ELASTICACHE -> PriceKeys.ELASTICACHE;
            case AURORA -> PriceKeys.AURORA;
            case SAGEMAKER -> PriceKeys.SAGEMAKER_HOSTING;
            default -> throw new IllegalArgumentException(c + " has no reserved instances");
        };
        return l.priceKey().startsWith(prefix) && l.unit().endsWith("-hours");
    }

    /** Marks the plan's covered lines and adds its commitment and overflow after the last of them; returns 1 where the commitment is partly unused. */
    private static Expr plan(List<Line> lines, Terms t, Expr hours, Map<Line, Boolean> reserved, List<Plan> plans) {
        Commitment.Type type = t.commitment().type();
        String key = type.key();
        Def u = new Def(key + " covered on-demand USD", new Plan.Covered(key), num(Double.NaN));
        int last = -1;
        ComponentType shownAs = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            LineSpec s = l.spec();
            if (s.priceKey() == null || !type.covers().contains(s.component()) || reserved.containsKey(l)) continue;
            lines.set(i, new Line(s.coveredBy(key).withFactor(s.priceFactor(), s.name() + " [" + key + "]"), l.quantity(), l.workbookOnly()));
            last = i;
            if (shownAs == null) shownAs = s.component();
        }
        if (shownAs == null) shownAs = type.covers().get(0);
        double d = t.commitment().discount();
        Expr commitment = t.hourlyUsd().times(hours).times(t.active());
        Expr atPlanRate = u.ref().times(num(1 - d));
        Expr overflow = max(num(0), atPlanRate.minus(commitment)).over(num(1 - d));
        String label = label(type);
        lines.add(last + 1, new Line(LineSpec.ofPlan(shownAs, label + " commitment (hourly_usd × hours)", key), commitment, false));
        lines.add(last + 2, new Line(LineSpec.ofPlan(shownAs, label + " on-demand overflow (beyond the commitment at "
                + Math.round(d * 1000) / 10.0 + "% off)", key), overflow, false));
        plans.add(new Plan(key, u));
        return ifLe(commitment, atPlanRate, num(0), num(1));
    }

    private static String label(Commitment.Type type) {
        return switch (type) {
            case COMPUTE_SAVINGS_PLAN -> "Compute Savings Plan";
            case SAGEMAKER_SAVINGS_PLAN -> "SageMaker Savings Plan";
            case DATABASE_SAVINGS_PLAN -> "Database Savings Plan";
            case RESERVED -> "Reserved instances";
        };
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
