package io.agentcost.estimate.component;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;

/** ElastiCache nodes running all month (SPEC §4): nodes·H × the non-production multiplier. */
final class ElastiCacheNodes implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.ELASTICACHE);
        String type = c.word("node_type");
        out.add(LineSpec.priced(ComponentType.ELASTICACHE, "Node-hours (" + type + ")", "node-hours", PriceKeys.instance(PriceKeys.ELASTICACHE, type), null),
                FixedInfrastructure.hourly(b, b.in(c, "nodes")));
    }
}
