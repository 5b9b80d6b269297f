package io.agentcost.estimate.workbook;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.PhaseArchitecture;
import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.expr.Scalar;
import io.agentcost.estimate.expr.Spread;
import io.agentcost.estimate.expr.LeverKey;
import io.agentcost.estimate.expr.Printer;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.line.Plan;
import io.agentcost.estimate.line.PriceChoices;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.estimate.usage.Cell;
import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.usage.PhaseUsage;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Commitment;
import io.agentcost.model.Distribution;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cost model of a scenario as spreadsheet formulas (SPEC §8), printed from the same expressions the app
 * evaluates: the traffic of each agent in each phase, the non-production multiplier, and every line of every
 * phase × architecture, written against {@link FormulaRefs} so the exporter chooses the cells. The model must
 * be compiled with {@link CostModel#compileForWorkbook} so each input the user can edit is one variable.
 */
public final class WorkbookFormulas {

    /** The traffic formulas of one agent (index in the phase's agents; name null without a fleet) in one phase. */
    public record AgentTraffic(String phase, int agent, String agentName, Map<TrafficField, String> formulas) {
    }

    /** One model's share of an agent's LLM calls in a phase, as the scenario sets it. */
    public record ModelShare(String phase, int agent, String agentName, int model, String modelAlias, double share) {
    }

    private final CostModel model;

    public WorkbookFormulas(CostModel model) {
        this.model = model;
    }

    /** The cells formulas read, found through the exporter's references. */
    private Printer printer(FormulaRefs refs) {
        return printer(refs, null, null);
    }

    /**
     * @param spread inside the mean over a spread: that spread, whose point is the cell {@code point}; else null
     */
    private Printer printer(FormulaRefs refs, Spread spread, String point) {
        return new Printer(new Printer.Cells() {
            @Override
            public String mean(Expr.Mean m) {
                // the spread's points are cells the user can edit (a discrete D's values and weights, a continuous D's
                // parameters): the mean is their SUMPRODUCT, laid out by the exporter; past its room, the number
                String cell = refs.mean(m);
                if (cell != null) return cell;
                try {
                    return Printer.number(new Scalar(model.medians()).eval(m));
                } catch (IllegalStateException readsALeversValue) {
                    // a mean under a lever (the history window) has no number until the lever is set: #N/A, said on the sheet
                    return "NA()";
                }
            }

            @Override
            public String point(Spread s) {
                if (s != spread) throw new IllegalStateException("the point of " + s + " outside a mean over it");
                return point;
            }

            @Override
            public String input(int slot) {
                return refs.input(slot);
            }

            @Override
            public String def(Def def) {
                // a savings plan's covered on-demand USD: a row of its architecture block, placed when the block is laid out
                if (def.where() instanceof Plan.Covered covered) return FormulaPricing.coveredToken(covered.plan());
                Cell c = (Cell) def.where();
                return switch (c.kind()) {
                    case TRAFFIC -> refs.traffic(c.phase(), c.agent(), c.field());
                    case FIXED_MULTIPLIER -> refs.fixedMultiplier(c.phase());
                    case MODEL_SHARE -> refs.modelShare(c.phase(), c.agent(), c.model());
                    case HOURS -> refs.hours();
                };
            }

            @Override
            public String lever(LeverKey lever) {
                if (lever instanceof CommitmentLever c) return refs.commitmentLever(c);
                return refs.lever((Lever) lever);
            }
        });
    }

    /**
     * Architecture x's one-time lines of the forecast's month 0 (a corpus's initial embedding) as one formula of the
     * Inputs and Prices cells, less the discount; null when it has none. A line without a price is left out, as the
     * app's forecast leaves it out (with a warning).
     */
    public String oneTime(int x, FormulaRefs refs) {
        Printer p = printer(refs);
        StringBuilder f = new StringBuilder();
        for (Line l : model.oneTimeLines(x)) {
            if (Double.isNaN(model.oneTimeRate(l))) continue;
            if (f.length() > 0) f.append('+');
            f.append('(').append(p.print(l.quantity())).append(")*").append(refs.rate(l.spec().priceKey(), 0));
        }
        return f.length() == 0 ? null : "(" + f + ")*(1-" + refs.discount() + ")";
    }

    /** The body of a mean over a spread at one point (the cell {@code point}), for the exporter's column of points. */
    public String meanBody(Expr.Mean mean, FormulaRefs refs, String point) {
        return printer(refs, mean.spread(), point).print(mean.body());
    }

    /**
     * The levers of the commitments, architectures and their commitments in scenario order: a savings plan's hourly
     * commitment, a reservation's instances.
     */
    public List<CommitmentLever> commitmentLevers() {
        List<CommitmentLever> out = new ArrayList<>();
        for (var a : model.scenario().architectures()) {
            for (int k = 0; k < a.commitments().size(); k++) {
                var c = a.commitments().get(k);
                out.add(c.type().isPlan() ? new CommitmentLever(a.name(), k, c.type().key(), false) : new CommitmentLever(a.name(), k, c.label(), true));
            }
        }
        return out;
    }

    /**
     * A reservation's lever with what its check reads (SPEC §13): the Inputs cell of its instances (the value when the
     * lever is blank), the reservations of the same component in the architecture (the check adds them up) and the
     * most they may add up to as a formula of its Inputs cells ({@link #most}), null where nothing bounds them (an
     * autoscaled endpoint without max_instances).
     */
    public record Reservation(CommitmentLever lever, int instancesSlot, List<CommitmentLever> sameComponent, Expr most, String component) {
    }

    /** The formula of a reservation's bound, so an edit of the instance count or non_prod_environments moves the check. */
    public String most(Reservation r, FormulaRefs refs) {
        return printer(refs).print(r.most());
    }

    /** The reservation behind a reservation's lever. */
    public Reservation reservation(CommitmentLever lever) {
        ArchitectureSpec a = model.scenario().architectures().stream().filter(x -> x.name().equals(lever.architecture())).findFirst().orElseThrow();
        Commitment c = a.commitments().get(lever.commitment());
        List<CommitmentLever> same = commitmentLevers().stream().filter(l -> l.reservation() && l.architecture().equals(a.name())
                && a.commitments().get(l.commitment()).component() == c.component()).toList();
        // the slot the cost model gave the instances (a constant's slot is shared by value): found, not added
        String path = "architectures." + a.name() + ".commitments[" + lever.commitment() + "].instances";
        int slot = model.variables().slot(Distribution.fixed(c.instances()), path, "instances");
        return new Reservation(lever, slot, same, LiveReservationBound.of(model.scenario(), model.variables(), a, c.component()), c.component().key());
    }

    /** Phases in scenario order, each with its agents' traffic formulas. */
    public List<AgentTraffic> traffic(FormulaRefs refs) {
        Printer p = printer(refs);
        List<AgentTraffic> out = new ArrayList<>();
        for (PhaseUsage u : phases()) {
            for (int g = 0; g < u.agentCount(); g++) {
                Map<TrafficField, String> formulas = new EnumMap<>(TrafficField.class);
                for (TrafficField f : u.agent(g).fields()) formulas.put(f, p.print(u.agent(g).def(f).body()));
                out.add(new AgentTraffic(u.phase(), g, u.agent(g).plan().name(), formulas));
            }
        }
        return out;
    }

    /** The traffic fields any agent of any phase defines, in Traffic-sheet order (§4's always; an agent loop's where used). */
    public List<TrafficField> fields() {
        EnumSet<TrafficField> used = EnumSet.noneOf(TrafficField.class);
        for (PhaseUsage u : phases()) for (int g = 0; g < u.agentCount(); g++) used.addAll(u.agent(g).fields());
        return List.copyOf(used);
    }

    /** The agents of each phase in Traffic order (index within the phase, name null without a fleet), no formulas. */
    public List<AgentTraffic> agents() {
        List<AgentTraffic> out = new ArrayList<>();
        for (PhaseUsage u : phases()) {
            for (int g = 0; g < u.agentCount(); g++) out.add(new AgentTraffic(u.phase(), g, u.agent(g).plan().name(), Map.of()));
        }
        return out;
    }

    /** 1 + non_prod_environments · non_prod_uptime of a phase. */
    public String fixedMultiplier(String phase, FormulaRefs refs) {
        for (PhaseUsage u : phases()) if (u.phase().equals(phase)) return printer(refs).print(u.fixedMultiplierDef().body());
        throw new IllegalArgumentException("no phase " + phase);
    }

    /** The production conversations users start in a phase (SPEC §12), the divisor of the cost per conversation. */
    public String startedConversations(String phase, FormulaRefs refs) {
        return printer(refs).print(usage(phase).startedConversationsDef().body());
    }

    /** Those × each agent's resolution rate, the divisor of the cost per resolved conversation. */
    public String resolvedConversations(String phase, FormulaRefs refs) {
        return printer(refs).print(usage(phase).resolvedConversationsDef().body());
    }

    private PhaseUsage usage(String phase) {
        for (PhaseUsage u : phases()) if (u.phase().equals(phase)) return u;
        throw new IllegalArgumentException("no phase " + phase);
    }

    public List<ModelShare> modelShares() {
        List<ModelShare> out = new ArrayList<>();
        for (PhaseUsage u : phases()) {
            AgentPlan[] plans = u.plans();
            for (int g = 0; g < plans.length; g++) {
                for (int m = 0; m < plans[g].models().size(); m++) {
                    String id = plans[g].models().get(m);
                    String alias = model.catalog().model(id).map(x -> x.alias()).orElse(id);
                    out.add(new ModelShare(u.phase(), g, plans[g].name(), m, alias, plans[g].shares()[m]));
                }
            }
        }
        return out;
    }

    /** Every line of one phase × architecture, in the app's order, lever-only lines among them. */
    public List<FormulaLine> lines(PhaseArchitecture cell, FormulaRefs refs) {
        Printer p = printer(refs);
        List<FormulaLine> out = new ArrayList<>();
        for (Line l : cell.lines()) out.add(new FormulaLine(l.spec(), p.print(l.quantity()), l.workbookOnly()));
        return out;
    }

    /**
     * The levers no line reads, left off the Levers sheet: retrieved tokens without retrieval, the service tier and cache
     * lifetime without Bedrock token lines, long-context prices off without a model that has a threshold (decision 0027).
     */
    public Set<Lever> unusedLevers(boolean retrieval) {
        Set<Lever> out = EnumSet.noneOf(Lever.class);
        if (!retrieval) out.add(Lever.RETRIEVED_TOKENS_PER_CALL);
        List<PriceChoices> choices = model.cells().stream().flatMap(c -> c.lines().stream()).map(l -> l.spec().choices())
                .filter(Objects::nonNull).toList();
        if (choices.isEmpty()) out.addAll(List.of(Lever.BEDROCK_SERVICE_TIER, Lever.CACHE_TTL));
        if (choices.stream().noneMatch(PriceChoices::longContext)) out.add(Lever.LONG_CONTEXT_OFF);
        return out;
    }

    public FormulaPricing pricing(List<FormulaLine> lines) {
        return new FormulaPricing(lines, model.catalog(), model.scenario());
    }

    private List<PhaseUsage> phases() {
        List<PhaseUsage> out = new ArrayList<>();
        for (PhaseArchitecture c : model.cells()) if (out.stream().noneMatch(u -> u == c.usage())) out.add(c.usage());
        return out;
    }
}
