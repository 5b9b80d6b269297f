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

    DataTransferLines(Build b) {
        AgentPlan[] agents = b.agents();
        b.warnIfNoUsage("data_transfer", "payload_kb_per_turn and internet_egress_kb_per_turn", WorkloadKey.PAYLOAD_KB_PER_TURN,
                WorkloadKey.INTERNET_EGRESS_KB_PER_TURN);
        crossAz = new LineSpec[agents.length];
        crossRegion = new LineSpec[agents.length];
        egress = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            AgentPlan a = agents[g];
            if (a.mayBePositive(WorkloadKey.CROSS_AZ_SHARE)) {
                crossAz[g] = LineSpec.priced(ComponentType.DATA_TRANSFER, "Cross-AZ transfer (billed out and in)", "GB",
                        "data_transfer.cross_az", a.name());
            }
            if (a.mayBePositive(WorkloadKey.CROSS_REGION_SHARE)) {
                crossRegion[g] = LineSpec.priced(ComponentType.DATA_TRANSFER, "Cross-region transfer to " + a.crossRegionDestination(), "GB",
                        "data_transfer.inter_region." + a.crossRegionDestination(), a.name());
            }
            if (a.mayBePositive(WorkloadKey.INTERNET_EGRESS_KB_PER_TURN)) {
                LineSpec e = LineSpec.priced(ComponentType.DATA_TRANSFER, "Internet egress", "GB", "data_transfer.internet_egress", a.name());
                egress[g] = b.scenario().freeTier() ? e.withAllowance("data_transfer.internet_egress", LineSpec.AllowanceMode.CARVE) : e;
            }
        }
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
}
