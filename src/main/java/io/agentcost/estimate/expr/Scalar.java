package io.agentcost.estimate.expr;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The tree evaluated as written at one vector of input values (the nominal estimate, an estimate at
 * chosen values): every operation in the order the component states it, each {@link Def} computed once.
 * Levers take the scenario's own value. One per evaluation (it remembers the definitions' values).
 */
public final class Scalar implements Expr.Visitor<Double> {

    private final double[] vars;
    private final Map<Def, Double> defs = new IdentityHashMap<>();
    private final Map<Expr.Mean, Double> means = new IdentityHashMap<>();
    /** The spread whose point a mean's body is being evaluated at, and that point. */
    private Spread over;
    private double point;

    public Scalar(double[] vars) {
        this.vars = vars;
    }

    /** Gives a definition its value here instead of its body's (a savings plan's covered USD, which the pricing pass computes). */
    public Scalar bind(Def def, double value) {
        defs.put(def, value);
        return this;
    }

    public double eval(Expr e) {
        return e.accept(this);
    }

    @Override
    public Double constant(Expr.Const c) {
        return c.value();
    }

    @Override
    public Double input(Expr.Input i) {
        return vars[i.slot()];
    }

    @Override
    public Double ref(Expr.Ref r) {
        Double v = defs.get(r.def());
        if (v == null) {
            v = eval(r.def().body());
            defs.put(r.def(), v);
        }
        return v;
    }

    @Override
    public Double binary(Expr.Binary b) {
        return apply(b.op(), eval(b.a()), eval(b.b()));
    }

    /** The operation as every back end computes it. */
    public static double apply(Expr.Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
        };
    }

    @Override
    public Double ceil(Expr.Ceil c) {
        return Math.ceil(eval(c.a()));
    }

    @Override
    public Double ifLe(Expr.IfLe i) {
        return eval(i.a()) <= eval(i.b()) ? eval(i.then()) : eval(i.otherwise());
    }

    @Override
    public Double series(Expr.Series s) {
        return Expr.Series.of(eval(s.ratio()), eval(s.terms()));
    }

    @Override
    public Double lever(Expr.Lever l) {
        return eval(l.off());
    }

    @Override
    public Double leverValue(Expr.LeverValue v) {
        throw new IllegalStateException("a lever's value is read only where the lever is set (the workbook)");
    }

    @Override
    public Double mean(Expr.Mean m) {
        Double v = means.get(m);
        if (v == null) {
            if (over != null) throw new IllegalStateException("a mean inside a mean");
            Spread s = m.spread();
            double sum = 0;
            try {
                over = s;
                for (int i = 0; i < s.size(); i++) {
                    point = s.point(i);
                    sum += s.weight(i) * eval(m.body());
                }
            } finally {
                over = null;
            }
            v = sum / s.totalWeight();
            means.put(m, v);
        }
        return v;
    }

    @Override
    public Double point(Expr.Point p) {
        if (p.spread() != over) throw new IllegalStateException("the point of " + p.spread() + " is read outside a mean over it");
        return point;
    }
}
