package io.agentcost.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Receives the monthly quantity of each line. Components emit the same lines in the same order
 * whatever the numbers, so the hot loop keeps only a {@code double[]} of quantities; a recording
 * sink also keeps the specs. One final class (not an interface with several implementations) so
 * the JIT can inline {@link #add} at every component's call site.
 */
public final class LineSink {

    private double[] q;
    private int i;
    private final List<LineSpec> specs;

    private LineSink(double[] q, List<LineSpec> specs) {
        this.q = q;
        this.specs = specs;
    }

    /** Records specs and quantities (the nominal estimate, and the layout of a kernel). */
    public static LineSink recording() {
        return new LineSink(new double[64], new ArrayList<>());
    }

    /** Writes quantities into a caller's array, in emission order. */
    static LineSink into(double[] q) {
        return new LineSink(q, null);
    }

    void reset(double[] target) {
        reset(target, 0);
    }

    void reset(double[] target, int from) {
        q = target;
        i = from;
    }

    public void add(LineSpec line, double quantity) {
        if (specs != null) {
            specs.add(line);
            if (i == q.length) q = Arrays.copyOf(q, 2 * q.length);
        }
        q[i++] = quantity;
    }

    /** The recorded specs, in emission order (recording sinks only). */
    public List<LineSpec> specs() {
        return List.copyOf(specs);
    }

    /** The recorded quantities, in emission order. */
    public double[] quantities() {
        return Arrays.copyOf(q, i);
    }
}
