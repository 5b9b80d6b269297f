package io.agentcost.estimate;

import io.agentcost.model.Agent;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario compiled for evaluation: every numeric input is a slot in {@link Variables}, every
 * phase × architecture a {@link PhaseArchitecture} whose components emit quantities. Prices are
 * not seen here; {@link Pricer} attaches them.
 */
public final class CostModel {

    private final Scenario scenario;
    private final Catalog catalog;
    private final Variables variables;
    private final List<PhaseArchitecture> cells;
    private final List<String> warnings;
    private final int[] growthSlots;
    private final int[] oneTimeSlots;

    private CostModel(Scenario scenario, Catalog catalog, Variables variables, List<PhaseArchitecture> cells, List<String> warnings,
                      int[] growthSlots, int[] oneTimeSlots) {
        this.scenario = scenario;
        this.catalog = catalog;
        this.variables = variables;
        this.cells = List.copyOf(cells);
        this.warnings = List.copyOf(warnings);
        this.growthSlots = growthSlots;
        this.oneTimeSlots = oneTimeSlots;
    }

    /** Slot of each timeline entry's monthly growth (same order as the timeline). */
    public int[] growthSlots() {
        return growthSlots.clone();
    }

    /** Slot of each architecture's one-time cost (0 when not given), in architecture order. */
    public int[] oneTimeSlots() {
        return oneTimeSlots.clone();
    }

    public static CostModel compile(Scenario s, Catalog catalog) {
        return compile(s, catalog, new Variables());
    }

    /**
     * Compiled for the what-if workbook: a constant is shared only where it is the same input (same
     * path), so every row of the workbook's Inputs sheet is one place of the scenario.
     */
    public static CostModel compileForWorkbook(Scenario s, Catalog catalog) {
        return compile(s, catalog, new Variables(false));
    }

    private static CostModel compile(Scenario s, Catalog catalog, Variables vars) {
        registerInputs(s, vars);
        List<String> warnings = new ArrayList<>();
        List<PhaseArchitecture> cells = new ArrayList<>();
        for (Phase p : s.phases()) {
            AgentPlan[] plans = plans(s, p, vars);
            Workload phaseLevel = s.workloadFor(p, null);
            int npe = slot(vars, phaseLevel, WorkloadKey.NON_PROD_ENVIRONMENTS, p);
            int npu = slot(vars, phaseLevel, WorkloadKey.NON_PROD_UPTIME, p);
            for (ArchitectureSpec a : s.architectures()) {
                Build b = new Build(s, catalog, vars, a, plans, warnings, new ArrayList<>());
                cells.add(new PhaseArchitecture(p.name(), a.name(), plans, components(b), npe, npu, s.hoursPerMonth()));
            }
        }
        int[] growth = new int[s.timeline().size()];
        for (int i = 0; i < growth.length; i++) {
            growth[i] = vars.slot(s.timeline().get(i).monthlyGrowth(), "timeline[" + i + "].monthly_growth", "monthly_growth");
        }
        int[] oneTime = new int[s.architectures().size()];
        for (int i = 0; i < oneTime.length; i++) {
            ArchitectureSpec a = s.architectures().get(i);
            oneTime[i] = a.oneTimeUsd() == null ? vars.slotOfConstant(0, "default.one_time_usd", "one_time_usd")
                    : vars.slot(a.oneTimeUsd(), "architectures." + a.name() + ".one_time_usd", "one_time_usd");
        }
        return new CostModel(s, catalog, vars, cells, warnings, growth, oneTime);
    }

    /** Registers the inputs where the user wrote them first, so a variable's path names that place. */
    private static void registerInputs(Scenario s, Variables vars) {
        s.workload().numbers().forEach((k, d) -> vars.name(d, "workload." + k.key(), k.key()));
        for (Phase p : s.phases()) p.overrides().numbers().forEach((k, d) -> vars.name(d, "phases." + p.name() + "." + k.key(), k.key()));
        for (Agent a : s.agents()) a.overrides().numbers().forEach((k, d) -> vars.name(d, "agents." + a.name() + "." + k.key(), k.key()));
    }

    private static int slot(Variables vars, Workload w, WorkloadKey k, Phase p) {
        var d = w.number(k);
        return d != null ? vars.slot(d, "phases." + p.name() + "." + k.key(), k.key())
                : vars.slotOfConstant(k.spec().defaultNumber(), "default." + k.key(), k.key());
    }

    private static AgentPlan[] plans(Scenario s, Phase p, Variables vars) {
        if (s.agents().isEmpty()) {
            return new AgentPlan[]{AgentPlan.compile(null, 1, s.workloadFor(p, null), vars, "phases." + p.name() + ".")};
        }
        AgentPlan[] plans = new AgentPlan[s.agents().size()];
        for (int i = 0; i < plans.length; i++) {
            Agent a = s.agents().get(i);
            plans[i] = AgentPlan.compile(a.name(), a.count(), s.workloadFor(p, a), vars, "agents." + a.name() + ".");
        }
        return plans;
    }

    private static List<ComponentLines> components(Build b) {
        List<ComponentLines> out = new ArrayList<>();
        for (ComponentType t : b.architecture().components().keySet()) {
            int before = out.size();
            b.touched().clear();
            switch (t) {
                case BEDROCK -> out.add(new BedrockLines(b));
                case SAGEMAKER -> out.add(new SageMakerLines(b));
                case DYNAMODB -> out.add(new DynamoDbLines(b));
                case LAMBDA -> out.add(new LambdaLines(b));
                case API_GATEWAY -> out.add(new ApiGatewayLines(b));
                case FARGATE -> out.add(new FargateLines(b));
                case EC2 -> out.add(FixedInfraLines.ec2(b));
                case ALB -> {
                    out.add(FixedInfraLines.albHours(b));
                    out.add(FixedInfraLines.albLcu(b));
                }
                case ELASTICACHE -> out.add(ElastiCacheServerlessLines.applies(b.spec(t))
                        ? new ElastiCacheServerlessLines(b) : FixedInfraLines.elasticache(b));
                case AURORA -> {
                    out.add(FixedInfraLines.auroraInstances(b));
                    out.add(FixedInfraLines.auroraStorage(b));
                    out.add(TrafficDataLines.auroraIo(b));
                }
                case NAT_GATEWAY -> {
                    out.add(FixedInfraLines.natHours(b));
                    out.add(TrafficDataLines.natData(b));
                }
                case VPC_ENDPOINTS -> {
                    out.add(FixedInfraLines.endpointHours(b));
                    out.add(TrafficDataLines.endpointData(b));
                }
                case DATA_TRANSFER -> out.add(new DataTransferLines(b));
                case CLOUDWATCH -> out.add(new CloudWatchLines(b));
                case AGENTCORE -> out.add(new AgentCoreLines(b));
                case LICENSE -> out.add(new LicenseLines(b));
            }
            // every component added for this type read the slots touched since (a conservative superset)
            for (int k = before; k < out.size(); k++) out.get(k).identify(b.touched(), b.spec(t).words());
        }
        b.touched().clear();
        PeopleAndCustomLines people = new PeopleAndCustomLines(b);
        people.identify(b.touched(), java.util.Map.of());
        if (!people.isEmpty()) out.add(people);
        return out;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Variables variables() {
        return variables;
    }

    public List<PhaseArchitecture> cells() {
        return cells;
    }

    /** Warnings known before any number is drawn (batch not offered, free tier not applicable...). */
    public List<String> warnings() {
        return warnings;
    }
}
