package io.agentcost.report;

import static io.agentcost.report.Format.cents;
import static io.agentcost.report.Format.money;
import static io.agentcost.report.Format.moneyDelta;
import static io.agentcost.report.Format.padLeft;
import static io.agentcost.report.Format.padRight;
import static io.agentcost.report.Format.simulated;
import static io.agentcost.report.Format.simulatedDelta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.simulation.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** `agentcost diff` as a table (the changes, largest first, unchanged lines hidden) and as JSON (everything, documented in the README). */
public final class DiffReport {

    /** What the two runs shared, for the header: the files and the run both were simulated with (null: not simulated). */
    public record Run(String fileA, String fileB, SimulationResult.RunRecord run) {
    }

    private DiffReport() {
    }

    public static String table(Diff d, Run r) {
        StringBuilder out = new StringBuilder();
        out.append("Change from A to B, USD per month (nominal: every input at its median)\n");
        out.append("  A: ").append(r.fileA()).append(" (").append(d.scenarioA()).append(")\n");
        out.append("  B: ").append(r.fileB()).append(" (").append(d.scenarioB()).append(")\n");
        if (r.run() != null) {
            var run = r.run();
            out.append(String.format(Locale.ROOT, "Simulated P10/P50/P90: A and B with the same seed (%d), %,d iterations and %s sampling, so the"
                    + " uncertain inputs they share draw the same values%n  (draws are matched by position: an uncertain input added or removed"
                    + " ahead of others shifts theirs)%n", run.seed(), run.iterations(), run.sampling()));
        }
        added(out, "Phases", d.phasesAdded(), d.phasesRemoved());
        added(out, "Architectures", d.architecturesAdded(), d.architecturesRemoved());
        List<String> unchanged = new ArrayList<>();
        for (Diff.Cell c : d.cells()) {
            boolean statsMove = c.stats().stream().anyMatch(s -> Math.abs(s.delta()) >= Diff.UNCHANGED_BELOW);
            if (c.status() == Diff.Status.UNCHANGED && !statsMove) {
                unchanged.add(c.phase() + " · " + c.architecture() + " " + money(c.nominalA()));
                continue;
            }
            cell(out, c);
        }
        if (!unchanged.isEmpty()) {
            out.append("\nUnchanged (nominal and simulated): ").append(String.join(", ", unchanged)).append('\n');
        }
        out.append('\n').append(summary(d));
        return out.toString();
    }

    private static void added(StringBuilder out, String what, List<String> added, List<String> removed) {
        if (added.isEmpty() && removed.isEmpty()) return;
        out.append('\n').append(what).append(':');
        if (!added.isEmpty()) out.append(" added in B: ").append(String.join(", ", added)).append(removed.isEmpty() ? "" : ";");
        if (!removed.isEmpty()) out.append(" removed in B: ").append(String.join(", ", removed));
        out.append('\n');
    }

