package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.min;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * Lambda (SPEC §4, §11.8): requests, duration GB-seconds with cold starts and streaming, ephemeral storage
 * above 512 MB, provisioned concurrency. The free tier (1M requests, 400,000 GB-s) is an allowance the
 * pricing pass subtracts before the duration tiers, except with provisioned concurrency.
 */
final class Lambda implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.LAMBDA);
        String arch = c.word("architecture");
        Expr memory = b.in(c, "memory_mb");
        Expr duration = b.in(c, "duration_ms");
        Expr invocations = b.in(c, "invocations_per_turn");
        Expr coldRate = b.in(c, "cold_start_rate");
        Expr initDuration = b.optional(c, "init_duration_ms");
        Expr streaming = b.in(c, "streaming_seconds_per_turn");
        Expr ephemeral = b.in(c, "ephemeral_storage_mb");
        boolean pc = c.has("provisioned_concurrency.count");
        Expr pcCount = pc ? b.in(c, "provisioned_concurrency.count") : null;
        Expr pcHours = pc ? b.in(c, "provisioned_concurrency.hours") : null;
        boolean free = b.scenario().freeTier() && !pc;
        if (b.scenario().freeTier() && pc) {
            b.warnOnce("architecture " + b.architecture().name() + ": the Lambda free tier does not apply to functions with provisioned concurrency");
        }
        Expr gb = memory.over(1024);
        Expr init = initDuration == null ? num(0) : initDuration;
        Expr extraEphemeralGb = max(num(0), ephemeral.minus(num(512))).over(1024);
        // the share of the month's duration billed at the "duration while provisioned" rate (SPEC §11.8)
        Expr provisionedShare = pc ? min(num(1), pcHours.over(b.hours())) : null;
        for (int g = 0; g < b.agentCount(); g++) {
            String a = b.plan(g).name();
            Expr turns = b.agent(g).traffic(TrafficField.TURNS);
            Expr inv = turns.times(invocations);
            Expr gbs = inv.times(duration.plus(coldRate.times(init))).over(1000).times(gb).plus(turns.times(streaming).times(gb));
            LineSpec requests = LineSpec.priced(ComponentType.LAMBDA, "Requests", "1M requests", "lambda.requests", a);
            LineSpec gbSeconds = LineSpec.priced(ComponentType.LAMBDA, "Duration (" + arch + ")", "GB-seconds", "lambda." + arch + ".duration", a);
            if (free) {
                requests = requests.withAllowance("lambda.requests", LineSpec.AllowanceMode.SUBTRACT);
                gbSeconds = gbSeconds.withAllowance("lambda.duration", LineSpec.AllowanceMode.SUBTRACT);
            }
            out.add(requests, inv.over(1e6));
            out.add(gbSeconds, pc ? gbs.times(provisionedShare.complement()) : gbs);
            if (pc) {
                out.add(LineSpec.priced(ComponentType.LAMBDA, "Duration while provisioned (" + arch + ")", "GB-seconds",
                        "lambda." + arch + ".provisioned_duration", a), gbs.times(provisionedShare));
            }
            out.add(LineSpec.priced(ComponentType.LAMBDA, "Ephemeral storage above 512 MB", "GB-seconds", "lambda.ephemeral_storage", a),
                    inv.times(duration).over(1000).times(extraEphemeralGb));
        }
        if (pc) {
            out.add(LineSpec.priced(ComponentType.LAMBDA, "Provisioned concurrency (" + arch + ")", "GB-seconds",
                    "lambda." + arch + ".provisioned_concurrency", null), pcCount.times(gb).times(pcHours).times(3600).times(b.fixed()));
        }
    }
}
