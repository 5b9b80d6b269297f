package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * Fargate tasks running all month (SPEC §4): tasks·H·(vcpu·P_vcpu + memory_gb·P_gb)·(1 − spot_share·spot_discount),
 * times the non-production multiplier. Spot hours are shown as on-demand-equivalent hours, so every line
 * keeps the catalog's on-demand price; the Spot lines exist in the app when spot_share can be above 0, and
 * in the workbook always (its Spot levers move them).
 */
final class Fargate implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.FARGATE);
        String arch = c.word("architecture");
        Expr tasks = b.in(c, "tasks");
        Expr vcpu = b.in(c, "vcpu");
        Expr memory = b.in(c, "memory_gb");
        boolean spot = c.number("spot_share").upperBound() > 0;
        Expr spotShare = Expr.override(Lever.SPOT_SHARE, b.in(c, "spot_share"));
        Expr spotDiscount = Expr.override(Lever.SPOT_DISCOUNT, spot ? b.in(c, "spot_discount") : num(0));
        Expr taskHours = tasks.times(b.hours()).times(b.fixed());
        LineSpec vcpuLine = LineSpec.priced(ComponentType.FARGATE, "vCPU-hours (" + arch + ")", "vCPU-hours", "fargate." + arch + ".vcpu", null);
        LineSpec memoryLine = LineSpec.priced(ComponentType.FARGATE, "Memory GB-hours (" + arch + ")", "GB-hours", "fargate." + arch + ".memory", null);
        out.add(vcpuLine, taskHours.times(vcpu).times(spotShare.complement()));
        out.add(memoryLine, taskHours.times(memory).times(spotShare.complement()));
        Expr spotEquivalent = spotShare.times(spotDiscount.complement());
        out.add(vcpuLine.withKey(vcpuLine.priceKey(), "vCPU-hours on Spot, on-demand equivalent (" + arch + ")"),
                taskHours.times(vcpu).times(spotEquivalent), spot);
        out.add(memoryLine.withKey(memoryLine.priceKey(), "Memory GB-hours on Spot, on-demand equivalent (" + arch + ")"),
                taskHours.times(memory).times(spotEquivalent), spot);
    }
}
