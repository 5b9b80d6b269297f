package io.agentcost.report;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed from a scenario A to a scenario B, the way Infracost shows a change: per phase × architecture
 * the nominal totals and their difference, the line items that were added, removed or changed (largest first),
 * and the difference of the simulated percentiles. A pure computation over two estimates and (optionally) two
 * simulations, shared by `agentcost diff` and the app's baseline comparison (decision 0021).
 *
 * @param cells one per phase × architecture of either file: A's order first, then what only B has
 */
public record Diff(String scenarioA, String scenarioB, List<String> phasesAdded, List<String> phasesRemoved,
                   List<String> architecturesAdded, List<String> architecturesRemoved, List<Cell> cells) {

    /** Differences smaller than half a cent are no change: the estimate rounds money to the cent. */
    static final double UNCHANGED_BELOW = 0.005;

    /** The simulated statistics compared, in this order. */
    public static final List<String> STATS = List.of("mean", "p10", "p50", "p90");

    public enum Status {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Diff {
        phasesAdded = List.copyOf(phasesAdded);
        phasesRemoved = List.copyOf(phasesRemoved);
        architecturesAdded = List.copyOf(architecturesAdded);
        architecturesRemoved = List.copyOf(architecturesRemoved);
        cells = List.copyOf(cells);
    }

    /**
     * One phase × architecture. Totals are null where the cell is not in that file; {@code lines} has every line of
     * either side, largest absolute change first, unchanged lines last; {@code stats} is empty without simulations.
     */
    public record Cell(String phase, String architecture, Status status, Double nominalA, Double nominalB, List<Line> lines,
                       List<Stat> stats) {

        public Cell {
            lines = List.copyOf(lines);
            stats = List.copyOf(stats);
        }

        /** B − A; null unless the cell is in both. */
        public Double nominalDelta() {
            return nominalA == null || nominalB == null ? null : nominalB - nominalA;
        }

        /** (B − A) / A; null unless the cell is in both and A is not zero. */
        public Double nominalRatio() {
            Double d = nominalDelta();
            return d == null || nominalA == 0 ? null : d / nominalA;
        }

        public Stat stat(String name) {
            for (Stat s : stats) if (s.name().equals(name)) return s;
            return null;
        }
    }

    /**
     * A line item, matched across the files by component, agent and name. Money is NaN where the price is missing
     * (never $0), and 0 on the side the line is absent from.
     */
    public record Line(String component, String agent, String category, String name, Status status, double usdA, double usdB) {

        public double delta() {
            return usdB - usdA;
        }
    }

    /** A simulated statistic of A and B (same seed and iterations: common inputs draw the same values). */
    public record Stat(String name, double a, double b) {

        public double delta() {
            return b - a;
        }

        public Double ratio() {
            return a == 0 ? null : (b - a) / a;
        }
    }

    /** The nominal difference only. */
    public static Diff of(EstimateReport a, EstimateReport b) {
        return of(a, b, null, null);
    }

    /** @param simA, simB simulations of A and B (both, or neither) */
    public static Diff of(EstimateReport a, EstimateReport b, SimulationResult simA, SimulationResult simB) {
        List<String> phases = union(a.phases(), b.phases());
        List<String> archs = union(a.architectures(), b.architectures());
        List<Cell> cells = new ArrayList<>();
        for (String p : phases) {
            for (String x : archs) {
                Estimate ea = a.result(p, x);
                Estimate eb = b.result(p, x);
                if (ea == null && eb == null) continue;
                cells.add(cell(p, x, ea, eb, simA == null ? null : simA.cell(p, x), simB == null ? null : simB.cell(p, x)));
            }
        }
        return new Diff(a.scenario(), b.scenario(), minus(b.phases(), a.phases()), minus(a.phases(), b.phases()),
                minus(b.architectures(), a.architectures()), minus(a.architectures(), b.architectures()), cells);
    }

    public Cell cell(String phase, String architecture) {
        for (Cell c : cells) if (c.phase().equals(phase) && c.architecture().equals(architecture)) return c;
        return null;
    }

    private static Cell cell(String phase, String arch, Estimate a, Estimate b, SimulationResult.CellResult sa,
                             SimulationResult.CellResult sb) {
        List<Line> lines = lines(a, b);
        List<Stat> stats = new ArrayList<>();
        if (sa != null && sb != null) {
            Summary x = sa.total();
            Summary y = sb.total();
            stats.add(new Stat("mean", x.mean(), y.mean()));
            stats.add(new Stat("p10", x.p10(), y.p10()));
            stats.add(new Stat("p50", x.p50(), y.p50()));
            stats.add(new Stat("p90", x.p90(), y.p90()));
        }
        Status status;
        if (a == null) status = Status.ADDED;
        else if (b == null) status = Status.REMOVED;
        else {
            boolean same = Math.abs(b.totalUsd() - a.totalUsd()) < UNCHANGED_BELOW
                    && lines.stream().allMatch(l -> l.status() == Status.UNCHANGED);
            status = same ? Status.UNCHANGED : Status.CHANGED;
        }
        return new Cell(phase, arch, status, a == null ? null : a.totalUsd(), b == null ? null : b.totalUsd(), lines, stats);
    }

    private record Key(String component, String agent, String name) {
    }

    /** Lines of both sides matched by component, agent and name; lines of zero quantity and cost count as absent. */
    private static List<Line> lines(Estimate a, Estimate b) {
        Map<Key, double[]> money = new LinkedHashMap<>();
        Map<Key, String> category = new LinkedHashMap<>();
        collect(a, 0, money, category);
        collect(b, 1, money, category);
        List<Line> out = new ArrayList<>();
        money.forEach((k, v) -> {
            boolean inA = !Double.isNaN(v[2]);
            boolean inB = !Double.isNaN(v[3]);
            Status s;
            if (!inA) s = Status.ADDED;
            else if (!inB) s = Status.REMOVED;
            else if (Double.isNaN(v[0]) != Double.isNaN(v[1])) s = Status.CHANGED;
            else s = Double.isNaN(v[0]) || Math.abs(v[1] - v[0]) < UNCHANGED_BELOW ? Status.UNCHANGED : Status.CHANGED;
            out.add(new Line(k.component(), k.agent(), category.get(k), k.name(), s, inA ? v[0] : 0, inB ? v[1] : 0));
        });
        out.sort(Comparator.comparing((Line l) -> l.status() == Status.UNCHANGED)
                .thenComparing(l -> Double.isNaN(l.delta()))
                .thenComparing(l -> -Math.abs(Double.isNaN(l.delta()) ? 0 : l.delta())));
        return out;
    }

    /**
     * v[side] is the side's money (NaN where a price is missing), v[2 + side] marks presence (NaN: absent). Lines of
     * one key on one side (a name repeated) add up.
     */
    private static void collect(Estimate e, int side, Map<Key, double[]> money, Map<Key, String> category) {
        if (e == null) return;
        for (LineItem l : e.lines()) {
            if (l.quantity() == 0 && !l.missingPrice()) continue;
            Key k = new Key(l.service(), l.agent(), l.name());
            double[] v = money.computeIfAbsent(k, x -> new double[]{0, 0, Double.NaN, Double.NaN});
            category.putIfAbsent(k, l.category().key());
            v[2 + side] = 1;
            v[side] += l.missingPrice() ? Double.NaN : l.usd();
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
