package io.agentcost.estimate.usage;

import static io.agentcost.estimate.expr.Expr.input;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Def;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.model.WorkloadKey;
import java.util.ArrayList;
import java.util.List;

/**
 * What every architecture of one phase reads: each agent's usage, each model's share of an agent's calls,
 * the phase's non-production multiplier of fixed infrastructure (SPEC §11.3) and the hours of a month.
 */
public final class PhaseUsage {

    private final String phase;
    private final AgentPlan[] plans;
    private final AgentUsage[] agents;
    private final Def fixedMultiplier;
    private final Def hours;
    private final Def[][] shares;
    private final Def startedConversations;
    private final List<Starter> starters = new ArrayList<>();
    private final Def resolvedConversations;

    /**
     * @param growthSlot the slot of the phase's growth multiplier of conversations (the forecast sets it), or -1
     *                   where a month has none (the workbook shows one month of each phase)
     * @param nonProdEnvironments slot of the phase-level non_prod_environments; {@code nonProdUptime} likewise
     */
    public PhaseUsage(String phase, AgentPlan[] plans, int growthSlot, int nonProdEnvironments, int nonProdUptime, Def hours) {
        this.phase = phase;
        this.plans = plans.clone();
        this.hours = hours;
        Expr growth = growthSlot < 0 ? null : input(growthSlot);
        agents = new AgentUsage[plans.length];
        shares = new Def[plans.length][];
        // a sub-agent after the agent that starts it (the loader refused cycles)
        for (int done = 0; done < plans.length; ) {
            for (int g = 0; g < plans.length; g++) {
                if (agents[g] != null || plans[g].isSubAgent() && agents[plans[g].parent()] == null) continue;
                Expr parentTurns = plans[g].isSubAgent() ? agents[plans[g].parent()].traffic(TrafficField.TURNS) : null;
                agents[g] = new AgentUsage(phase, g, plans[g], growth, parentTurns);
                done++;
            }
        }
        Expr started = null;
        Expr resolved = null;
        for (int g = 0; g < plans.length; g++) {
            List<String> models = plans[g].models();
            shares[g] = new Def[models.size()];
            for (int m = 0; m < models.size(); m++) {
                shares[g][m] = new Def(phase + "/share/" + g + "/" + models.get(m), Cell.modelShare(phase, g, m), num(plans[g].shares()[m]));
            }
            if (plans[g].isSubAgent()) continue;
            // SPEC §12 unit costs: the production conversations users start (no non-production, no sub-agents)
            Expr c = num(plans[g].count()).times(agents[g].w(WorkloadKey.MONTHLY_CONVERSATIONS));
            if (growth != null) c = c.times(growth);
            Expr q = plans[g].has(WorkloadKey.RESOLUTION_RATE) ? agents[g].w(WorkloadKey.RESOLUTION_RATE) : num(1);
            starters.add(new Starter(plans[g].count(), plans[g].slot(WorkloadKey.MONTHLY_CONVERSATIONS),
                    plans[g].has(WorkloadKey.RESOLUTION_RATE) ? plans[g].slot(WorkloadKey.RESOLUTION_RATE) : -1));
            started = started == null ? c : started.plus(c);
            resolved = resolved == null ? c.times(q) : resolved.plus(c.times(q));
        }
        startedConversations = new Def(phase + "/started_conversations", null, started == null ? num(0) : started);
        resolvedConversations = new Def(phase + "/resolved_conversations", null, resolved == null ? num(0) : resolved);
        fixedMultiplier = new Def(phase + "/fixed_multiplier", Cell.fixedMultiplier(phase),
                num(1).plus(input(nonProdEnvironments).times(input(nonProdUptime))));
    }

    /** The hours of a month, shown in one cell of the workbook. */
    public static Def hours(double hoursPerMonth) {
        return new Def("hours_per_month", Cell.hours(), num(hoursPerMonth));
    }

    public String phase() {
        return phase;
    }

    public AgentPlan[] plans() {
        return plans.clone();
    }

    public int agentCount() {
        return agents.length;
    }

    public AgentUsage agent(int g) {
        return agents[g];
    }

    /** 1 + non_prod_environments · non_prod_uptime. */
    public Expr fixedMultiplier() {
        return fixedMultiplier.ref();
    }

    public Def fixedMultiplierDef() {
        return fixedMultiplier;
    }

    public Expr hours() {
        return hours.ref();
    }

    /** The production conversations of the month that users start (SPEC §12: the divisor of usd_per_conversation). */
    public Expr startedConversations() {
        return startedConversations.ref();
    }

    /**
     * An agent users start, as the simulation reads the divisors of the unit costs per draw without the trees:
     * count × the slot of its monthly conversations, × the slot of its resolution rate (-1: q = 1).
     */
    public record Starter(double count, int conversationsSlot, int resolutionSlot) {
    }

    /** The agents users start in this phase (the terms of {@link #startedConversations} and {@link #resolvedConversations}). */
    public List<Starter> starters() {
        return List.copyOf(starters);
    }

    /** Those conversations × each agent's resolution rate q (the divisor of usd_per_resolved_conversation). */
    public Expr resolvedConversations() {
        return resolvedConversations.ref();
    }

    /** The definitions behind {@link #startedConversations} and {@link #resolvedConversations}, printed on the Traffic sheet. */
    public Def startedConversationsDef() {
        return startedConversations;
    }

    public Def resolvedConversationsDef() {
        return resolvedConversations;
    }

    /** Model m's share of agent g's LLM calls. */
    public Expr share(int g, int m) {
        return shares[g][m].ref();
    }
}
