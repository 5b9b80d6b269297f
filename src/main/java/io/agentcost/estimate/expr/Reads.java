package io.agentcost.estimate.expr;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;

/** The input slots trees read, through their shared definitions; a lever's value is the workbook's, not an input. */
public final class Reads implements Expr.Visitor<Void> {

    private final Set<Integer> slots = new TreeSet<>();
    private final Set<Def> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private Reads() {
    }

    public static Set<Integer> slots(Iterable<Expr> trees) {
        Reads r = new Reads();
        for (Expr e : trees) e.accept(r);
        return r.slots;
    }

    @Override
    public Void constant(Expr.Const c) {
        return null;
    }

    @Override
    public Void input(Expr.Input i) {
        slots.add(i.slot());
        return null;
    }

    @Override
    public Void ref(Expr.Ref r) {
        if (seen.add(r.def())) r.def().body().accept(this);
        return null;
    }

    @Override
    public Void binary(Expr.Binary b) {
        b.a().accept(this);
        b.b().accept(this);
        return null;
    }

    @Override
    public Void ceil(Expr.Ceil c) {
        c.a().accept(this);
        return null;
    }

    @Override
    public Void ifLe(Expr.IfLe i) {
        i.a().accept(this);
        i.b().accept(this);
        i.then().accept(this);
        i.otherwise().accept(this);
        return null;
    }

    @Override
    public Void series(Expr.Series s) {
        s.ratio().accept(this);
        s.terms().accept(this);
        return null;
    }

    @Override
    public Void lever(Expr.Lever l) {
        l.off().accept(this);
        return null;
    }

    @Override
    public Void leverValue(Expr.LeverValue v) {
        return null;
    }

    @Override
    public Void mean(Expr.Mean m) {
        m.body().accept(this);
        return null;
    }

    @Override
    public Void point(Expr.Point p) {
        return null;
    }
}
