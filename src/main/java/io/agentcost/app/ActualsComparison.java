package io.agentcost.app;

import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.CostExport;
import io.agentcost.calibrate.CostLine;
import io.agentcost.calibrate.Placement;
import io.agentcost.calibrate.costs.CostFileReader;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.TimelineEntry;
import io.agentcost.pricing.Catalog;
import io.agentcost.simulation.Progress;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Places a month of a cost export inside the plan's simulated distribution, per service and per agent tag (decision 0026). */
public final class ActualsComparison {

    /** Lines shown per side to explain a gap. */
    static final int EXPLAIN = 3;

    private ActualsComparison() {
    }

    /**
     * @param month        yyyy-MM, or null for the latest month in the export
     * @param phase        the phase to compare with, or null: from the timeline and start_month, else the only phase
     * @param architecture the architecture deployed, or null when the scenario has one
     */
    public static ActualsReport run(AgentCost services, Scenario s, Catalog catalog, Path costs, String month, String agentTag,
                                    String phase, String architecture, SimulationOptions options) throws BadFile {
        if (month != null) {
            try {
                YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw new BadFile("--month " + month + ": expected a month such as 2026-11");
            }
        }
        CostExport export = CostFileReader.read(costs, agentTag);
        String m = export.month(month);
        String[] chosen = phase(s, m, phase);
        String arch = architecture(s, architecture);
        SimulationResult sim = services.simulate(s, catalog, options, Progress.NONE, () -> false);
        SimulationResult.CellResult cell = sim.cell(chosen[0], arch);
        Map<String, Summary> parts = cell.breakdown();
        List<LineItem> plan = new ArrayList<>();
        for (Estimate e : services.estimate(s, catalog, chosen[0]).results()) if (e.architecture().equals(arch)) plan.addAll(e.lines());

        List<CostLine> lines = export.byMonth().get(m);
        List<CostLine> compared = lines.stream().filter(CostLine::compared).toList();
        List<CostLine> unknown = compared.stream().filter(l -> l.service() == null).sorted(byCost()).toList();
        List<CostLine> notCompared = lines.stream().filter(l -> !l.compared()).sorted(byCost()).toList();

        Set<String> serviceNames = new LinkedHashSet<>();
        parts.keySet().stream().filter(k -> k.startsWith("service:")).map(k -> k.substring(8)).forEach(serviceNames::add);
        compared.stream().map(CostLine::service).filter(x -> x != null).forEach(serviceNames::add);
        List<ActualsReport.Row> serviceRows = new ArrayList<>();
        for (String svc : serviceNames) {
            List<CostLine> mine = compared.stream().filter(l -> svc.equals(l.service())).toList();
            serviceRows.add(row(svc, mine, parts.get("service:" + svc), plan.stream().filter(l -> l.service().equals(svc)).toList()));
        }
        List<ActualsReport.Row> agentRows = new ArrayList<>();
        if (agentTag != null) {
            Map<String, List<CostLine>> byAgent = new LinkedHashMap<>();
            parts.keySet().stream().filter(k -> k.startsWith("agent:")).forEach(k -> byAgent.put(k.substring(6), new ArrayList<>()));
            for (CostLine l : compared) byAgent.computeIfAbsent(l.agent() == null ? "(untagged)" : l.agent(), k -> new ArrayList<>()).add(l);
            byAgent.forEach((a, mine) -> agentRows.add(row(a, mine, parts.get("agent:" + a),
                    plan.stream().filter(l -> l.agentOrShared().equals(a)).toList())));
        }
        Summary t = cell.total();
        double[] probs = new double[t.scurve().length];
        for (int k = 0; k < probs.length; k++) probs[k] = k / (probs.length - 1.0);
        double actualTotal = compared.stream().mapToDouble(CostLine::usd).sum();
        List<ActualsReport.Explain> totalLines = new ArrayList<>();
        for (ActualsReport.Row r : serviceRows.stream().sorted(Comparator.comparingDouble((ActualsReport.Row r) -> -Math.abs(r.gap()))).limit(EXPLAIN).toList())
            totalLines.add(new ActualsReport.Explain("gap", r.name(), r.gap()));
        ActualsReport.Row total = new ActualsReport.Row("total", actualTotal, t.p10(), t.p50(), t.p90(),
                Placement.of(actualTotal, probs, t.scurve()), totalLines);
        return new ActualsReport(costs.toString(), export.format(), m, chosen[0], chosen[1], arch, sim.run().iterations(), total,
                serviceRows, agentRows, unknown, notCompared, t.scurve().clone());
    }

