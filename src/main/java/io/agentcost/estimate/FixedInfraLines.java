package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;

/**
 * Infrastructure that runs all month whatever the traffic: EC2 instances, ElastiCache nodes, ALB
 * hours and LCU-hours, NAT gateway hours, VPC endpoint hours, Aurora instances and storage.
 * Each is count·H (or a monthly amount) × the non-production multiplier (SPEC §11.3) at one price.
 */
final class FixedInfraLines extends ComponentLines {

    private final int[] factors;
    private final LineSpec line;
    /** False for a monthly amount (Aurora storage GB-months) rather than hours. */
    private final boolean hourly;

    private FixedInfraLines(LineSpec line, int... factors) {
        this(true, line, factors);
    }

    private FixedInfraLines(boolean hourly, LineSpec line, int... factors) {
        this.hourly = hourly;
        this.line = line;
        this.factors = factors;
    }

    static FixedInfraLines auroraStorage(Build b) {
        ComponentSpec c = b.spec(ComponentType.AURORA);
        return new FixedInfraLines(false, LineSpec.priced(ComponentType.AURORA, "Storage", "GB-months", "aurora.storage", null),
                b.slot(c, "storage_gb"));
    }

    static FixedInfraLines ec2(Build b) {
        ComponentSpec c = b.spec(ComponentType.EC2);
        String type = c.word("instance_type");
        return new FixedInfraLines(LineSpec.priced(ComponentType.EC2, "Instance-hours (" + type + ")", "instance-hours",
                PriceKeys.instance(PriceKeys.EC2, type), null), b.slot(c, "instances"));
    }

    static FixedInfraLines elasticache(Build b) {
        ComponentSpec c = b.spec(ComponentType.ELASTICACHE);
        String type = c.word("node_type");
        return new FixedInfraLines(LineSpec.priced(ComponentType.ELASTICACHE, "Node-hours (" + type + ")", "node-hours",
                PriceKeys.instance(PriceKeys.ELASTICACHE, type), null), b.slot(c, "nodes"));
    }

    static FixedInfraLines albHours(Build b) {
        ComponentSpec c = b.spec(ComponentType.ALB);
        return new FixedInfraLines(LineSpec.priced(ComponentType.ALB, "Load balancer hours", "load-balancer-hours", "alb.hours", null),
                b.slot(c, "count"));
    }

    static FixedInfraLines albLcu(Build b) {
        ComponentSpec c = b.spec(ComponentType.ALB);
        return new FixedInfraLines(LineSpec.priced(ComponentType.ALB, "Load balancer capacity units", "LCU-hours", "alb.lcu", null),
                b.slot(c, "lcu"));
    }

    static FixedInfraLines natHours(Build b) {
        ComponentSpec c = b.spec(ComponentType.NAT_GATEWAY);
        return new FixedInfraLines(LineSpec.priced(ComponentType.NAT_GATEWAY, "NAT gateway hours", "gateway-hours", "nat_gateway.hours", null),
                b.slot(c, "count"));
    }

    static FixedInfraLines endpointHours(Build b) {
        ComponentSpec c = b.spec(ComponentType.VPC_ENDPOINTS);
        return new FixedInfraLines(LineSpec.priced(ComponentType.VPC_ENDPOINTS, "Interface endpoint hours (per AZ)", "endpoint-AZ-hours",
                "vpc_endpoints.hours", null), b.slot(c, "count"), b.slot(c, "azs"));
    }

    static FixedInfraLines auroraInstances(Build b) {
        ComponentSpec c = b.spec(ComponentType.AURORA);
        String cls = c.word("instance_class");
        return new FixedInfraLines(LineSpec.priced(ComponentType.AURORA, "Instance-hours (" + cls + ")", "instance-hours",
                PriceKeys.instance(PriceKeys.AURORA, cls), null), b.slot(c, "instances"));
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double q = (hourly ? ev.hours : 1) * ev.fixedMultiplier;
        for (int f : factors) q *= ev.v(f);
        sink.add(line, q);
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        StringBuilder q = new StringBuilder(hourly ? f.hours() + "*" : "").append(f.fixed());
        for (int x : factors) q.append("*").append(f.v(x));
        sink.add(line, q.toString());
    }

    @Override
    boolean readsTraffic() {
        return false;
    }
}
