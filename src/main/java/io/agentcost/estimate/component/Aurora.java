package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;

/** Aurora (SPEC §4): instances·H and storage GB-months (× the non-production multiplier), and I/O requests per turn. */
final class Aurora implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.AURORA);
        String cls = c.word("instance_class");
        out.add(LineSpec.priced(ComponentType.AURORA, "Instance-hours (" + cls + ")", "instance-hours", PriceKeys.instance(PriceKeys.AURORA, cls), null),
                FixedInfrastructure.hourly(b, b.in(c, "instances")));
        out.add(LineSpec.priced(ComponentType.AURORA, "Storage", "GB-months", "aurora.storage", null),
                FixedInfrastructure.monthly(b, b.in(c, "storage_gb")));
        Expr io = b.in(c, "io_per_turn");
        for (int g = 0; g < b.agentCount(); g++) {
            out.add(LineSpec.priced(ComponentType.AURORA, "Storage I/O requests", "1M I/O requests", "aurora.io", b.plan(g).name()),
                    FixedInfrastructure.perTurn(b, g, io, null, 1e6));
        }
    }
}
