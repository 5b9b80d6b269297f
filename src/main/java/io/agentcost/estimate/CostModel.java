package io.agentcost.estimate;

import io.agentcost.estimate.component.Build;
import io.agentcost.estimate.component.Components;
import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Scalar;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.priced.Commitments;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.priced.Pricer;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.PhaseUsage;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Agent;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Commitment;
import io.agentcost.model.Distribution;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.TimelineEntry;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A scenario compiled for evaluation: every numeric input is a slot in {@link Variables}, each phase's usage
 * a set of shared definitions, every phase × architecture a {@link PhaseArchitecture} whose lines state
 * their quantities once, as expressions. Prices are not seen here; the pricing pass attaches them.
 */
public final class CostModel {

    private final Scenario scenario;
    private final Catalog catalog;
    private final Variables variables;
    private final List<PhaseArchitecture> cells;
    private final List<String> warnings;
    private final int[] growthSlots;
    private final int[] oneTimeSlots;
    private final int[] phaseGrowthSlots;
    private final List<CommitmentSlot> commitmentSlots;
    /** The compiled fast path for the simulation and the forecast, made on first use and shared by every thread ({@link Kernel}). */
    private final Map<Boolean, Kernel.Compiled> programs = new ConcurrentHashMap<>();

    private CostModel(Scenario scenario, Catalog catalog, Variables variables, List<PhaseArchitecture> cells, List<String> warnings,
                      int[] growthSlots, int[] oneTimeSlots, int[] phaseGrowthSlots, List<CommitmentSlot> commitmentSlots) {
        this.scenario = scenario;
        this.catalog = catalog;
        this.variables = variables;
        this.cells = List.copyOf(cells);
        this.warnings = List.copyOf(warnings);
        this.growthSlots = growthSlots;
        this.oneTimeSlots = oneTimeSlots;
        this.phaseGrowthSlots = phaseGrowthSlots;
        this.commitmentSlots = List.copyOf(commitmentSlots);
    }

    /**
     * A commitment's parameter: 1 while it is billed, which the forecast sets to 0 outside its term (SPEC §13).
     *
     * @param architecture the architecture's index in scenario order
     */
    public record CommitmentSlot(int architecture, Commitment commitment, int slot) {
    }

    /** The parameter of every commitment (architectures and their commitments in scenario order); empty without a timeline's months. */
    public List<CommitmentSlot> commitmentSlots() {
        return commitmentSlots;
    }

    /** Slot of each timeline entry's monthly growth (same order as the timeline). */
    public int[] growthSlots() {
        return growthSlots.clone();
    }

    /** Slot of each architecture's one-time cost (0 when not given), in architecture order. */
    public int[] oneTimeSlots() {
        return oneTimeSlots.clone();
    }

    /**
     * Architecture x's one-time lines (the initial embedding of a knowledge base), paid in the forecast's month 0 beside
     * its one_time_usd; the same in every phase, so the first phase's are taken.
     */
    public List<Line> oneTimeLines(int x) {
        String name = scenario.architectures().get(x).name();
        for (PhaseArchitecture c : cells) if (c.architecture().equals(name)) return c.oneTimeLines();
        return List.of();
    }

    /** The USD rate a one-time line is billed at: the catalog's (or the scenario's override), less the discount; NaN if missing. */
    public double oneTimeRate(Line line) {
        return Pricer.base(line.spec().priceKey(), catalog, scenario).map(p -> p.firstRate() * (1 - scenario.discount())).orElse(Double.NaN);
    }

    /** Month 0 of the forecast for architecture x at these input values (slot order): one_time_usd plus its one-time lines. */
    public double oneTimeUsd(int x, double[] vars) {
        double usd = vars[oneTimeSlots[x]];
        List<Line> lines = oneTimeLines(x);
        if (lines.isEmpty()) return usd;
        Scalar scalar = new Scalar(vars);
        for (Line l : lines) {
            double rate = oneTimeRate(l);
            // a missing price is warned about at compile time; month 0 leaves the line out rather than price it at $0
            if (!Double.isNaN(rate)) usd += scalar.eval(l.quantity()) * rate;
        }
        return usd;
    }

    /** Per phase (scenario order), the slot of the multiplier of its conversations that the forecast sets month by month (1 otherwise). */
    public int[] phaseGrowthSlots() {
        return phaseGrowthSlots.clone();
    }

    public static CostModel compile(Scenario s, Catalog catalog) {
        return compile(s, catalog, new Variables(), true);
    }

    /**
     * Compiled for the what-if workbook: a constant is shared only where it is the same input (same path), so
     * every row of the workbook's Inputs sheet is one place of the scenario; the workbook shows one month of
     * each phase, so conversations have no growth multiplier.
     */
    public static CostModel compileForWorkbook(Scenario s, Catalog catalog) {
        return compile(s, catalog, new Variables(false), false);
    }

