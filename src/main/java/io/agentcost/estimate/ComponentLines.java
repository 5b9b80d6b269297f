package io.agentcost.estimate;

/** A component of one architecture in one phase: turns the evaluation's usage into line quantities. */
abstract class ComponentLines {

    /** The variable slots and choices this component reads: with its line specs, what makes two components equal. */
    private java.util.List<Object> identity;

    void identify(java.util.List<Integer> slots, java.util.Map<String, String> words) {
        identity = java.util.List.of(getClass(), java.util.List.copyOf(slots), java.util.Map.copyOf(words));
        this.slots = java.util.List.copyOf(slots);
    }

    private java.util.List<Integer> slots = java.util.List.of();

    /**
     * Whether the quantities depend on the agents' traffic. Components that do not (fixed
     * infrastructure, people, custom lines) are constant across draws when their own inputs and the
     * phase's non-production keys are fixed, and the kernel computes them once.
     */
    boolean readsTraffic() {
        return true;
    }

    /**
     * Whether every quantity is an affine function of the agents' traffic features (conversations, turns,
     * prefix, fresh and output tokens; {@link Traffic#FEATURES}) when the component's own inputs and the
     * workload keys it reads are fixed: no max, min, ceiling or product of two features on the way. The
     * kernel then prices it as a dot product with coefficients found once (and checked) at set-up.
     */
    boolean affineInTraffic() {
        return false;
    }

    /**
     * A line whose quantity is min(max(c + Σ w·x, low), high) of the traffic features x ({@link Traffic#FEATURES}
     * per agent); going over {@code high} raises {@code warningAbove} (when not null), as {@code emit} does.
     */
    record ClampedLine(double constant, double[] weights, double low, double high, String warningAbove) {

        static ClampedLine constant(double value) {
            return new ClampedLine(value, new double[0], Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null);
        }

        /** The quantity at features x. */
        double at(double[] x) {
            double v = constant;
            for (int j = 0; j < weights.length; j++) v += weights[j] * x[j];
            return clamp(v);
        }

        /** The quantity for the affine part's value v: floored at low, then capped at high (the order emit uses). */
        double clamp(double v) {
            v = Math.max(low, v);
            return v > high ? high : v;
        }

        /** Whether the cap applies to the affine part's value v (emit then warns). */
        boolean capped(double v) {
            return Math.max(low, v) > high;
        }
    }

    /**
     * Every line in the form of {@link ClampedLine}, with the component's own inputs read from {@code ev}
     * (the kernel asks only when they are fixed, and checks the forms against {@code emit}); null for a
     * component that has no such form. For a kink such as a minimum fleet that demand overtakes, which
     * {@link #affineInTraffic} cannot express.
     */
    ClampedLine[] clampedLines(Evaluation ev) {
        return null;
    }

    /** Variable slots this component reads besides the agents' workload. */
    java.util.List<Integer> slotsRead() {
        return slots;
    }

    /**
     * Components of one phase with the same identity and the same line specs emit the same quantities in
     * every iteration: the kernel computes one and copies it to the others.
     */
    Object signature(java.util.List<LineSpec> lines) {
        return identity == null ? new Object() : java.util.List.of(identity, lines);
    }

    /** Emits every line of the component, always the same lines in the same order. */
    abstract void emit(Evaluation ev, LineSink sink);

    /**
     * The same lines as {@link #emit}, in the same order, with each quantity as a spreadsheet formula
     * of the workbook's inputs (SPEC §8); lever-only lines may be added between them.
     */
    abstract void formulas(FormulaContext f, FormulaSink sink);
}
