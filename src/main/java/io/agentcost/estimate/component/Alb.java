package io.agentcost.estimate.component;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/** Application load balancers (SPEC §4): count·H load-balancer hours and lcu·H capacity units, × the non-production multiplier. */
final class Alb implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.ALB);
        out.add(LineSpec.priced(ComponentType.ALB, "Load balancer hours", "load-balancer-hours", "alb.hours", null),
                FixedInfrastructure.hourly(b, b.in(c, "count")));
        out.add(LineSpec.priced(ComponentType.ALB, "Load balancer capacity units", "LCU-hours", "alb.lcu", null),
                FixedInfrastructure.hourly(b, b.in(c, "lcu")));
    }
}
