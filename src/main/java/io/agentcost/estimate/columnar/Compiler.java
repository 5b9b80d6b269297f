package io.agentcost.estimate.columnar;

import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.expr.Reads;
import io.agentcost.estimate.expr.Scalar;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.line.Plan;
import io.agentcost.estimate.priced.Pricer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Turns the cells' expressions and their pricing pass into one {@link Program}. Each tree is read as a
 * {@link Poly}: inputs that do not vary fold into constants; a sum, a product by a constant and a product
 * of two small sums stay sums of monomials, so a cell's total is one weighted sum over the atoms it reads,
 * whatever its number of lines; anything else (a min, a max, a product of large sums, a definition of
 * several terms) becomes an atom, a node of its own. Identical nodes are one node (hash-consing), so the
 * usage of a phase, the Bedrock lines that architectures share and a tiered group they share are computed
 * once per chunk.
 *
 * <p>Where a value decides a branch or a step (a ceiling, the condition of an if, the number of retries),
 * its argument is compiled <em>exactly</em>: operation by operation as written, constants folded by the same
 * arithmetic as {@link Scalar}, so a draw takes the branch the nominal evaluation takes at the same inputs.
 * Elsewhere rewriting only moves the last bits.
 */
final class Compiler {

    /** A product of two sums is expanded when it makes at most this many terms of at most this degree. */
    private static final int EXPAND_TERMS = 8;
    private static final int MAX_DEGREE = 4;

    private final double[] values;
    private final boolean[] varying;
    private final Program.Nodes nodes = new Program.Nodes();
    private final Map<Object, Integer> hashed = new HashMap<>();
    private final List<Integer> varyingSlots = new ArrayList<>();
    private final int[] inputNode;
    private final Map<Expr, Poly> polys = new IdentityHashMap<>();
    private final Map<Def, Poly> defs = new IdentityHashMap<>();
    private final Map<Expr, Val> exact = new IdentityHashMap<>();
    private final Map<Def, Val> exactDefs = new IdentityHashMap<>();
    private final Map<Poly, Integer> materialised = new IdentityHashMap<>();
    private final Linear linear = new Linear();
    private final Exact exactly = new Exact();

    /**
     * @param values  every slot's value where it does not vary (the medians)
     * @param varying per slot, whether it changes from draw to draw
     */
    Compiler(double[] values, boolean[] varying) {
        this.values = values.clone();
        this.varying = varying.clone();
        inputNode = new int[values.length];
        Arrays.fill(inputNode, -1);
    }

