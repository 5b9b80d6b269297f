package io.agentcost.estimate.usage;

import io.agentcost.estimate.expr.Spread;
import io.agentcost.model.Distribution;
import io.agentcost.sampling.InverseCdf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every numeric input of a scenario as one slot of a {@code double[]}. The same distribution
 * object (a workload input that phases do not override) is one slot, so all phases and
 * architectures see the same draw in an iteration.
 */
public final class Variables {

    /** One uncertain or fixed input: where it is set in the file and its distribution. */
    public record Variable(int index, String path, String key, Distribution distribution) {
    }

    private final Map<Distribution, Integer> index = new IdentityHashMap<>();
    /** Fixed values share a slot by value: they cannot differ between draws, and sharing lets the kernel reuse work. */
    private final Map<Object, Integer> constants = new HashMap<>();
    private final List<Variable> list = new ArrayList<>();

    private final Map<Distribution, String[]> named = new IdentityHashMap<>();
    /**
     * Whether equal constants share a slot whatever their place (the simulation: it lets the kernel
     * reuse work) or only at the same path (the workbook: each place the user can edit is its own
     * input, so changing one default does not silently change an unrelated one).
     */
    private final boolean shareConstantsByValue;

    public Variables() {
        this(true);
    }

    public Variables(boolean shareConstantsByValue) {
        this.shareConstantsByValue = shareConstantsByValue;
    }

    private Object constantKey(Distribution d, String path) {
        return shareConstantsByValue ? (Object) d.lowerBound() : List.of(path, d.lowerBound());
    }

    /** Remembers where the user wrote an input, so its slot (created when something reads it) is named there. */
    public void name(Distribution d, String path, String key) {
        named.putIfAbsent(d, new String[]{path, key});
    }

    /** The slot of a distribution, registering it on first sight under the path where it was found. */
    public int slot(Distribution d, String path, String key) {
        String[] where = named.get(d);
        if (where != null) {
            path = where[0];
            key = where[1];
        }
        Integer i = index.get(d);
        if (i != null) return i;
        if (d.isFixed()) {
            i = constants.get(constantKey(d, path));
            if (i != null) {
                index.put(d, i);
                return i;
            }
        }
        int n = list.size();
        index.put(d, n);
        if (d.isFixed()) constants.put(constantKey(d, path), n);
        list.add(new Variable(n, path, key, d));
        return n;
    }

    /** The slot a distribution already has (by identity, or a constant by its key at {@code path}), null if none: never adds one. */
    public Integer find(Distribution d, String path) {
        Integer i = index.get(d);
        if (i == null && d.isFixed()) i = constants.get(constantKey(d, path));
        return i;
    }

    public int slotOfConstant(double value, String path, String key) {
        return slot(Distribution.fixed(value), path, key);
    }

    /**
     * A slot of its own, never shared with an equal constant, that starts at {@code value}: a parameter
     * the engine sets itself (the forecast's growth multiplier of a phase), not an input of the file.
     */
    public int parameter(double value, String path, String key) {
        int n = list.size();
        list.add(new Variable(n, path, key, Distribution.fixed(value)));
        parameters.add(n);
        return n;
    }

    /** Whether a slot is a {@link #parameter} rather than an input of the scenario. */
    public boolean isParameter(int slot) {
        return parameters.contains(slot);
    }

    private final Set<Integer> parameters = new HashSet<>();

    private final Map<Distribution, Spread> spreads = new IdentityHashMap<>();
    private final List<Spread> spreadList = new ArrayList<>();

    /**
     * The points of a {@code {varies: D}} (SPEC §12), made once per distribution where the user wrote it: a discrete D
     * its values and weights, a fixed one its value, any other 1,000 equal-probability points F⁻¹((i − 0.5)/1000).
     */
    public Spread spread(Distribution d, String path, String key) {
        Spread s = spreads.get(d);
        if (s != null) return s;
        String[] where = named.get(d);
        if (where != null) path = where[0];
        s = points(d, path, new SpreadSite(path, key, d));
        spreads.put(d, s);
        spreadList.add(s);
        return s;
    }

    /**
     * The points of D as every back end averages over them (and the app's Inputs tab shows their mean): a discrete D
     * its values and weights, a fixed one its value, any other 1,000 equal-probability points F⁻¹((i − 0.5)/1000).
     */
    public static Spread points(Distribution d, String name, Object where) {
        double[] points;
        double[] weights;
        if (d instanceof Distribution.Discrete x) {
            points = x.values();
            weights = x.weights();
        } else if (d.isFixed()) {
            points = new double[]{d.lowerBound()};
            weights = new double[]{1};
        } else {
            InverseCdf f = InverseCdf.of(d);
            points = new double[SPREAD_POINTS];
            weights = new double[SPREAD_POINTS];
            for (int i = 0; i < SPREAD_POINTS; i++) {
                points[i] = f.at((i + 0.5) / SPREAD_POINTS);
                weights[i] = 1;
            }
        }
        return new Spread(name, where, points, weights);
    }

    /** Points of the midpoint rule over a continuous spread. */
    public static final int SPREAD_POINTS = 1000;

    /** Where a spread is written: its path, key and distribution (the workbook's Spreads sheet). */
    public record SpreadSite(String path, String key, Distribution distribution) {
    }

    /** Every spread, in the order they were first read. */
    public List<Spread> spreads() {
        return List.copyOf(spreadList);
    }

    public List<Variable> all() {
        return List.copyOf(list);
    }

    public int size() {
        return list.size();
    }

    /** Every slot at its input's median: the nominal values (SPEC §4), for what must be fixed before a run. */
    public double[] medians() {
        double[] v = new double[list.size()];
        for (Variable x : list) v[x.index()] = InverseCdf.median(x.distribution());
        return v;
    }
}
