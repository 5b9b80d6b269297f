package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/** NAT gateways (SPEC §4): count·H gateway hours (× the non-production multiplier) and the data they process per turn. */
final class NatGateway implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.NAT_GATEWAY);
        out.add(LineSpec.priced(ComponentType.NAT_GATEWAY, "NAT gateway hours", "gateway-hours", "nat_gateway.hours", null),
                FixedInfrastructure.hourly(b, b.in(c, "count")));
        // absent nat_kb_per_turn: the payload leaves through NAT (calls to Bedrock from private subnets)
        Expr kb = b.optional(c, "nat_kb_per_turn");
        for (int g = 0; g < b.agentCount(); g++) {
            out.add(LineSpec.priced(ComponentType.NAT_GATEWAY, "NAT data processed", "GB", "nat_gateway.data", b.plan(g).name()),
                    FixedInfrastructure.perTurn(b, g, kb, WorkloadKey.PAYLOAD_KB_PER_TURN, FixedInfrastructure.KB_PER_GB));
        }
    }
}
