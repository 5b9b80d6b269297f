package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/** Interface VPC endpoints (SPEC §4): count × AZs endpoint-hours (× the non-production multiplier) and the data they process per turn. */
final class VpcEndpoints implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.VPC_ENDPOINTS);
        out.add(LineSpec.priced(ComponentType.VPC_ENDPOINTS, "Interface endpoint hours (per AZ)", "endpoint-AZ-hours", "vpc_endpoints.hours", null),
                FixedInfrastructure.hourly(b, b.in(c, "count"), b.in(c, "azs")));
        Expr kb = b.in(c, "endpoint_kb_per_turn");
        for (int g = 0; g < b.agentCount(); g++) {
            out.add(LineSpec.priced(ComponentType.VPC_ENDPOINTS, "Interface endpoint data processed", "GB", "vpc_endpoints.data", b.plan(g).name()),
                    FixedInfrastructure.perTurn(b, g, kb, null, FixedInfrastructure.KB_PER_GB));
        }
    }
}
