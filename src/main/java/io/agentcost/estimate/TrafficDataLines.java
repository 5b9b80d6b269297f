package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/**
 * Per-turn bytes or operations billed by one price, per agent: NAT data processed, VPC endpoint
 * data, Aurora I/O. Quantity = C·T·per_turn / scale.
 */
final class TrafficDataLines extends ComponentLines {

    private static final double KB_PER_GB = 1_048_576;

    private final LineSpec[] lines;
    /** Slot of the per-turn amount, or -1 to use the agent's workload key instead. */
    private final int perTurn;
    private final WorkloadKey fallback;
    private final double scale;

    private TrafficDataLines(Build b, ComponentType type, String name, String unit, String key, int perTurn,
                             WorkloadKey fallback, double scale) {
        AgentPlan[] agents = b.agents();
        lines = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) lines[g] = LineSpec.priced(type, name, unit, key, agents[g].name());
        this.perTurn = perTurn;
        this.fallback = fallback;
        this.scale = scale;
    }

    static TrafficDataLines natData(Build b) {
        ComponentSpec c = b.spec(ComponentType.NAT_GATEWAY);
        // absent nat_kb_per_turn: the payload leaves through NAT (calls to Bedrock from private subnets)
        return new TrafficDataLines(b, ComponentType.NAT_GATEWAY, "NAT data processed", "GB", "nat_gateway.data",
                b.optionalSlot(c, "nat_kb_per_turn"), WorkloadKey.PAYLOAD_KB_PER_TURN, KB_PER_GB);
    }

    static TrafficDataLines endpointData(Build b) {
        ComponentSpec c = b.spec(ComponentType.VPC_ENDPOINTS);
        return new TrafficDataLines(b, ComponentType.VPC_ENDPOINTS, "Interface endpoint data processed", "GB", "vpc_endpoints.data",
                b.slot(c, "endpoint_kb_per_turn"), null, KB_PER_GB);
    }

    static TrafficDataLines auroraIo(Build b) {
        ComponentSpec c = b.spec(ComponentType.AURORA);
        return new TrafficDataLines(b, ComponentType.AURORA, "Storage I/O requests", "1M I/O requests", "aurora.io",
                b.slot(c, "io_per_turn"), null, 1e6);
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        for (int g = 0; g < lines.length; g++) {
            Traffic t = ev.agents[g];
            double amount = perTurn >= 0 ? ev.v(perTurn) : t.get(fallback);
            sink.add(lines[g], t.turns * amount / scale);
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int g = 0; g < lines.length; g++) {
            String amount = perTurn >= 0 ? f.v(perTurn) : f.w(g, fallback);
            sink.add(lines[g], f.t(g, TrafficField.TURNS) + "*" + amount + "/" + TrafficFormulas.number(scale));
        }
    }
}
