package io.agentcost.estimate;

import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import java.util.List;

/** What a component needs while its lines are laid out: the architecture, the agents, the variables. */
record Build(Scenario scenario, Catalog catalog, Variables vars, ArchitectureSpec architecture, AgentPlan[] agents,
             List<String> warnings, List<Integer> touched) {

    ComponentSpec spec(ComponentType t) {
        return architecture.component(t);
    }

    /** The variable slot of a component key (its default when not given). */
    int slot(ComponentSpec c, String key) {
        var d = c.number(key);
        if (d == null) throw new IllegalStateException(c.type().key() + "." + key + " has no value; the loader should have reported it");
        int s = vars.slot(d, "architectures." + architecture.name() + "." + c.type().key() + "." + key, key);
        touched.add(s);
        return s;
    }

    /** The slot of any input a component reads, recorded so equal components can be recognised. */
    int variable(io.agentcost.model.Distribution d, String path, String key) {
        int s = vars.slot(d, path, key);
        touched.add(s);
        return s;
    }

    /** Like {@link #slot} but -1 when the key is optional and absent. */
    int optionalSlot(ComponentSpec c, String key) {
        return c.number(key) == null ? -1 : slot(c, key);
    }

    /** Infracost's rule, unknown is not zero: a component whose usage keys are all 0 says so instead of looking free. */
    void warnIfNoUsage(String component, String keys, io.agentcost.model.WorkloadKey... usage) {
        for (AgentPlan a : agents) for (io.agentcost.model.WorkloadKey k : usage) if (a.mayBePositive(k)) return;
        warnOnce("architecture " + architecture.name() + ": " + component + " has no usage (" + keys
                + " are 0), so its traffic lines are $0; set them in workload if it is used");
    }

    void warnOnce(String message) {
        if (!warnings.contains(message)) warnings.add(message);
    }
}
