package io.agentcost.estimate.expr;

import java.util.function.UnaryOperator;

/**
 * A monthly quantity stated once, as an immutable tree over the scenario's inputs: the one definition
 * that the nominal estimate ({@link Scalar}), the Monte Carlo's columnar evaluation and the workbook's
 * formula text ({@link Printer}) all walk. Nodes are few and total: each is defined for every value it can
 * meet, so a back end is one {@link Visitor} and a new component is a new tree, not new code in each back end.
 *
 * <p>Builders keep the order in which they are called ({@code a.times(b).times(c)} is (a·b)·c): the
 * nominal estimate evaluates the tree as written, so its numbers do not depend on how a back end rewrites it.
 */
public sealed interface Expr permits Expr.Const, Expr.Input, Expr.Ref, Expr.Binary, Expr.Ceil, Expr.IfLe, Expr.Series,
        Expr.Lever, Expr.LeverValue, Expr.Mean, Expr.Point {

    <R> R accept(Visitor<R> v);

    /** One back end: what it makes of each kind of node. */
    interface Visitor<R> {
        R constant(Const c);

        R input(Input i);

        R ref(Ref r);

        R binary(Binary b);

        R ceil(Ceil c);

        R ifLe(IfLe i);

        R series(Series s);

        R lever(Lever l);

        R leverValue(LeverValue v);

        R mean(Mean m);

        R point(Point p);
    }

    /** The binary operations: arithmetic, and min and max (a floor or a cap). */
    enum Op { ADD, SUB, MUL, DIV, MIN, MAX }

    /** A number. */
    record Const(double value) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.constant(this);
        }
    }

    /** The value of an input: a variable slot of the scenario (fixed or uncertain). */
    record Input(int slot) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.input(this);
        }
    }

    /** A shared, named sub-expression (conversations, tokens, the non-production multiplier): computed once, shown in its own cell. */
    record Ref(Def def) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.ref(this);
        }
    }

    record Binary(Op op, Expr a, Expr b) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.binary(this);
        }
    }

    /** The smallest whole number not below the argument (DynamoDB's 4 KB read units). */
    record Ceil(Expr a) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.ceil(this);
        }
    }

    /** a ≤ b ? then : otherwise. */
    record IfLe(Expr a, Expr b, Expr then, Expr otherwise) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.ifLe(this);
        }
    }

    /**
     * Σ_{i=0..⌊terms⌋} ratio^i: the attempts of an LLM call that is retried up to {@code terms} times with
     * probability {@code ratio} (SPEC §4). See {@link #of} for how it is computed.
     */
    record Series(Expr ratio, Expr terms) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.series(this);
        }

        /** Up to 64 terms summed in order, as the formula reads; beyond, the closed form (1 − r^(m+1))/(1 − r), m + 1 at r = 1. */
        public static double of(double ratio, double terms) {
            double m = Math.floor(terms);
            if (!(m >= 0)) return 0;
            if (m <= 64) {
                double sum = 0;
                double p = 1;
                for (int i = 0; i <= (int) m; i++) {
                    sum += p;
                    p *= ratio;
                }
                return sum;
            }
            return ratio == 1 ? m + 1 : (1 - Math.pow(ratio, m + 1)) / (1 - ratio);
        }
    }

    /**
     * A what-if lever of the workbook: the app and the simulation take {@code off} (the scenario's own
     * value); the workbook shows {@code on} when the user sets the lever ({@link LeverValue} reads it).
     */
    record Lever(LeverKey key, Expr off, Expr on) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.lever(this);
        }
    }

    /** The value typed into a lever; only meaningful in the {@code on} branch of its {@link Lever}. */
    record LeverValue(LeverKey key) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.leverValue(this);
        }
    }

    /**
     * The mean of {@code body} over the points of a spread (SPEC §12): Σ w_i·body(x_i) / Σ w_i, the body reading
     * the point through {@link Point}. A body reads no shared definitions and, outside a workbook lever, only inputs
     * that are fixed, so the mean is a number known before any draw; the workbook prints it as a formula of the points.
     */
    record Mean(Spread spread, Expr body, String label) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.mean(this);
        }
    }

    /** The value of the spread's point inside the body of a {@link Mean} over it. */
    record Point(Spread spread) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.point(this);
        }
    }

    /** The mean over a spread of f(x), f stated on the point; the label says what is averaged (the workbook's heading). */
    static Expr mean(String label, Spread spread, UnaryOperator<Expr> f) {
        return new Mean(spread, f.apply(new Point(spread)), label);
    }

    static Expr num(double value) {
        return new Const(value);
    }

    static Expr input(int slot) {
        return new Input(slot);
    }

    static Expr min(Expr a, Expr b) {
        return new Binary(Op.MIN, a, b);
    }

    static Expr max(Expr a, Expr b) {
        return new Binary(Op.MAX, a, b);
    }

    static Expr ceil(Expr a) {
        return new Ceil(a);
    }

    static Expr ifLe(Expr a, Expr b, Expr then, Expr otherwise) {
        return new IfLe(a, b, then, otherwise);
    }

    static Expr series(Expr ratio, Expr terms) {
        return new Series(ratio, terms);
    }

    /** The input {@code base}, unless the user types a number into the lever, which then replaces it. */
    static Expr override(LeverKey lever, Expr base) {
        return new Lever(lever, base, new LeverValue(lever));
    }

    default Expr plus(Expr b) {
        return new Binary(Op.ADD, this, b);
    }

    default Expr minus(Expr b) {
        return new Binary(Op.SUB, this, b);
    }

    default Expr times(Expr b) {
        return new Binary(Op.MUL, this, b);
    }

    default Expr times(double b) {
        return times(num(b));
    }

    default Expr over(Expr b) {
        return new Binary(Op.DIV, this, b);
    }

    default Expr over(double b) {
        return over(num(b));
    }

    /** 1 − this: the share not taken. */
    default Expr complement() {
        return num(1).minus(this);
    }
}