    /**
     * As {@link #compileForWorkbook}, with each phase's growth multiplier of conversations as a
     * {@link Variables#parameter}: the workbook's live forecast prints a month's lines with it. Parameters are the
     * only slots this adds, so the other slots are those of {@link #compileForWorkbook} in the same order.
     */
    public static CostModel compileForWorkbookMonths(Scenario s, Catalog catalog) {
        return compile(s, catalog, new Variables(false), true);
    }

    /** @param phaseGrowthMultiplier whether each phase has a growth multiplier of conversations (the forecast's months) */
    private static CostModel compile(Scenario s, Catalog catalog, Variables vars, boolean phaseGrowthMultiplier) {
        registerInputs(s, vars);
        List<String> warnings = new ArrayList<>();
        List<PhaseArchitecture> cells = new ArrayList<>();
        Def hours = PhaseUsage.hours(s.hoursPerMonth());
        int[] phaseGrowth = new int[s.phases().size()];
        List<CommitmentSlot> commitmentSlots = new ArrayList<>();
        List<List<Commitments.Terms>> terms = new ArrayList<>();
        for (int ai = 0; ai < s.architectures().size(); ai++) {
            terms.add(terms(s.architectures().get(ai), ai, vars, phaseGrowthMultiplier, commitmentSlots));
        }
        for (int pi = 0; pi < s.phases().size(); pi++) {
            Phase p = s.phases().get(pi);
            AgentPlan[] plans = plans(s, p, vars);
            Workload phaseLevel = s.workloadFor(p, null);
            int npe = slot(vars, phaseLevel, WorkloadKey.NON_PROD_ENVIRONMENTS, p);
            int npu = slot(vars, phaseLevel, WorkloadKey.NON_PROD_UPTIME, p);
            phaseGrowth[pi] = phaseGrowthMultiplier ? vars.parameter(1, "growth." + p.name(), "growth") : -1;
            PhaseUsage usage = new PhaseUsage(p.name(), plans, phaseGrowth[pi], npe, npu, hours);
            for (int ai = 0; ai < s.architectures().size(); ai++) {
                ArchitectureSpec a = s.architectures().get(ai);
                Lines lines = Commitments.apply(Components.of(new Build(s, catalog, vars, a, usage, warnings)), terms.get(ai), usage.hours());
                cells.add(new PhaseArchitecture(p.name(), a.name(), usage, lines.lines(), lines.checks(), lines.oneTime(), lines.plans(),
                        lines.wasted()));
            }
        }
        int[] growth = new int[s.timeline().size()];
        for (int i = 0; i < growth.length; i++) {
            growth[i] = vars.slot(s.timeline().get(i).monthlyGrowth(), "timeline[" + i + "].monthly_growth", "monthly_growth");
        }
        warnings.addAll(commitmentsAfterTheTimeline(s));
        int[] oneTime = new int[s.architectures().size()];
        for (int i = 0; i < oneTime.length; i++) {
            ArchitectureSpec a = s.architectures().get(i);
            oneTime[i] = a.oneTimeUsd() == null ? vars.slotOfConstant(0, "default.one_time_usd", "one_time_usd")
                    : vars.slot(a.oneTimeUsd(), "architectures." + a.name() + ".one_time_usd", "one_time_usd");
        }
        for (PhaseArchitecture c : cells) {
            for (Line l : c.oneTimeLines()) {
                if (Pricer.base(l.spec().priceKey(), catalog, s).isEmpty() && !warnings.contains(missingOneTime(c, l))) warnings.add(missingOneTime(c, l));
            }
        }
        return new CostModel(s, catalog, vars, cells, warnings, growth, oneTime, phaseGrowth, commitmentSlots);
    }

    /**
     * A commitment that starts after the timeline's last month is priced by estimate and simulate (one month within its
     * term, decision 0022) but never billed by the forecast: the two would disagree without a word, so they say it.
     */
    private static List<String> commitmentsAfterTheTimeline(Scenario s) {
        int months = s.timeline().stream().mapToInt(TimelineEntry::months).sum();
        List<String> out = new ArrayList<>();
        if (months == 0) return out;
        for (ArchitectureSpec a : s.architectures()) {
            for (int k = 0; k < a.commitments().size(); k++) {
                Commitment c = a.commitments().get(k);
                if (c.startMonth() <= months) continue;
                out.add("architecture " + a.name() + ": " + c.label() + " (commitments[" + k + "]) starts in month " + c.startMonth()
                        + ", after the timeline's " + months + " months: estimate and simulate price a month within its term,"
                        + " the forecast never bills it");
            }
        }
        return out;
    }

