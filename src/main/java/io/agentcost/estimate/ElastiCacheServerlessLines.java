package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * ElastiCache Serverless (SPEC §4 "or serverless GB-hours + ECPUs"): data stored all month, metered at
 * least 1 GB for Redis OSS and 100 MB for Valkey (aws-pricing-facts §7), and processing units per turn.
 */
final class ElastiCacheServerlessLines extends ComponentLines {

    private final int gb, ecpus;
    private final double minimumGb;
    private final LineSpec storage;
    private final LineSpec[] processing;

    ElastiCacheServerlessLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.ELASTICACHE);
        String engine = c.word("serverless.engine");
        gb = b.slot(c, "serverless.gb");
        ecpus = b.slot(c, "serverless.ecpus_per_turn");
        minimumGb = engine.equals("redis") ? 1.0 : 0.1;
        String prefix = "elasticache.serverless." + engine + ".";
        storage = LineSpec.priced(ComponentType.ELASTICACHE, "Serverless data stored (" + engine + ")", "GB-hours", prefix + "storage", null);
        AgentPlan[] agents = b.agents();
        processing = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            processing[g] = LineSpec.priced(ComponentType.ELASTICACHE, "Serverless processing units (" + engine + ")", "1M ECPUs",
                    prefix + "ecpu", agents[g].name());
        }
    }

    static boolean applies(ComponentSpec c) {
        return c.has("serverless.gb");
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        sink.add(storage, Math.max(minimumGb, ev.v(gb)) * ev.hours * ev.fixedMultiplier);
        for (int g = 0; g < processing.length; g++) sink.add(processing[g], ev.agents[g].turns * ev.v(ecpus) / 1e6);
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        sink.add(storage, "MAX(" + TrafficFormulas.number(minimumGb) + "," + f.v(gb) + ")*" + f.hours() + "*" + f.fixed());
        for (int g = 0; g < processing.length; g++) sink.add(processing[g], f.t(g, TrafficField.TURNS) + "*" + f.v(ecpus) + "/1000000");
    }
}
