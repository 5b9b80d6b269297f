package io.agentcost.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cost model of a scenario as spreadsheet formulas (SPEC §8): the traffic of each agent in each
 * phase, the non-production multiplier, and every line of every phase × architecture, written
 * against {@link FormulaRefs} so the exporter chooses the cells. The model must be compiled with
 * {@link CostModel#compileForWorkbook} so each input the user can edit is one variable.
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

    /** Phases in scenario order, each with its agents' traffic formulas. */
    public List<AgentTraffic> traffic(FormulaRefs refs) {
        List<AgentTraffic> out = new ArrayList<>();
        for (PhaseArchitecture cell : firstCellOfEachPhase()) {
            FormulaContext f = new FormulaContext(refs, cell.phase(), cell.agents());
            for (int g = 0; g < cell.agents().length; g++) {
                out.add(new AgentTraffic(cell.phase(), g, cell.agents()[g].name(), TrafficFormulas.of(f, g)));
            }
        }
        return out;
    }

    /** The agents of each phase in Traffic order (index within the phase, name null without a fleet), no formulas. */
    public List<AgentTraffic> agents() {
        List<AgentTraffic> out = new ArrayList<>();
        for (PhaseArchitecture cell : firstCellOfEachPhase()) {
            for (int g = 0; g < cell.agents().length; g++) out.add(new AgentTraffic(cell.phase(), g, cell.agents()[g].name(), Map.of()));
        }
        return out;
    }

    /** 1 + non_prod_environments · non_prod_uptime of a phase. */
    public String fixedMultiplier(String phase, FormulaRefs refs) {
        for (PhaseArchitecture cell : firstCellOfEachPhase()) {
            if (cell.phase().equals(phase)) {
                int[] s = cell.nonProdSlots();
                return "1+" + refs.input(s[0]) + "*" + refs.input(s[1]);
            }
        }
        throw new IllegalArgumentException("no phase " + phase);
    }

    public List<ModelShare> modelShares() {
        List<ModelShare> out = new ArrayList<>();
        for (PhaseArchitecture cell : firstCellOfEachPhase()) {
            AgentPlan[] plans = cell.agents();
            for (int g = 0; g < plans.length; g++) {
                for (int m = 0; m < plans[g].models().size(); m++) {
                    String alias = model.catalog().model(plans[g].models().get(m)).map(x -> x.alias()).orElse(plans[g].models().get(m));
                    out.add(new ModelShare(cell.phase(), g, plans[g].name(), m, alias, plans[g].shares()[m]));
                }
            }
        }
        return out;
    }

    /** Every line of one phase × architecture, in the app's order, lever-only lines among them. */
    public List<FormulaLine> lines(PhaseArchitecture cell, FormulaRefs refs) {
        FormulaContext f = new FormulaContext(refs, cell.phase(), cell.agents());
        FormulaSink sink = new FormulaSink();
        for (ComponentLines c : cell.components()) c.formulas(f, sink);
        return sink.lines();
    }

    public FormulaPricing pricing(List<FormulaLine> lines) {
        return new FormulaPricing(lines, model.catalog(), model.scenario());
    }

    private List<PhaseArchitecture> firstCellOfEachPhase() {
        List<PhaseArchitecture> out = new ArrayList<>();
        for (PhaseArchitecture c : model.cells()) if (out.stream().noneMatch(x -> x.phase().equals(c.phase()))) out.add(c);
        return out;
    }
}