    /**
     * An architecture's commitments as the cost model reads them: hourly_usd and instances are inputs (rows of the
     * workbook's Inputs sheet a user can edit), and with the forecast's months each has a parameter for its term.
     */
    private static List<Commitments.Terms> terms(ArchitectureSpec a, int ai, Variables vars, boolean months, List<CommitmentSlot> slots) {
        List<Commitments.Terms> out = new ArrayList<>();
        for (int k = 0; k < a.commitments().size(); k++) {
            Commitment c = a.commitments().get(k);
            String path = "architectures." + a.name() + ".commitments[" + k + "].";
            // the workbook's lever of the plan's hourly commitment or the reservation's instances replaces the Inputs
            // value where a number is typed in (the app reads the Inputs value: its levers are blank)
            Expr hourly = c.type().isPlan() ? Expr.override(new CommitmentLever(a.name(), k, c.type().key(), false),
                    Expr.input(vars.slot(Distribution.fixed(c.hourlyUsd()), path + "hourly_usd", "hourly_usd"))) : Expr.num(0);
            Expr instances = c.type().isPlan() ? Expr.num(0) : Expr.override(new CommitmentLever(a.name(), k, c.label(), true),
                    Expr.input(vars.slot(Distribution.fixed(c.instances()), path + "instances", "instances")));
            Expr active = Expr.num(1);
            if (months) {
                int slot = vars.parameter(1, "commitment." + a.name() + "[" + k + "]", "commitment_in_term");
                slots.add(new CommitmentSlot(ai, c, slot));
                active = Expr.input(slot);
            }
            out.add(new Commitments.Terms(c, hourly, instances, active));
        }
        return out;
    }

    private static String missingOneTime(PhaseArchitecture c, Line l) {
        return "architecture " + c.architecture() + ": " + l.spec().name() + " has no price (" + l.spec().priceKey()
                + " is missing from the catalog), so the forecast's month 0 leaves it out";
    }

    /** Registers the inputs where the user wrote them first, so a variable's path names that place. */
    private static void registerInputs(Scenario s, Variables vars) {
        s.workload().numbers().forEach((k, d) -> vars.name(d, "workload." + k.key(), k.key()));
        for (Phase p : s.phases()) p.overrides().numbers().forEach((k, d) -> vars.name(d, "phases." + p.name() + "." + k.key(), k.key()));
        for (Agent a : s.agents()) a.overrides().numbers().forEach((k, d) -> vars.name(d, "agents." + a.name() + "." + k.key(), k.key()));
        s.workload().varies().forEach((k, d) -> vars.name(d, "workload." + k.key(), k.key()));
        for (Phase p : s.phases()) p.overrides().varies().forEach((k, d) -> vars.name(d, "phases." + p.name() + "." + k.key(), k.key()));
        for (Agent a : s.agents()) a.overrides().varies().forEach((k, d) -> vars.name(d, "agents." + a.name() + "." + k.key(), k.key()));
    }

    private static int slot(Variables vars, Workload w, WorkloadKey k, Phase p) {
        var d = w.number(k);
        return d != null ? vars.slot(d, "phases." + p.name() + "." + k.key(), k.key())
                : vars.slotOfConstant(k.spec().defaultNumber(), "default." + k.key(), k.key());
    }

    private static AgentPlan[] plans(Scenario s, Phase p, Variables vars) {
        if (s.agents().isEmpty()) {
            return new AgentPlan[]{AgentPlan.compile(null, 1, s.workloadFor(p, null), vars, "phases." + p.name() + ".")};
        }
        AgentPlan[] plans = new AgentPlan[s.agents().size()];
        for (int i = 0; i < plans.length; i++) {
            Agent a = s.agents().get(i);
            int parent = -1;
            if (a.isSubAgent()) {
                for (int j = 0; j < plans.length; j++) if (s.agents().get(j).name().equals(a.spawnedBy().agent())) parent = j;
            }
            plans[i] = AgentPlan.compile(a.name(), a.count(), s.workloadFor(p, a), vars, "agents." + a.name() + ".", parent,
                    a.isSubAgent() ? a.spawnedBy().perTurn() : null);
        }
        return plans;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Variables variables() {
        return variables;
    }

    public List<PhaseArchitecture> cells() {
        return cells;
    }

    /** Warnings known before any number is drawn (batch not offered, free tier not applicable...). */
    public List<String> warnings() {
        return warnings;
    }

    /** Every slot's median (the nominal inputs), computed once: a kernel per thread starts from them. */
    public double[] medians() {
        double[] m = medians;
        if (m == null) medians = m = NominalEstimator.medians(variables);
        return m.clone();
    }

    private volatile double[] medians;

    /** The compiled fast path for the simulation (false) or the forecast (true), made once. */
    Kernel.Compiled program(boolean forecast, Function<Boolean, Kernel.Compiled> make) {
        return programs.computeIfAbsent(forecast, make);
    }
}
