package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.PhaseUsage;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.model.Scenario;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.Catalog;
import java.util.List;

/** What a component reads while it states its lines: the architecture, the phase's usage, the inputs, the catalog. */
public record Build(Scenario scenario, Catalog catalog, Variables vars, ArchitectureSpec architecture, PhaseUsage usage,
                    List<String> warnings) {

    ComponentSpec spec(ComponentType t) {
        return architecture.component(t);
    }

    /** A component key's input (its default when not given). */
    Expr in(ComponentSpec c, String key) {
        Distribution d = c.number(key);
        if (d == null) throw new IllegalStateException(c.type().key() + "." + key + " has no value; the loader should have reported it");
        return Expr.input(vars.slot(d, "architectures." + architecture.name() + "." + c.type().key() + "." + key, key));
    }

    /** Like {@link #in} but null when the key is optional and absent. */
    Expr optional(ComponentSpec c, String key) {
        return c.number(key) == null ? null : in(c, key);
    }

    /** Any input a component reads, registered where the scenario sets it. */
    Expr variable(Distribution d, String path, String key) {
        return Expr.input(vars.slot(d, path, key));
    }

    int agentCount() {
        return usage.agentCount();
    }

    AgentUsage agent(int g) {
        return usage.agent(g);
    }

    AgentPlan plan(int g) {
        return usage.agent(g).plan();
    }

    Expr hours() {
        return usage.hours();
    }

    /** The phase's non-production multiplier of fixed infrastructure. */
    Expr fixed() {
        return usage.fixedMultiplier();
    }

    /** Infracost's rule, unknown is not zero: a component whose usage keys are all 0 says so instead of looking free. */
    void warnIfNoUsage(String component, String keys, WorkloadKey... usage) {
        for (int g = 0; g < agentCount(); g++) for (WorkloadKey k : usage) if (plan(g).mayBePositive(k)) return;
        warnOnce("architecture " + architecture.name() + ": " + component + " has no usage (" + keys
                + " are 0), so its traffic lines are $0; set them in workload if it is used");
    }

    void warnOnce(String message) {
        if (!warnings.contains(message)) warnings.add(message);
    }
}