    private static void cell(StringBuilder out, Diff.Cell c) {
        out.append("\nPhase ").append(c.phase()).append(" · ").append(c.architecture()).append(": ");
        switch (c.status()) {
            case ADDED -> out.append("added in B, ").append(money(c.nominalB())).append('\n');
            case REMOVED -> out.append("removed in B (was ").append(money(c.nominalA())).append(")\n");
            default -> out.append(money(c.nominalA())).append(" → ").append(money(c.nominalB())).append(" (")
                    .append(moneyDelta(c.nominalDelta())).append(pct(c.nominalRatio())).append(")\n");
        }
        List<Diff.Line> shown = c.lines().stream().filter(l -> l.status() != Diff.Status.UNCHANGED).toList();
        boolean both = c.status() == Diff.Status.CHANGED || c.status() == Diff.Status.UNCHANGED;
        if (both && !shown.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"", "COMPONENT", "LINE", "A", "B", "CHANGE"});
            boolean agents = shown.stream().anyMatch(l -> l.agent() != null);
            for (Diff.Line l : shown) {
                String mark = switch (l.status()) {
                    case ADDED -> "+";
                    case REMOVED -> "-";
                    default -> "~";
                };
                rows.add(new String[]{mark, l.component(), (agents && l.agent() != null ? l.agent() + ": " : "") + l.name(),
                        l.status() == Diff.Status.ADDED ? "" : money(l.usdA()), l.status() == Diff.Status.REMOVED ? "" : money(l.usdB()),
                        Double.isNaN(l.delta()) ? "price missing" : moneyDelta(l.delta())});
            }
            out.append(grid(rows));
        }
        int hidden = (int) c.lines().stream().filter(l -> l.status() == Diff.Status.UNCHANGED).count();
        if (both && hidden > 0) out.append("    (").append(hidden).append(hidden == 1 ? " unchanged line" : " unchanged lines").append(" not shown)\n");
        if (!c.stats().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String name : List.of("p10", "p50", "p90")) {
                Diff.Stat s = c.stat(name);
                parts.add(name.toUpperCase(Locale.ROOT) + " " + simulated(s.a()) + " → " + simulated(s.b()) + " (" + simulatedDelta(s.delta())
                        + pct(s.ratio()) + ")");
            }
            out.append("    Simulated: ").append(String.join(" · ", parts)).append('\n');
        }
    }

    private static String pct(Double ratio) {
        if (ratio == null || !Double.isFinite(ratio)) return "";
        return String.format(Locale.ROOT, ", %+.1f%%", 100 * ratio);
    }

    /** Phase rows × architecture columns of B − A nominal ("added", "removed", "–" where a file lacks the cell). */
    static String summary(Diff d) {
        List<String> phases = new ArrayList<>();
        List<String> archs = new ArrayList<>();
        for (Diff.Cell c : d.cells()) {
            if (!phases.contains(c.phase())) phases.add(c.phase());
            if (!archs.contains(c.architecture())) archs.add(c.architecture());
        }
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[archs.size() + 1];
        head[0] = "PHASE";
        for (int a = 0; a < archs.size(); a++) head[a + 1] = archs.get(a);
        rows.add(head);
        for (String p : phases) {
            String[] row = new String[archs.size() + 1];
            row[0] = p;
            for (int a = 0; a < archs.size(); a++) {
                Diff.Cell c = d.cell(p, archs.get(a));
                row[a + 1] = c == null ? "–" : switch (c.status()) {
                    case ADDED -> "added";
                    case REMOVED -> "removed";
                    default -> moneyDelta(c.nominalDelta());
                };
            }
            rows.add(row);
        }
        int[] w = new int[head.length];
        for (String[] row : rows) for (int i = 0; i < row.length; i++) w[i] = Math.max(w[i], row[i].length());
        StringBuilder out = new StringBuilder("Summary, nominal change B − A, USD per month\n");
        for (String[] row : rows) {
            out.append("  ").append(padRight(row[0], w[0]));
            for (int i = 1; i < row.length; i++) out.append("  ").append(padLeft(row[i], w[i]));
            out.append('\n');
        }
        return out.toString();
    }

    /** Left-aligned text columns, right-aligned money (the last three), indented under the cell's title. */
    private static String grid(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) for (int i = 0; i < cols; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < cols; i++) {
                line.append(i >= cols - 3 ? padLeft(r[i], w[i]) : padRight(r[i], w[i]));
                if (i < cols - 1) line.append("  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    public static String json(Diff d, Run r) {
        ObjectNode root = SimulationJson.JSON.createObjectNode();
        ObjectNode a = root.putObject("a");
        a.put("file", r.fileA()).put("scenario", d.scenarioA());
        ObjectNode b = root.putObject("b");
        b.put("file", r.fileB()).put("scenario", d.scenarioB());
        if (r.run() == null) root.putNull("run");
        else SimulationJson.run(root.putObject("run"), r.run());
        strings(root.putArray("phases_added"), d.phasesAdded());
        strings(root.putArray("phases_removed"), d.phasesRemoved());
        strings(root.putArray("architectures_added"), d.architecturesAdded());
        strings(root.putArray("architectures_removed"), d.architecturesRemoved());
        ArrayNode results = root.putArray("results");
        for (Diff.Cell c : d.cells()) {
            ObjectNode o = results.addObject();
            o.put("phase", c.phase()).put("architecture", c.architecture()).put("status", c.status().key());
            usd(o, "a_usd", c.nominalA());
            usd(o, "b_usd", c.nominalB());
            usd(o, "delta_usd", c.nominalDelta());
            ratio(o, "delta_ratio", c.nominalRatio());
            ObjectNode stats = o.putObject("simulated");
            for (Diff.Stat s : c.stats()) {
                ObjectNode x = stats.putObject(s.name());
                x.put("a", cents(s.a())).put("b", cents(s.b())).put("delta", cents(s.delta()));
                ratio(x, "delta_ratio", s.ratio());
            }
            ArrayNode lines = o.putArray("lines");
            for (Diff.Line l : c.lines()) {
                ObjectNode n = lines.addObject();
                n.put("status", l.status().key()).put("component", l.component()).put("category", l.category()).put("name", l.name());
                if (l.agent() != null) n.put("agent", l.agent());
                usd(n, "a_usd", l.status() == Diff.Status.ADDED ? null : l.usdA());
                usd(n, "b_usd", l.status() == Diff.Status.REMOVED ? null : l.usdB());
                usd(n, "delta_usd", l.delta());
            }
        }
        return SimulationJson.write(root);
    }

    private static void strings(ArrayNode out, List<String> values) {
        values.forEach(out::add);
    }

    /** Money to the cent as the estimate's JSON has it; null where absent or where a price is missing (never $0). */
    private static void usd(ObjectNode o, String field, Double usd) {
        if (usd == null || !Double.isFinite(usd)) o.putNull(field);
        else o.put(field, cents(usd));
    }

    private static void ratio(ObjectNode o, String field, Double value) {
        if (value == null || !Double.isFinite(value)) o.putNull(field);
        else o.put(field, value);
    }
}
