package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;

/**
 * Bytes between zones, regions and the internet (SPEC §4, §11.9–10): cross-AZ GB billed out and in at the
 * per-direction rate, cross-region GB once at the inter-region rate, internet egress through absolute tiers
 * with the free 100 GB carved out of the first tier. A kind of bytes the scenario never moves is a line of
 * the workbook only, so a what-if edit can move it.
 */
final class DataTransfer implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        b.warnIfNoUsage("data_transfer", "payload_kb_per_turn and internet_egress_kb_per_turn", WorkloadKey.PAYLOAD_KB_PER_TURN,
                WorkloadKey.INTERNET_EGRESS_KB_PER_TURN);
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage u = b.agent(g);
            AgentPlan a = u.plan();
            Expr turns = u.traffic(TrafficField.TURNS);
            Expr payloadGb = turns.times(u.w(WorkloadKey.PAYLOAD_KB_PER_TURN)).over(FixedInfrastructure.KB_PER_GB);
            out.add(LineSpec.priced(ComponentType.DATA_TRANSFER, "Cross-AZ transfer (billed out and in)", "GB", "data_transfer.cross_az", a.name()),
                    num(2).times(payloadGb).times(u.w(WorkloadKey.CROSS_AZ_SHARE)), a.mayBePositive(WorkloadKey.CROSS_AZ_SHARE));
            out.add(LineSpec.priced(ComponentType.DATA_TRANSFER, "Cross-region transfer to " + a.crossRegionDestination(), "GB",
                            "data_transfer.inter_region." + a.crossRegionDestination(), a.name()),
                    payloadGb.times(u.w(WorkloadKey.CROSS_REGION_SHARE)), a.mayBePositive(WorkloadKey.CROSS_REGION_SHARE));
            LineSpec egress = LineSpec.priced(ComponentType.DATA_TRANSFER, "Internet egress", "GB", "data_transfer.internet_egress", a.name());
            if (b.scenario().freeTier()) egress = egress.withAllowance("data_transfer.internet_egress", LineSpec.AllowanceMode.CARVE);
            out.add(egress, turns.times(u.w(WorkloadKey.INTERNET_EGRESS_KB_PER_TURN)).over(FixedInfrastructure.KB_PER_GB),
                    a.mayBePositive(WorkloadKey.INTERNET_EGRESS_KB_PER_TURN));
        }
    }
}
