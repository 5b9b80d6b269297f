package io.agentcost.estimate.component;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;

/** EC2 instances running all month (SPEC §4): instances·H × the non-production multiplier. */
final class Ec2 implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.EC2);
        String type = c.word("instance_type");
        out.add(LineSpec.priced(ComponentType.EC2, "Instance-hours (" + type + ")", "instance-hours", PriceKeys.instance(PriceKeys.EC2, type), null),
                FixedInfrastructure.hourly(b, b.in(c, "instances")));
    }
}
