package io.agentcost.estimate.columnar;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sum c + Σ w·m over monomials m, each a product of atoms (program nodes that vary between draws:
 * uncertain inputs, shared definitions, min, max, ceilings). It is how linearity is read off a tree: a
 * cost line's quantity times its price, summed over a cell's lines, is one such sum, and the terms of
 * lines that read the same atoms (every model of an agent reads its prefix tokens) merge into one.
 * Immutable; terms keep the order of first appearance so that sums do not depend on hashing.
 */
final class Poly {

    /** A product of atoms, as their node ids in ascending order (with repeats). */
    static final class Mono {
        final int[] atoms;
        private final int hash;

        Mono(int[] atoms) {
            this.atoms = atoms;
            this.hash = Arrays.hashCode(atoms);
        }

        int degree() {
            return atoms.length;
        }

        Mono times(Mono o) {
            int[] merged = new int[atoms.length + o.atoms.length];
            System.arraycopy(atoms, 0, merged, 0, atoms.length);
            System.arraycopy(o.atoms, 0, merged, atoms.length, o.atoms.length);
            Arrays.sort(merged);
            return new Mono(merged);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mono m && Arrays.equals(atoms, m.atoms);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static final Poly ZERO = new Poly(0, Map.of());

    final double constant;
    /** Terms with their coefficients, in order of first appearance (never a zero coefficient). */
    final Map<Mono, Double> terms;

    private Poly(double constant, Map<Mono, Double> terms) {
        this.constant = constant;
        this.terms = terms;
    }

    static Poly of(double constant) {
        return new Poly(constant, Map.of());
    }

    static Poly atom(int node) {
        Map<Mono, Double> t = new LinkedHashMap<>();
        t.put(new Mono(new int[]{node}), 1.0);
        return new Poly(0, t);
    }

    boolean isConstant() {
        return terms.isEmpty();
    }

    /** Whether this is exactly one atom (coefficient 1, no constant): it can stand for itself. */
    boolean isAtom() {
        if (constant != 0 || terms.size() != 1) return false;
        Map.Entry<Mono, Double> e = terms.entrySet().iterator().next();
        return e.getValue() == 1.0 && e.getKey().degree() == 1;
    }

    /** this + scale · o */
    Poly plus(Poly o, double scale) {
        if (o.isConstant() && o.constant == 0) return this;
        Map<Mono, Double> t = new LinkedHashMap<>(terms);
        o.terms.forEach((m, w) -> t.merge(m, scale * w, Double::sum));
        t.values().removeIf(w -> w == 0);
        return new Poly(constant + scale * o.constant, t);
    }

    Poly scale(double s) {
        if (s == 1) return this;
        if (s == 0) return ZERO;
        Map<Mono, Double> t = new LinkedHashMap<>();
        terms.forEach((m, w) -> t.put(m, w * s));
        t.values().removeIf(w -> w == 0);
        return new Poly(constant * s, t);
    }

    /** The product with every term of one multiplied by every term of the other. */
    Poly times(Poly o) {
        Map<Mono, Double> t = new LinkedHashMap<>();
        if (o.constant != 0) terms.forEach((m, w) -> t.merge(m, w * o.constant, Double::sum));
        if (constant != 0) o.terms.forEach((m, w) -> t.merge(m, w * constant, Double::sum));
        for (Map.Entry<Mono, Double> a : terms.entrySet()) {
            for (Map.Entry<Mono, Double> b : o.terms.entrySet()) t.merge(a.getKey().times(b.getKey()), a.getValue() * b.getValue(), Double::sum);
        }
        t.values().removeIf(w -> w == 0);
        return new Poly(constant * o.constant, t);
    }

    /** Terms of the product {@link #times} would make (an upper bound), to keep expansions small. */
    int productSize(Poly o) {
        int a = terms.size() + (constant != 0 ? 1 : 0);
        int b = o.terms.size() + (o.constant != 0 ? 1 : 0);
        return a * b;
    }

    /** A sum built term by term in place, for the many lines of a cell (each {@link #plus} would copy the terms). */
    static final class Sum {
        private double constant;
        private final Map<Mono, Double> terms = new LinkedHashMap<>();

        void add(Poly p, double scale) {
            if (scale == 0) return;
            constant += scale * p.constant;
            p.terms.forEach((m, w) -> terms.merge(m, scale * w, Double::sum));
        }

        boolean isEmpty() {
            return constant == 0 && terms.isEmpty();
        }

        Poly poly() {
            Map<Mono, Double> t = new LinkedHashMap<>(terms);
            t.values().removeIf(w -> w == 0);
            return new Poly(constant, t);
        }
    }

    int maxDegree() {
        int d = 0;
        for (Mono m : terms.keySet()) d = Math.max(d, m.degree());
        return d;
    }
}
