package io.agentcost.estimate.expr;

import java.math.BigDecimal;

/**
 * The tree as spreadsheet formula text (without the leading '='), for Excel and LibreOffice: inputs,
 * shared definitions and levers become the cells {@link Cells} names; operations keep the tree's order
 * (a right operand of the same precedence is parenthesised), so the spreadsheet computes what the app does.
 */
public final class Printer implements Expr.Visitor<Printer.Text> {

    /** Where a formula finds what it reads. Each method returns one operand (a name, an address or a call). */
    public interface Cells {
        String input(int slot);

        /** The cell of a shared definition. */
        String def(Def def);

        String lever(LeverKey lever);

        /** The cell of a mean over a spread (SPEC §12), a formula of the spread's points. */
        default String mean(Expr.Mean mean) {
            throw new UnsupportedOperationException("this printer has no cells for means over a spread");
        }

        /** Inside the formula of one point of a spread: that point's cell. */
        default String point(Spread spread) {
            throw new UnsupportedOperationException("this printer has no cells for the points of a spread");
        }
    }

    /** Printed text and the precedence of its outermost operation. */
    record Text(String s, int precedence) {
    }

    private static final int SUM = 1, PRODUCT = 2, OPERAND = 3;

    private final Cells cells;

    public Printer(Cells cells) {
        this.cells = cells;
    }

    public String print(Expr e) {
        return e.accept(this).s();
    }

    @Override
    public Text constant(Expr.Const c) {
        String n = number(c.value());
        return new Text(c.value() < 0 ? "(" + n + ")" : n, OPERAND);
    }

    /** Plain digits (every spreadsheet parses them, exactly the double's shortest decimal form); scientific beyond 1e±20. */
    public static String number(double x) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("no spreadsheet number for " + x);
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (x != 0 && Math.abs(exponent) > 20) return d.toString();
        return d.toPlainString();
    }

    @Override
    public Text input(Expr.Input i) {
        return new Text(cells.input(i.slot()), OPERAND);
    }

    @Override
    public Text ref(Expr.Ref r) {
        return new Text(cells.def(r.def()), OPERAND);
    }

    @Override
    public Text binary(Expr.Binary b) {
        return switch (b.op()) {
            case ADD -> infix(b, "+", SUM);
            case SUB -> infix(b, "-", SUM);
            case MUL -> infix(b, "*", PRODUCT);
            case DIV -> infix(b, "/", PRODUCT);
            case MIN -> call("MIN", b.a(), b.b());
            case MAX -> call("MAX", b.a(), b.b());
        };
    }

    private Text infix(Expr.Binary b, String op, int precedence) {
        Text l = b.a().accept(this);
        Text r = b.b().accept(this);
        String left = l.precedence() < precedence ? "(" + l.s() + ")" : l.s();
        String right = r.precedence() <= precedence ? "(" + r.s() + ")" : r.s();
        return new Text(left + op + right, precedence);
    }

    private Text call(String function, Expr... args) {
        StringBuilder s = new StringBuilder(function).append('(');
        for (int i = 0; i < args.length; i++) s.append(i == 0 ? "" : ",").append(print(args[i]));
        return new Text(s.append(')').toString(), OPERAND);
    }

    @Override
    public Text ceil(Expr.Ceil c) {
        // INT is the floor in every spreadsheet, so -INT(-x) is the ceiling for any x (ROUNDUP rounds away from 0)
        return new Text("(-INT(-" + operand(c.a()) + "))", OPERAND);
    }

    private String operand(Expr e) {
        Text t = e.accept(this);
        return t.precedence() < OPERAND ? "(" + t.s() + ")" : t.s();
    }

    @Override
    public Text ifLe(Expr.IfLe i) {
        return new Text("IF(" + print(i.a()) + "<=" + print(i.b()) + "," + print(i.then()) + "," + print(i.otherwise()) + ")", OPERAND);
    }

    @Override
    public Text series(Expr.Series s) {
        // Σ_{i=0..m} r^i with m = ⌊terms⌋ in closed form; r = 1 gives m + 1
        String r = operand(s.ratio());
        String m = "INT(" + print(s.terms()) + ")";
        return new Text("IF(" + r + "=1," + m + "+1,(1-" + r + "^(" + m + "+1))/(1-" + r + "))", OPERAND);
    }

    @Override
    public Text lever(Expr.Lever l) {
        String cell = cells.lever(l.key());
        String test = l.key().isSwitch() ? cell + "=1" : "ISNUMBER(" + cell + ")";
        return new Text("IF(" + test + "," + print(l.on()) + "," + print(l.off()) + ")", OPERAND);
    }

    @Override
    public Text leverValue(Expr.LeverValue v) {
        return new Text(cells.lever(v.key()), OPERAND);
    }

    @Override
    public Text mean(Expr.Mean m) {
        return new Text(cells.mean(m), OPERAND);
    }

    @Override
    public Text point(Expr.Point p) {
        return new Text(cells.point(p.spread()), OPERAND);
    }
}
