package io.agentcost.estimate;

import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import java.util.List;

/** What a component needs while its lines are laid out: the architecture, the agents, the variables. */
record Build(Scenario scenario, Catalog catalog, Variables vars, ArchitectureSpec architecture, AgentPlan[] agents,
             List<String> warnings) {

    ComponentSpec spec(ComponentType t) {
        return architecture.component(t);
    }

    /** The variable slot of a component key (its default when not given). */
    int slot(ComponentSpec c, String key) {
        var d = c.number(key);
        if (d == null) throw new IllegalStateException(c.type().key() + "." + key + " has no value; the loader should have reported it");
        return vars.slot(d, "architectures." + architecture.name() + "." + c.type().key() + "." + key, key);
    }

    /** Like {@link #slot} but -1 when the key is optional and absent. */
    int optionalSlot(ComponentSpec c, String key) {
        return c.number(key) == null ? -1 : slot(c, key);
    }

    void warnOnce(String message) {
        if (!warnings.contains(message)) warnings.add(message);
    }
}
