package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/** Logs ingested and stored (archival price) and X-Ray traces recorded (SPEC §4, §11.10: no free allowance). */
final class CloudWatch implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        b.warnIfNoUsage("cloudwatch", "log_kb_per_turn", WorkloadKey.LOG_KB_PER_TURN);
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage u = b.agent(g);
            String a = u.plan().name();
            Expr turns = u.traffic(TrafficField.TURNS);
            Expr gb = turns.times(u.w(WorkloadKey.LOG_KB_PER_TURN)).times(u.w(WorkloadKey.LOG_SAMPLING)).over(FixedInfrastructure.KB_PER_GB);
            out.add(LineSpec.priced(ComponentType.CLOUDWATCH, "Log ingestion", "GB", "cloudwatch.logs_ingestion", a), gb);
            out.add(LineSpec.priced(ComponentType.CLOUDWATCH, "Log storage", "GB-months", "cloudwatch.logs_storage", a),
                    gb.times(u.w(WorkloadKey.LOG_RETENTION_DAYS)).over(30));
            out.add(LineSpec.priced(ComponentType.CLOUDWATCH, "X-Ray traces recorded", "1M traces recorded", "xray.traces", a),
                    turns.times(u.w(WorkloadKey.TRACE_SAMPLING)).over(1e6));
        }
    }
}
