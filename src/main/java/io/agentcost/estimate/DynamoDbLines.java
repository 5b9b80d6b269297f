package io.agentcost.estimate;

import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/** DynamoDB on demand (SPEC §4): read and write request units per turn, and stored conversation state. */
final class DynamoDbLines extends ComponentLines {

    private static final double MILLION = 1e6;
    private static final double KB_PER_GB = 1_048_576;

    private final AgentPlan[] agents;
    private final int cacheHit;
    private final LineSpec[] reads, writes, storage;

    DynamoDbLines(Build b) {
        agents = b.agents();
        cacheHit = b.slot(b.spec(ComponentType.DYNAMODB), "read_cache_hit_rate");
        b.warnIfNoUsage("dynamodb", "db_reads_per_turn and db_writes_per_turn", WorkloadKey.DB_READS_PER_TURN, WorkloadKey.DB_WRITES_PER_TURN);
        reads = new LineSpec[agents.length];
        writes = new LineSpec[agents.length];
        storage = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            String a = agents[g].name();
            reads[g] = LineSpec.priced(ComponentType.DYNAMODB, "Read request units" + (agents[g].strongReads() ? " (strongly consistent)" : ""),
                    "1M read request units", "dynamodb.read_request_units", a);
            writes[g] = LineSpec.priced(ComponentType.DYNAMODB, "Write request units", "1M write request units", "dynamodb.write_request_units", a);
            storage[g] = LineSpec.priced(ComponentType.DYNAMODB, "Conversation state storage", "GB-months", "dynamodb.storage", a);
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double hit = ev.v(cacheHit);
        for (int g = 0; g < agents.length; g++) {
            Traffic t = ev.agents[g];
            double kb = t.get(WorkloadKey.DB_ITEM_KB);
            double readUnits = t.turns * t.get(WorkloadKey.DB_READS_PER_TURN) * (1 - hit) * Math.ceil(kb / 4)
                    * (agents[g].strongReads() ? 1 : 0.5);
            double writeUnits = t.turns * t.get(WorkloadKey.DB_WRITES_PER_TURN) * Math.ceil(kb);
            double gb = t.conversations * t.get(WorkloadKey.STATE_KB_PER_CONVERSATION)
                    * (t.get(WorkloadKey.STATE_RETENTION_DAYS) / 30) / KB_PER_GB;
            sink.add(reads[g], readUnits / MILLION);
            sink.add(writes[g], writeUnits / MILLION);
            sink.add(storage[g], gb);
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int g = 0; g < agents.length; g++) {
            String ct = f.t(g, TrafficField.TURNS);
            String kb = f.w(g, WorkloadKey.DB_ITEM_KB);
            sink.add(reads[g], ct + "*" + f.w(g, WorkloadKey.DB_READS_PER_TURN) + "*(1-" + f.v(cacheHit) + ")*ROUNDUP(" + kb + "/4,0)"
                    + (agents[g].strongReads() ? "" : "*0.5") + "/1000000");
            sink.add(writes[g], ct + "*" + f.w(g, WorkloadKey.DB_WRITES_PER_TURN) + "*ROUNDUP(" + kb + ",0)/1000000");
            sink.add(storage[g], f.t(g, TrafficField.CONVERSATIONS) + "*" + f.w(g, WorkloadKey.STATE_KB_PER_CONVERSATION)
                    + "*(" + f.w(g, WorkloadKey.STATE_RETENTION_DAYS) + "/30)/1048576");
        }
    }
}
