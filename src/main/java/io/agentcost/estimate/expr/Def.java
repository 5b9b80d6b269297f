package io.agentcost.estimate.expr;

import java.util.Objects;

/**
 * A named sub-expression that several lines share (an agent's monthly tokens, a phase's non-production
 * multiplier). Equal by identity: two definitions with the same body are still two cells of the workbook.
 * Back ends compute one once per evaluation; {@code where} tells the workbook which cell shows it.
 */
public final class Def {

    private final String name;
    private final Object where;
    private final Expr body;

    public Def(String name, Object where, Expr body) {
        this.name = Objects.requireNonNull(name);
        this.where = where;
        this.body = Objects.requireNonNull(body);
    }

    public String name() {
        return name;
    }

    /** The placement the workbook keys its cell by (null: not shown in a cell of its own). */
    public Object where() {
        return where;
    }

    public Expr body() {
        return body;
    }

    public Expr ref() {
        return new Expr.Ref(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
