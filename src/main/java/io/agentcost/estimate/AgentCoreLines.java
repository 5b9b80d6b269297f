package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/**
 * Bedrock AgentCore (SPEC §4, §11.11): runtime vCPU-hours of active CPU, memory GB-hours of the
 * whole session, gateway invocations and searches, memory events, records and retrievals, policy checks.
 */
final class AgentCoreLines extends ComponentLines {

    private static final int CPU = 0, MEM = 1, GATEWAY = 2, SEARCH = 3, EVENTS = 4, RECORDS = 5, RETRIEVALS = 6, POLICY = 7;
    private static final String[][] LINES = {
            {"Runtime vCPU-hours (active CPU)", "vCPU-hours", "agentcore.runtime_vcpu"},
            {"Runtime memory GB-hours", "GB-hours", "agentcore.runtime_memory"},
            {"Gateway invocations (tool calls and ListTools)", "1K invocations", "agentcore.gateway_invocations"},
            {"Gateway searches", "1K searches", "agentcore.gateway_search"},
            {"Short-term memory events", "1K events", "agentcore.memory_events"},
            {"Long-term memory records (stored one month)", "1K record-months", "agentcore.memory_records"},
            {"Long-term memory retrievals", "1K retrievals", "agentcore.memory_retrievals"},
            {"Policy authorization requests", "1K authorization requests", "agentcore.policy_checks"}};

    private final int vcpu, cpuSeconds, memory, session, listTools, searches, events, records, retrievals, policy;
    private final LineSpec[][] lines;

    AgentCoreLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.AGENTCORE);
        vcpu = b.slot(c, "vcpu");
        cpuSeconds = b.slot(c, "active_cpu_seconds_per_turn");
        memory = b.slot(c, "memory_gb");
        session = b.slot(c, "session_seconds");
        listTools = b.slot(c, "list_tools_per_session");
        searches = b.slot(c, "gateway_searches_per_session");
        events = b.slot(c, "memory_events_per_turn");
        records = b.slot(c, "long_term_records_per_conversation");
        retrievals = b.slot(c, "memory_retrievals_per_turn");
        policy = b.slot(c, "policy_checks_per_turn");
        AgentPlan[] agents = b.agents();
        lines = new LineSpec[agents.length][LINES.length];
        for (int g = 0; g < agents.length; g++) {
            for (int i = 0; i < LINES.length; i++) {
                lines[g][i] = LineSpec.priced(ComponentType.AGENTCORE, LINES[i][0], LINES[i][1], LINES[i][2], agents[g].name());
            }
        }
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        for (int g = 0; g < lines.length; g++) {
            Traffic t = ev.agents[g];
            double c = t.conversations;
            double ct = t.turns;
            LineSpec[] l = lines[g];
            sink.add(l[CPU], ct * ev.v(cpuSeconds) * ev.v(vcpu) / 3600);
            sink.add(l[MEM], c * ev.v(session) * ev.v(memory) / 3600);
            // C·(T·tools + ListTools) written as CT·tools + C·ListTools: affine in the traffic features
            sink.add(l[GATEWAY], (ct * t.get(WorkloadKey.TOOL_CALLS_PER_TURN) + c * ev.v(listTools)) / 1000);
            sink.add(l[SEARCH], c * ev.v(searches) / 1000);
            sink.add(l[EVENTS], ct * ev.v(events) / 1000);
            sink.add(l[RECORDS], c * ev.v(records) / 1000);
            sink.add(l[RETRIEVALS], ct * ev.v(retrievals) / 1000);
            sink.add(l[POLICY], ct * ev.v(policy) / 1000);
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int g = 0; g < lines.length; g++) {
            String c = f.t(g, TrafficField.CONVERSATIONS);
            String ct = f.t(g, TrafficField.TURNS);
            LineSpec[] l = lines[g];
            sink.add(l[CPU], ct + "*" + f.v(cpuSeconds) + "*" + f.v(vcpu) + "/3600");
            sink.add(l[MEM], c + "*" + f.v(session) + "*" + f.v(memory) + "/3600");
            sink.add(l[GATEWAY], "(" + ct + "*" + f.w(g, WorkloadKey.TOOL_CALLS_PER_TURN) + "+" + c + "*" + f.v(listTools) + ")/1000");
            sink.add(l[SEARCH], c + "*" + f.v(searches) + "/1000");
            sink.add(l[EVENTS], ct + "*" + f.v(events) + "/1000");
            sink.add(l[RECORDS], c + "*" + f.v(records) + "/1000");
            sink.add(l[RETRIEVALS], ct + "*" + f.v(retrievals) + "/1000");
            sink.add(l[POLICY], ct + "*" + f.v(policy) + "/1000");
        }
    }
}
