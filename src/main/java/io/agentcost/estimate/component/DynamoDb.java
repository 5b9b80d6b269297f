package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.ceil;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/** DynamoDB on demand (SPEC §4): read and write request units per turn, and stored conversation state. */
final class DynamoDb implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        Expr hit = b.in(b.spec(ComponentType.DYNAMODB), "read_cache_hit_rate");
        b.warnIfNoUsage("dynamodb", "db_reads_per_turn and db_writes_per_turn", WorkloadKey.DB_READS_PER_TURN, WorkloadKey.DB_WRITES_PER_TURN);
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage u = b.agent(g);
            String a = u.plan().name();
            boolean strong = u.plan().strongReads();
            Expr turns = u.traffic(TrafficField.TURNS);
            Expr kb = u.w(WorkloadKey.DB_ITEM_KB);
            // a read unit is 4 KB strongly consistent, half a unit eventually consistent; a write unit is 1 KB
            Expr reads = turns.times(u.w(WorkloadKey.DB_READS_PER_TURN)).times(hit.complement()).times(ceil(kb.over(4)));
            if (!strong) reads = reads.times(0.5);
            out.add(LineSpec.priced(ComponentType.DYNAMODB, "Read request units" + (strong ? " (strongly consistent)" : ""),
                    "1M read request units", "dynamodb.read_request_units", a), reads.over(1e6));
            out.add(LineSpec.priced(ComponentType.DYNAMODB, "Write request units", "1M write request units", "dynamodb.write_request_units", a),
                    turns.times(u.w(WorkloadKey.DB_WRITES_PER_TURN)).times(ceil(kb)).over(1e6));
            Expr gb = u.traffic(TrafficField.CONVERSATIONS).times(u.w(WorkloadKey.STATE_KB_PER_CONVERSATION))
                    .times(u.w(WorkloadKey.STATE_RETENTION_DAYS).over(30)).over(1_048_576);
            out.add(LineSpec.priced(ComponentType.DYNAMODB, "Conversation state storage", "GB-months", "dynamodb.storage", a), gb);
        }
    }
}