    static Program compile(List<CellInput> cells, int phases, double[] values, boolean[] varying) {
        Compiler c = new Compiler(values, varying);
        int n = cells.size();
        int[] total = new int[n];
        int[][] parts = new int[n][];
        Program.CheckNodes[][] checks = new Program.CheckNodes[n][];
        List<List<Integer>> byPhase = new ArrayList<>();
        for (int p = 0; p < phases; p++) byPhase.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            CellInput cell = cells.get(i);
            byPhase.get(cell.phase()).add(i);
            parts[i] = new int[cell.buckets()];
            total[i] = c.priced(cell, parts[i]);
            checks[i] = cell.checks().stream()
                    .map(ch -> new Program.CheckNodes(c.node(c.poly(ch.value())), c.node(c.poly(ch.limit())), ch.message()))
                    .toArray(Program.CheckNodes[]::new);
        }
        int[][] cellsOfPhase = byPhase.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        return new Program(c.nodes, c.varyingSlots.stream().mapToInt(Integer::intValue).toArray(), total, parts, checks, cellsOfPhase);
    }

    /**
     * The cell's total after the pricing pass (flat lines at their rate, tiered groups at their blended rate on
     * the account's total, discount applied, missing prices left out), and the nodes of its parts.
     *
     * <p>Lines are summed in pieces, one per (category, service, agent), each a node; the total and every part
     * are sums of pieces. The Bedrock, DynamoDB or logs lines of a phase are usually the same in several
     * architectures, and then their piece is one node, summed once per chunk for all of them.
     */
    private int priced(CellInput cell, int[] parts) {
        Pricer pricer = cell.pricer();
        List<Line> lines = cell.lines();
        int[] of = cell.bucketOfLine();
        Map<Piece, Poly.Sum> pieces = new LinkedHashMap<>();
        for (Plan plan : cell.plans()) bind(plan, cell);
        for (int i = 0; i < lines.size(); i++) {
            double rate = pricer.flatRate(i);
            // tiered (below), missing (left out, as in the nominal estimate) or covered by a savings plan (its lines bill it)
            if (Double.isNaN(rate) || pricer.covered(i)) continue;
            pieces.computeIfAbsent(Piece.of(of, i), k -> new Poly.Sum()).add(poly(lines.get(i).quantity()), rate);
        }
        for (int g : pricer.tieredGroups()) {
            if (pricer.covered(pricer.groupLines(g)[0])) continue;
            Poly.Sum quantity = new Poly.Sum();
            Map<Piece, Poly.Sum> paid = new LinkedHashMap<>();
            for (int i : pricer.groupLines(g)) {
                Poly q = poly(lines.get(i).quantity());
                quantity.add(q, 1);
                paid.computeIfAbsent(Piece.of(of, i), k -> new Poly.Sum()).add(q, pricer.paidShare(i));
            }
            Poly rate = Poly.atom(tier(node(quantity.poly()), pricer, g));
            paid.forEach((k, v) -> pieces.computeIfAbsent(k, x -> new Poly.Sum()).add(times(rate, v.poly()), 1));
        }
        Poly.Sum total = new Poly.Sum();
        Poly.Sum[] bucket = new Poly.Sum[parts.length];
        for (int b = 0; b < bucket.length; b++) bucket[b] = new Poly.Sum();
        for (Map.Entry<Piece, Poly.Sum> e : pieces.entrySet()) {
            Poly piece = Poly.atom(node(e.getValue().poly()));
            total.add(piece, 1);
            bucket[e.getKey().category()].add(piece, 1);
            bucket[e.getKey().service()].add(piece, 1);
            bucket[e.getKey().agent()].add(piece, 1);
        }
        // a bucket with no priced line (every price of it missing) is a constant 0
        for (int b = 0; b < bucket.length; b++) parts[b] = node(bucket[b].poly());
        if (cell.wasted() != null) parts[parts.length - 1] = node(poly(cell.wasted()));
        return node(total.poly());
    }

    /**
     * A savings plan's covered on-demand USD as the compiled sum of its covered lines at their list rates (tiered
     * groups at their blended rate), bound to the plan's definition, so its commitment and overflow lines, stated as
     * expressions of it, compile as any line does (SPEC §13).
     */
    private void bind(Plan plan, CellInput cell) {
        Pricer pricer = cell.pricer();
        List<Line> lines = cell.lines();
        Poly.Sum u = new Poly.Sum();
        for (int i = 0; i < lines.size(); i++) {
            double rate = pricer.listRate(i);
            if (pricer.covered(i) && !Double.isNaN(rate) && plan.key().equals(lines.get(i).spec().plan())) u.add(poly(lines.get(i).quantity()), rate);
        }
        for (int g : pricer.tieredGroups()) {
            int[] members = pricer.groupLines(g);
            if (!pricer.covered(members[0]) || !plan.key().equals(lines.get(members[0]).spec().plan())) continue;
            Poly.Sum quantity = new Poly.Sum();
            for (int i : members) quantity.add(poly(lines.get(i).quantity()), 1);
            Poly q = quantity.poly();
            u.add(times(Poly.atom(tier(node(q), pricer, g)), q), 1);
        }
        Poly sum = u.poly();
        Poly usd = sum.isConstant() ? sum : Poly.atom(node(sum));
        defs.put(plan.coveredUsd(), usd);
        exactDefs.put(plan.coveredUsd(), sum.isConstant() ? constantVal(sum.constant) : nodeVal(node(usd)));
    }

    /** The buckets of a line: category, service, agent. */
    private record Piece(int category, int service, int agent) {
        static Piece of(int[] bucketOfLine, int line) {
            return new Piece(bucketOfLine[3 * line], bucketOfLine[3 * line + 1], bucketOfLine[3 * line + 2]);
        }
    }

    Poly poly(Expr e) {
        Poly p = polys.get(e);
        if (p == null) {
            p = e.accept(linear);
            polys.put(e, p);
        }
        return p;
    }

    /** The product, expanded when small, else one atom multiplying two materialised sums. */
    private Poly times(Poly x, Poly y) {
        if (x.isConstant()) return y.scale(x.constant);
        if (y.isConstant()) return x.scale(y.constant);
        if (x.productSize(y) <= EXPAND_TERMS && x.maxDegree() + y.maxDegree() <= MAX_DEGREE) return x.times(y);
        return Poly.atom(binary(Program.MUL, node(x), node(y)));
    }

    /** A node computing the sum. */
    int node(Poly p) {
        Integer done = materialised.get(p);
        if (done != null) return done;
        int id;
        if (p.isConstant()) id = constant(p.constant);
        else if (p.isAtom()) id = p.terms.keySet().iterator().next().atoms[0];
        else if (p.constant == 0 && p.terms.size() == 1 && p.terms.values().iterator().next() == 1.0) id = mono(p.terms.keySet().iterator().next());
        else {
            int[] ids = new int[p.terms.size()];
            double[] w = new double[ids.length];
            int i = 0;
            for (Map.Entry<Poly.Mono, Double> e : p.terms.entrySet()) {
                ids[i] = mono(e.getKey());
                w[i++] = e.getValue();
            }
            id = hashed(new LinKey(p.constant, ids, w),
                    () -> nodes.add(Program.LIN, -1, -1, -1, -1, p.constant, ids, w, null, -1));
        }
        materialised.put(p, id);
        return id;
    }

    /** What makes two weighted sums one node: the same constant, terms and weights in the same order. */
    private record LinKey(double constant, int[] ids, double[] w) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LinKey k && Double.compare(constant, k.constant) == 0 && Arrays.equals(ids, k.ids) && Arrays.equals(w, k.w);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Double.hashCode(constant) + Arrays.hashCode(ids)) + Arrays.hashCode(w);
        }
    }

    private int mono(Poly.Mono m) {
        int id = m.atoms[0];
        for (int i = 1; i < m.atoms.length; i++) id = binary(Program.MUL, id, m.atoms[i]);
        return id;
    }

    private int constant(double value) {
        return hashed(List.of(Program.CONST, Double.doubleToLongBits(value)), () -> nodes.add(Program.CONST, -1, -1, -1, -1, value, null, null, null, -1));
    }

    private int binary(int op, int x, int y) {
        // operands of a commutative operation in a fixed order, so that a·b and b·a are one node
        if ((op == Program.MUL || op == Program.ADD || op == Program.MIN || op == Program.MAX) && y < x) {
            int t = x;
            x = y;
            y = t;
        }
        int fx = x, fy = y;
        return hashed(List.of(op, x, y), () -> nodes.add(op, fx, fy, -1, -1, 0, null, null, null, -1));
    }

    /** The program's operation for a tree's. */
    private static int opcode(Expr.Op op) {
        return switch (op) {
            case ADD -> Program.ADD;
            case SUB -> Program.SUB;
            case MUL -> Program.MUL;
            case DIV -> Program.DIV;
            case MIN -> Program.MIN;
            case MAX -> Program.MAX;
        };
    }

    /** x ≤ y ? t : o, as a node. */
    private int ifLeNode(int x, int y, int t, int o) {
        return hashed(List.of(Program.IFLE, x, y, t, o), () -> nodes.add(Program.IFLE, x, y, t, o, 0, null, null, null, -1));
    }

    private int tier(int quantity, Pricer pricer, int group) {
        return hashed(List.of(Program.TIER, quantity, pricer.schedule(group)), () -> nodes.add(Program.TIER, quantity, -1, -1, -1, 0, null, null, pricer, group));
    }

    private int input(int slot) {
        if (inputNode[slot] < 0) {
            int column = varyingSlots.size();
            varyingSlots.add(slot);
            inputNode[slot] = nodes.add(Program.INPUT, column, -1, -1, -1, 0, null, null, null, -1);
        }
        return inputNode[slot];
    }

    private int hashed(Object key, IntSupplier create) {
        Integer id = hashed.get(key);
        if (id == null) {
            id = create.getAsInt();
            hashed.put(key, id);
        }
        return id;
    }

    /** The linear reading: a tree as a sum of monomials of atoms. */
    private final class Linear implements Expr.Visitor<Poly> {

        @Override
        public Poly constant(Expr.Const c) {
            return Poly.of(c.value());
        }

        @Override
        public Poly input(Expr.Input i) {
            return varying[i.slot()] ? Poly.atom(Compiler.this.input(i.slot())) : Poly.of(values[i.slot()]);
        }

        @Override
        public Poly ref(Expr.Ref r) {
            Poly p = defs.get(r.def());
            if (p == null) {
                p = poly(r.def().body());
                // a definition of several terms is computed once, as a node of its own; one of a single term merges into its readers
                if (p.terms.size() > 1) p = Poly.atom(node(p));
                defs.put(r.def(), p);
            }
            return p;
        }

        @Override
        public Poly binary(Expr.Binary e) {
            Poly x = poly(e.a());
            Poly y = poly(e.b());
            return switch (e.op()) {
                case ADD -> x.plus(y, 1);
                case SUB -> x.plus(y, -1);
                case MUL -> times(x, y);
                case DIV -> y.isConstant() ? x.scale(1 / y.constant) : Poly.atom(Compiler.this.binary(Program.DIV, node(x), node(y)));
                case MIN, MAX -> x.isConstant() && y.isConstant() ? Poly.of(Scalar.apply(e.op(), x.constant, y.constant))
                        : Poly.atom(Compiler.this.binary(opcode(e.op()), node(x), node(y)));
            };
        }

        @Override
        public Poly ceil(Expr.Ceil e) {
            Val v = exact(e);
            return v.poly();
        }

        @Override
        public Poly ifLe(Expr.IfLe e) {
            Val a = exact(e.a());
            Val b = exact(e.b());
            if (a.isConstant && b.isConstant) return poly(a.value <= b.value ? e.then() : e.otherwise());
            return Poly.atom(ifLeNode(a.node(), b.node(), node(poly(e.then())), node(poly(e.otherwise()))));
        }

        @Override
        public Poly series(Expr.Series e) {
            return exact(e).poly();
        }

        @Override
        public Poly lever(Expr.Lever l) {
            return poly(l.off());
        }

        @Override
        public Poly leverValue(Expr.LeverValue v) {
            throw new IllegalStateException("a lever's value is read only where the lever is set (the workbook)");
        }

        @Override
        public Poly mean(Expr.Mean m) {
            return Poly.of(meanValue(m));
        }

        @Override
        public Poly point(Expr.Point p) {
            throw new IllegalStateException("the point of a spread is read only inside a mean over it");
        }
    }

    /** A value compiled exactly: a constant folded as {@link Scalar} folds it, or a node computed operation by operation. */
    private final class Val {
        final boolean isConstant;
        final double value;
        private final int node;

        Val(boolean isConstant, double value, int node) {
            this.isConstant = isConstant;
            this.value = value;
            this.node = node;
        }

        Poly poly() {
            return isConstant ? Poly.of(value) : Poly.atom(node);
        }

        /** The node (a constant's node when folded). */
        int node() {
            return isConstant ? constant(value) : node;
        }
    }

    /**
     * A mean over a spread is a number before the run (SPEC §12): its body reads only inputs that do not vary
     * (the loader refuses an uncertain step budget or history window beside a spread), so it folds, computed as
     * {@link Scalar} computes it, once per program and never per draw.
     */
    private double meanValue(Expr.Mean m) {
        Double v = means.get(m);
        if (v == null) {
            for (int slot : Reads.slots(List.of(m.body()))) {
                if (varying[slot]) throw new IllegalStateException("a mean over " + m.spread() + " reads an input that varies between draws");
            }
            v = new Scalar(values).eval(m);
            means.put(m, v);
        }
        return v;
    }

    private final Map<Expr.Mean, Double> means = new IdentityHashMap<>();

    private Val exact(Expr e) {
        Val v = exact.get(e);
        if (v == null) {
            v = e.accept(exactly);
            exact.put(e, v);
        }
        return v;
    }

    private Val constantVal(double x) {
        return new Val(true, x, -1);
    }

    private Val nodeVal(int node) {
        return new Val(false, 0, node);
    }

    /** The exact reading, for arguments that decide a branch or a step. */
    private final class Exact implements Expr.Visitor<Val> {

        @Override
        public Val constant(Expr.Const c) {
            return constantVal(c.value());
        }

        @Override
        public Val input(Expr.Input i) {
            return varying[i.slot()] ? nodeVal(Compiler.this.input(i.slot())) : constantVal(values[i.slot()]);
        }

        @Override
        public Val ref(Expr.Ref r) {
            Val v = exactDefs.get(r.def());
            if (v == null) {
                v = exact(r.def().body());
                exactDefs.put(r.def(), v);
            }
            return v;
        }

        @Override
        public Val binary(Expr.Binary e) {
            Val x = exact(e.a());
            Val y = exact(e.b());
            if (x.isConstant && y.isConstant) return constantVal(Scalar.apply(e.op(), x.value, y.value));
            return nodeVal(Compiler.this.binary(opcode(e.op()), x.node(), y.node()));
        }

        @Override
        public Val ceil(Expr.Ceil e) {
            Val x = exact(e.a());
            if (x.isConstant) return constantVal(Math.ceil(x.value));
            int a = x.node();
            return nodeVal(hashed(List.of(Program.CEIL, a), () -> nodes.add(Program.CEIL, a, -1, -1, -1, 0, null, null, null, -1)));
        }

        @Override
        public Val ifLe(Expr.IfLe e) {
            Val a = exact(e.a());
            Val b = exact(e.b());
            if (a.isConstant && b.isConstant) return exact(a.value <= b.value ? e.then() : e.otherwise());
            return nodeVal(ifLeNode(a.node(), b.node(), exact(e.then()).node(), exact(e.otherwise()).node()));
        }

        @Override
        public Val series(Expr.Series e) {
            Val r = exact(e.ratio());
            Val m = exact(e.terms());
            if (r.isConstant && m.isConstant) return constantVal(Expr.Series.of(r.value, m.value));
            int x = r.node(), y = m.node();
            return nodeVal(hashed(List.of(Program.SERIES, x, y), () -> nodes.add(Program.SERIES, x, y, -1, -1, 0, null, null, null, -1)));
        }

        @Override
        public Val lever(Expr.Lever l) {
            return exact(l.off());
        }

        @Override
        public Val leverValue(Expr.LeverValue v) {
            throw new IllegalStateException("a lever's value is read only where the lever is set (the workbook)");
        }

        @Override
        public Val mean(Expr.Mean m) {
            return constantVal(meanValue(m));
        }

        @Override
        public Val point(Expr.Point p) {
            throw new IllegalStateException("the point of a spread is read only inside a mean over it");
        }
    }
}
