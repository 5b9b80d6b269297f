package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * Bedrock AgentCore (SPEC §4, §11.11): runtime vCPU-hours of active CPU, memory GB-hours of the whole
 * session, gateway invocations and searches, memory events, records and retrievals, policy checks.
 */
final class AgentCore implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.AGENTCORE);
        Expr vcpu = b.in(c, "vcpu");
        Expr cpuSeconds = b.in(c, "active_cpu_seconds_per_turn");
        Expr memory = b.in(c, "memory_gb");
        Expr session = b.in(c, "session_seconds");
        Expr listTools = b.in(c, "list_tools_per_session");
        Expr searches = b.in(c, "gateway_searches_per_session");
        Expr events = b.in(c, "memory_events_per_turn");
        Expr records = b.in(c, "long_term_records_per_conversation");
        Expr retrievals = b.in(c, "memory_retrievals_per_turn");
        Expr policy = b.in(c, "policy_checks_per_turn");
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage u = b.agent(g);
            String a = u.plan().name();
            Expr conversations = u.traffic(TrafficField.CONVERSATIONS);
            Expr turns = u.traffic(TrafficField.TURNS);
            out.add(line("Runtime vCPU-hours (active CPU)", "vCPU-hours", "agentcore.runtime_vcpu", a),
                    turns.times(cpuSeconds).times(vcpu).over(3600));
            out.add(line("Runtime memory GB-hours", "GB-hours", "agentcore.runtime_memory", a),
                    conversations.times(session).times(memory).over(3600));
            // C·(T·tools + ListTools) = CT·tools + C·ListTools
            out.add(line("Gateway invocations (tool calls and ListTools)", "1K invocations", "agentcore.gateway_invocations", a),
                    turns.times(u.toolCallsPerTurn()).plus(conversations.times(listTools)).over(1000));
            out.add(line("Gateway searches", "1K searches", "agentcore.gateway_search", a), conversations.times(searches).over(1000));
            out.add(line("Short-term memory events", "1K events", "agentcore.memory_events", a), turns.times(events).over(1000));
            out.add(line("Long-term memory records (stored one month)", "1K record-months", "agentcore.memory_records", a),
                    conversations.times(records).over(1000));
            out.add(line("Long-term memory retrievals", "1K retrievals", "agentcore.memory_retrievals", a), turns.times(retrievals).over(1000));
            out.add(line("Policy authorization requests", "1K authorization requests", "agentcore.policy_checks", a), turns.times(policy).over(1000));
        }
    }

    private static LineSpec line(String name, String unit, String key, String agent) {
        return LineSpec.priced(ComponentType.AGENTCORE, name, unit, key, agent);
    }
}
