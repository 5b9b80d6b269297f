package io.agentcost.estimate;

import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/** Logs ingested and stored (archival price) and X-Ray traces recorded (SPEC §4, §11.10: no free allowance). */
final class CloudWatchLines extends ComponentLines {

    private static final double KB_PER_GB = 1_048_576;

    private final LineSpec[] ingest, stored, traces;

    CloudWatchLines(Build b) {
        AgentPlan[] agents = b.agents();
        b.warnIfNoUsage("cloudwatch", "log_kb_per_turn", WorkloadKey.LOG_KB_PER_TURN);
        ingest = new LineSpec[agents.length];
        stored = new LineSpec[agents.length];
        traces = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            String a = agents[g].name();
            ingest[g] = LineSpec.priced(ComponentType.CLOUDWATCH, "Log ingestion", "GB", "cloudwatch.logs_ingestion", a);
            stored[g] = LineSpec.priced(ComponentType.CLOUDWATCH, "Log storage", "GB-months", "cloudwatch.logs_storage", a);
            traces[g] = LineSpec.priced(ComponentType.CLOUDWATCH, "X-Ray traces recorded", "1M traces recorded", "xray.traces", a);
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        for (int g = 0; g < ingest.length; g++) {
            Traffic t = ev.agents[g];
            double gb = t.turns * t.get(WorkloadKey.LOG_KB_PER_TURN) * t.get(WorkloadKey.LOG_SAMPLING) / KB_PER_GB;
            sink.add(ingest[g], gb);
            sink.add(stored[g], gb * t.get(WorkloadKey.LOG_RETENTION_DAYS) / 30);
            sink.add(traces[g], t.turns * t.get(WorkloadKey.TRACE_SAMPLING) / 1e6);
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int g = 0; g < ingest.length; g++) {
            String ct = f.t(g, TrafficField.TURNS);
            String gb = "(" + ct + "*" + f.w(g, WorkloadKey.LOG_KB_PER_TURN) + "*" + f.w(g, WorkloadKey.LOG_SAMPLING) + "/1048576)";
            sink.add(ingest[g], gb);
            sink.add(stored[g], gb + "*" + f.w(g, WorkloadKey.LOG_RETENTION_DAYS) + "/30");
            sink.add(traces[g], ct + "*" + f.w(g, WorkloadKey.TRACE_SAMPLING) + "/1000000");
        }
    }
}
