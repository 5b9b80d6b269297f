package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * Fargate tasks running all month (SPEC §4): tasks·H·(vcpu·P_vcpu + memory_gb·P_gb)·(1 − spot_share·spot_discount),
 * times the non-production multiplier. Spot hours are shown as on-demand-equivalent hours so the
 * line keeps the catalog's on-demand price.
 */
final class FargateLines extends ComponentLines {

    private final int tasks, vcpu, memory, spotShare, spotDiscount;
    private final LineSpec vcpuLine, memoryLine, vcpuSpot, memorySpot;
    /** The Spot lines whether or not the scenario uses Spot: the workbook's Spot lever moves them. */
    private final LineSpec vcpuSpotLever, memorySpotLever;

    FargateLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.FARGATE);
        String arch = c.word("architecture");
        tasks = b.slot(c, "tasks");
        vcpu = b.slot(c, "vcpu");
        memory = b.slot(c, "memory_gb");
        boolean spot = c.number("spot_share").upperBound() > 0;
        spotShare = b.slot(c, "spot_share");
        spotDiscount = spot ? b.slot(c, "spot_discount") : -1;
        vcpuLine = LineSpec.priced(ComponentType.FARGATE, "vCPU-hours (" + arch + ")", "vCPU-hours", "fargate." + arch + ".vcpu", null);
        memoryLine = LineSpec.priced(ComponentType.FARGATE, "Memory GB-hours (" + arch + ")", "GB-hours", "fargate." + arch + ".memory", null);
        vcpuSpotLever = vcpuLine.withKey(vcpuLine.priceKey(), "vCPU-hours on Spot, on-demand equivalent (" + arch + ")");
        memorySpotLever = memoryLine.withKey(memoryLine.priceKey(), "Memory GB-hours on Spot, on-demand equivalent (" + arch + ")");
        vcpuSpot = spot ? vcpuSpotLever : null;
        memorySpot = spot ? memorySpotLever : null;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double taskHours = ev.v(tasks) * ev.hours * ev.fixedMultiplier;
        double ss = ev.v(spotShare);
        double onDemand = vcpuSpot == null ? 1 : 1 - ss;
        sink.add(vcpuLine, taskHours * ev.v(vcpu) * onDemand);
        sink.add(memoryLine, taskHours * ev.v(memory) * onDemand);
        if (vcpuSpot != null) {
            double spotEquivalent = ss * (1 - ev.v(spotDiscount));
            sink.add(vcpuSpot, taskHours * ev.v(vcpu) * spotEquivalent);
            sink.add(memorySpot, taskHours * ev.v(memory) * spotEquivalent);
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        String taskHours = "(" + f.v(tasks) + "*" + f.hours() + "*" + f.fixed() + ")";
        String ss = f.override(Lever.SPOT_SHARE, f.v(spotShare));
        String discount = f.override(Lever.SPOT_DISCOUNT, spotDiscount < 0 ? "0" : f.v(spotDiscount));
        sink.add(vcpuLine, taskHours + "*" + f.v(vcpu) + "*(1-" + ss + ")");
        sink.add(memoryLine, taskHours + "*" + f.v(memory) + "*(1-" + ss + ")");
        String spotEquivalent = ss + "*(1-" + discount + ")";
        if (vcpuSpot != null) {
            sink.add(vcpuSpot, taskHours + "*" + f.v(vcpu) + "*" + spotEquivalent);
            sink.add(memorySpot, taskHours + "*" + f.v(memory) + "*" + spotEquivalent);
        } else {
            sink.addWorkbookOnly(vcpuSpotLever, taskHours + "*" + f.v(vcpu) + "*" + spotEquivalent);
            sink.addWorkbookOnly(memorySpotLever, taskHours + "*" + f.v(memory) + "*" + spotEquivalent);
        }
    }

    @Override
    boolean readsTraffic() {
        return false;
    }
}