    private static Comparator<CostLine> byCost() {
        return Comparator.comparingDouble((CostLine l) -> -Math.abs(l.usd()));
    }

    private static ActualsReport.Row row(String name, List<CostLine> actual, Summary planned, List<LineItem> planLines) {
        double usd = actual.stream().mapToDouble(CostLine::usd).sum();
        List<ActualsReport.Explain> explain = new ArrayList<>();
        actual.stream().sorted(byCost()).limit(EXPLAIN).forEach(l -> explain.add(new ActualsReport.Explain("actual",
                l.usageType().isEmpty() ? l.productCode() : l.usageType(), l.usd())));
        planLines.stream().filter(l -> !l.missingPrice()).sorted(Comparator.comparingDouble((LineItem l) -> -l.usd())).limit(EXPLAIN)
                .forEach(l -> explain.add(new ActualsReport.Explain("plan", l.name(), l.usd())));
        if (planned == null) return new ActualsReport.Row(name, usd, null, null, null, null, explain);
        double[] pr = new double[Summary.LEVELS.length + 2];
        double[] v = new double[pr.length];
        pr[0] = 0;
        v[0] = planned.min();
        for (int i = 0; i < Summary.LEVELS.length; i++) {
            pr[i + 1] = Summary.LEVELS[i];
            v[i + 1] = planned.percentiles()[i];
        }
        pr[pr.length - 1] = 1;
        v[v.length - 1] = planned.max();
        return new ActualsReport.Row(name, usd, planned.p10(), planned.p50(), planned.p90(), Placement.of(usd, pr, v), explain);
    }

    /** The phase and why it was chosen. */
    static String[] phase(Scenario s, String month, String wanted) throws BadFile {
        List<String> names = s.phases().stream().map(Phase::name).toList();
        if (wanted != null) {
            if (s.phase(wanted) == null) throw new BadFile("--phase " + wanted + ": no such phase (phases: " + String.join(", ", names) + ")");
            return new String[]{wanted, "--phase"};
        }
        if (s.startMonth() != null && !s.timeline().isEmpty()) {
            long index = ChronoUnit.MONTHS.between(s.startMonth(), YearMonth.parse(month));
            long at = 0;
            for (TimelineEntry e : s.timeline()) {
                if (index >= at && index < at + e.months())
                    return new String[]{e.phase(), "month " + (index + 1) + " of the timeline (start_month " + s.startMonth() + ")"};
                at += e.months();
            }
            throw new BadFile(month + " is outside the timeline (start_month " + s.startMonth() + ", " + at + " months); give --phase");
        }
        if (names.size() == 1) return new String[]{names.get(0), "the only phase"};
        throw new BadFile("the scenario has phases " + String.join(", ", names) + " and no start_month with a timeline to tell which "
                + month + " belongs to: give --phase");
    }

    static String architecture(Scenario s, String wanted) throws BadFile {
        List<String> names = s.architectures().stream().map(ArchitectureSpec::name).toList();
        if (wanted != null) {
            if (!names.contains(wanted))
                throw new BadFile("--architecture " + wanted + ": no such architecture (architectures: " + String.join(", ", names) + ")");
            return wanted;
        }
        if (names.size() == 1) return names.get(0);
        throw new BadFile("the scenario has architectures " + String.join(", ", names) + ": give --architecture, the one the bill is for");
    }
}
