package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * Lambda (SPEC §4, §11.8): requests, duration GB-seconds with cold starts and streaming, ephemeral
 * storage above 512 MB, provisioned concurrency. The free tier (1M requests, 400,000 GB-s) is an
 * allowance the pricer subtracts before the duration tiers, except with provisioned concurrency.
 */
final class LambdaLines extends ComponentLines {

    private static final double MILLION = 1e6;

    private final AgentPlan[] agents;
    private final int memory, duration, invocations, coldRate, initDuration, streaming, ephemeral;
    private final int pcCount, pcHours;
    private final LineSpec[] requests, gbSeconds, provisionedDuration, ephemeralLines;
    private final LineSpec provisioned;

    LambdaLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.LAMBDA);
        agents = b.agents();
        String arch = c.word("architecture");
        memory = b.slot(c, "memory_mb");
        duration = b.slot(c, "duration_ms");
        invocations = b.slot(c, "invocations_per_turn");
        coldRate = b.slot(c, "cold_start_rate");
        initDuration = b.optionalSlot(c, "init_duration_ms");
        streaming = b.slot(c, "streaming_seconds_per_turn");
        ephemeral = b.slot(c, "ephemeral_storage_mb");
        boolean pc = c.has("provisioned_concurrency.count");
        pcCount = pc ? b.slot(c, "provisioned_concurrency.count") : -1;
        pcHours = pc ? b.slot(c, "provisioned_concurrency.hours") : -1;
        boolean free = b.scenario().freeTier() && !pc;
        requests = new LineSpec[agents.length];
        gbSeconds = new LineSpec[agents.length];
        provisionedDuration = new LineSpec[agents.length];
        ephemeralLines = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            String a = agents[g].name();
            requests[g] = LineSpec.priced(ComponentType.LAMBDA, "Requests", "1M requests", "lambda.requests", a);
            gbSeconds[g] = LineSpec.priced(ComponentType.LAMBDA, "Duration (" + arch + ")", "GB-seconds", "lambda." + arch + ".duration", a);
            if (free) {
                requests[g] = requests[g].withAllowance("lambda.requests", LineSpec.AllowanceMode.SUBTRACT);
                gbSeconds[g] = gbSeconds[g].withAllowance("lambda.duration", LineSpec.AllowanceMode.SUBTRACT);
            }
            provisionedDuration[g] = pc ? LineSpec.priced(ComponentType.LAMBDA, "Duration while provisioned (" + arch + ")",
                    "GB-seconds", "lambda." + arch + ".provisioned_duration", a) : null;
            ephemeralLines[g] = LineSpec.priced(ComponentType.LAMBDA, "Ephemeral storage above 512 MB", "GB-seconds", "lambda.ephemeral_storage", a);
        }
        provisioned = pc ? LineSpec.priced(ComponentType.LAMBDA, "Provisioned concurrency (" + arch + ")", "GB-seconds",
                "lambda." + arch + ".provisioned_concurrency", null) : null;
        if (b.scenario().freeTier() && pc) {
            b.warnOnce("architecture " + b.architecture().name() + ": the Lambda free tier does not apply to functions with provisioned concurrency");
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double gb = ev.v(memory) / 1024;
        double dur = ev.v(duration);
        double init = initDuration < 0 ? 0 : ev.v(initDuration);
        double extraEphemeralGb = Math.max(0, ev.v(ephemeral) - 512) / 1024;
        double provisionedShare = provisioned == null ? 0 : Math.min(1, ev.v(pcHours) / ev.hours);
        for (int g = 0; g < agents.length; g++) {
            Traffic t = ev.agents[g];
            double inv = t.turns * ev.v(invocations);
            double gbs = inv * (dur + ev.v(coldRate) * init) / 1000 * gb + t.turns * ev.v(streaming) * gb;
            sink.add(requests[g], inv / MILLION);
            sink.add(gbSeconds[g], gbs * (1 - provisionedShare));
            if (provisionedDuration[g] != null) sink.add(provisionedDuration[g], gbs * provisionedShare);
            sink.add(ephemeralLines[g], inv * dur / 1000 * extraEphemeralGb);
        }
        if (provisioned != null) {
            sink.add(provisioned, ev.v(pcCount) * gb * ev.v(pcHours) * 3600 * ev.fixedMultiplier);
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        String gb = "(" + f.v(memory) + "/1024)";
        String dur = f.v(duration);
        String init = initDuration < 0 ? "0" : f.v(initDuration);
        String extraEphemeralGb = "(MAX(0," + f.v(ephemeral) + "-512)/1024)";
        String provisionedShare = provisioned == null ? null : "MIN(1," + f.v(pcHours) + "/" + f.hours() + ")";
        for (int g = 0; g < agents.length; g++) {
            String ct = f.t(g, TrafficField.TURNS);
            String inv = "(" + ct + "*" + f.v(invocations) + ")";
            String gbs = "(" + inv + "*(" + dur + "+" + f.v(coldRate) + "*" + init + ")/1000*" + gb + "+" + ct + "*" + f.v(streaming) + "*" + gb + ")";
            sink.add(requests[g], inv + "/1000000");
            sink.add(gbSeconds[g], provisionedShare == null ? gbs : gbs + "*(1-" + provisionedShare + ")");
            if (provisionedDuration[g] != null) sink.add(provisionedDuration[g], gbs + "*" + provisionedShare);
            sink.add(ephemeralLines[g], inv + "*" + dur + "/1000*" + extraEphemeralGb);
        }
        if (provisioned != null) {
            sink.add(provisioned, f.v(pcCount) + "*" + gb + "*" + f.v(pcHours) + "*3600*" + f.fixed());
        }
    }
}
