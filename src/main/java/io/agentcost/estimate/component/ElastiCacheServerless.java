package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * ElastiCache Serverless (SPEC §4 "or serverless GB-hours + ECPUs"): data stored all month, metered at
 * least 1 GB for Redis OSS and 100 MB for Valkey (aws-pricing-facts §7), and processing units per turn.
 */
final class ElastiCacheServerless implements Component {

    static boolean applies(ComponentSpec c) {
        return c.has("serverless.gb");
    }

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.ELASTICACHE);
        String engine = c.word("serverless.engine");
        Expr gb = b.in(c, "serverless.gb");
        Expr ecpus = b.in(c, "serverless.ecpus_per_turn");
        double minimumGb = engine.equals("redis") ? 1.0 : 0.1;
        String prefix = "elasticache.serverless." + engine + ".";
        out.add(LineSpec.priced(ComponentType.ELASTICACHE, "Serverless data stored (" + engine + ")", "GB-hours", prefix + "storage", null),
                max(num(minimumGb), gb).times(b.hours()).times(b.fixed()));
        for (int g = 0; g < b.agentCount(); g++) {
            out.add(LineSpec.priced(ComponentType.ELASTICACHE, "Serverless processing units (" + engine + ")", "1M ECPUs", prefix + "ecpu",
                    b.plan(g).name()), b.agent(g).traffic(TrafficField.TURNS).times(ecpus).over(1e6));
        }
    }
}
