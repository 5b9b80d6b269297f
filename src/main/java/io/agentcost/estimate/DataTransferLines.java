package io.agentcost.estimate;

import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/**
 * Bytes between zones, regions and the internet (SPEC §4, §11.9–10): cross-AZ GB billed out and
 * in at the per-direction rate, cross-region GB once at the inter-region rate, internet egress
 * through absolute tiers with the free 100 GB carved out of the first tier.
 */
final class DataTransferLines extends ComponentLines {

    private static final double KB_PER_GB = 1_048_576;

    private final LineSpec[] crossAz, crossRegion, egress;
    /** Every agent's lines whether or not the scenario moves such bytes: the workbook keeps them for what-if edits. */
    private final LineSpec[] allCrossAz, allCrossRegion, allEgress;

    DataTransferLines(Build b) {
        AgentPlan[] agents = b.agents();
        b.warnIfNoUsage("data_transfer", "payload_kb_per_turn and internet_egress_kb_per_turn", WorkloadKey.PAYLOAD_KB_PER_TURN,
                WorkloadKey.INTERNET_EGRESS_KB_PER_TURN);
        crossAz = new LineSpec[agents.length];
        crossRegion = new LineSpec[agents.length];
        egress = new LineSpec[agents.length];
        allCrossAz = new LineSpec[agents.length];
        allCrossRegion = new LineSpec[agents.length];
        allEgress = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            AgentPlan a = agents[g];
            allCrossAz[g] = LineSpec.priced(ComponentType.DATA_TRANSFER, "Cross-AZ transfer (billed out and in)", "GB",
                    "data_transfer.cross_az", a.name());
            allCrossRegion[g] = LineSpec.priced(ComponentType.DATA_TRANSFER, "Cross-region transfer to " + a.crossRegionDestination(), "GB",
                    "data_transfer.inter_region." + a.crossRegionDestination(), a.name());
            LineSpec e = LineSpec.priced(ComponentType.DATA_TRANSFER, "Internet egress", "GB", "data_transfer.internet_egress", a.name());
            allEgress[g] = b.scenario().freeTier() ? e.withAllowance("data_transfer.internet_egress", LineSpec.AllowanceMode.CARVE) : e;
            if (a.mayBePositive(WorkloadKey.CROSS_AZ_SHARE)) crossAz[g] = allCrossAz[g];
            if (a.mayBePositive(WorkloadKey.CROSS_REGION_SHARE)) crossRegion[g] = allCrossRegion[g];
            if (a.mayBePositive(WorkloadKey.INTERNET_EGRESS_KB_PER_TURN)) egress[g] = allEgress[g];
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        for (int g = 0; g < egress.length; g++) {
            Traffic t = ev.agents[g];
            double payloadGb = t.turns * t.get(WorkloadKey.PAYLOAD_KB_PER_TURN) / KB_PER_GB;
            if (crossAz[g] != null) sink.add(crossAz[g], 2 * payloadGb * t.get(WorkloadKey.CROSS_AZ_SHARE));
            if (crossRegion[g] != null) sink.add(crossRegion[g], payloadGb * t.get(WorkloadKey.CROSS_REGION_SHARE));
            if (egress[g] != null) sink.add(egress[g], t.turns * t.get(WorkloadKey.INTERNET_EGRESS_KB_PER_TURN) / KB_PER_GB);
        }
    }

    private static void add(FormulaSink sink, LineSpec app, LineSpec any, String quantity) {
        if (app != null) sink.add(app, quantity);
        else sink.addWorkbookOnly(any, quantity);
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int g = 0; g < egress.length; g++) {
            String ct = f.t(g, TrafficField.TURNS);
            String payloadGb = "(" + ct + "*" + f.w(g, WorkloadKey.PAYLOAD_KB_PER_TURN) + "/1048576)";
            add(sink, crossAz[g], allCrossAz[g], "2*" + payloadGb + "*" + f.w(g, WorkloadKey.CROSS_AZ_SHARE));
            add(sink, crossRegion[g], allCrossRegion[g], payloadGb + "*" + f.w(g, WorkloadKey.CROSS_REGION_SHARE));
            add(sink, egress[g], allEgress[g], ct + "*" + f.w(g, WorkloadKey.INTERNET_EGRESS_KB_PER_TURN) + "/1048576");
        }
    }
}
