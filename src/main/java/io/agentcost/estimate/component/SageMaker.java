package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.min;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.WorkloadKey;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.pricing.PriceKeys;

/**
 * A self-hosted model endpoint (SPEC §4): fixed instances, or autoscaled instance-hours that follow the
 * output tokens it serves (all agents share the endpoint), floored at min_instances and capped at
 * max_instances; plus optional training.
 */
final class SageMaker implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.SAGEMAKER);
        String type = c.word("instance_type");
        boolean autoscale = "autoscale".equals(c.word("mode"));
        Expr h = b.hours();
        String key = PriceKeys.instance(PriceKeys.SAGEMAKER_HOSTING, type);
        LineSpec hosting = LineSpec.priced(ComponentType.SAGEMAKER,
                "Endpoint instance-hours (" + type + (autoscale ? ", autoscaled" : "") + ")", "instance-hours", key, null);
        Expr instances = autoscale ? null : b.in(c, "instances");
        Expr minInstances = b.in(c, "min_instances");
        Expr maxInstances = b.optional(c, "max_instances");
        Expr throughput = autoscale || c.has("throughput_tokens_per_second") ? b.in(c, "throughput_tokens_per_second") : null;
        Expr utilization = b.in(c, "target_utilization");
        Expr serves = b.in(c, "serves_share");
        Expr prefill = b.optional(c, "prefill_tokens_per_second");
        // instance-hours the served output tokens need at throughput × target utilisation; with a prefill rate, the
        // served input (P + F) too (SPEC §12)
        Expr demand = null;
        if (throughput != null) {
            Expr served = null;
            Expr input = null;
            boolean loops = false;
            for (int g = 0; g < b.agentCount(); g++) {
                Expr o = b.agent(g).traffic(TrafficField.OUTPUT_TOKENS);
                served = served == null ? o : served.plus(o);
                Expr in = b.agent(g).traffic(TrafficField.PREFIX_TOKENS).plus(b.agent(g).traffic(TrafficField.FRESH_TOKENS));
                input = input == null ? in : input.plus(in);
                loops |= usesLoopKeys(b.plan(g));
            }
            if (prefill == null) {
                demand = served.times(serves).over(throughput.times(3600).times(utilization));
                if (loops) {
                    b.warnOnce("architecture " + b.architecture().name() + ": SageMaker instance-hours count output tokens only;"
                            + " an agent's input tokens (tool results, history) are not counted: set sagemaker.prefill_tokens_per_second");
                }
            } else {
                demand = input.times(serves).over(prefill).plus(served.times(serves).over(throughput))
                        .over(num(3600).times(utilization));
            }
        }
        if (autoscale) {
            Expr hours = max(minInstances.times(h), demand);
            if (maxInstances != null) {
                Expr cap = maxInstances.times(h);
                out.warnWhen(hours, cap, "architecture " + b.architecture().name() + ": SageMaker demand exceeds max_instances;"
                        + " instance-hours are capped (requests beyond capacity would queue or fail)");
                hours = min(hours, cap);
            }
            out.add(hosting, hours);
            // non-production copies of an autoscaled endpoint run at min_instances (SPEC §11.3)
            out.add(LineSpec.priced(ComponentType.SAGEMAKER, "Endpoint instance-hours, non-production copies at min_instances (" + type + ")",
                    "instance-hours", key, null), minInstances.times(h).times(b.fixed().minus(num(1))));
        } else {
            if (demand != null) {
                out.warnWhen(demand, instances.times(h), "architecture " + b.architecture().name() + ": the fixed SageMaker endpoint cannot serve"
                        + " the demand at throughput_tokens_per_second × target_utilization (add instances or autoscale)");
            }
            out.add(hosting, instances.times(h).times(b.fixed()));
        }
        String trainingType = c.word("training.instance_type");
        if (trainingType != null) {
            Expr hoursPerMonth = b.in(c, "training.hours_per_month");
            Expr spotShare = b.in(c, "training.spot_share");
            Distribution savings = c.number("training.spot_savings");
            Expr spotSavings = savings == null ? b.variable(Distribution.fixed(0), "default.training.spot_savings", "spot_savings")
                    : b.in(c, "training.spot_savings");
            Expr trainingHours = hoursPerMonth.times(num(1).minus(spotShare.times(spotSavings)));
            out.add(LineSpec.priced(ComponentType.SAGEMAKER, "Training instance-hours (" + trainingType + ", spot-adjusted)", "instance-hours",
                    PriceKeys.instance(PriceKeys.SAGEMAKER_TRAINING, trainingType), null), trainingHours);
        }
    }

    /**
     * The warning that input tokens are not counted (SPEC §12) is given where an agent uses the keys of agent loops, whose
     * bills are input-heavy; a scenario without them keeps its §4 output (decision 0016).
     */
    private static boolean usesLoopKeys(AgentPlan p) {
        return p.loops() || p.turns() != null || p.calls() != null || p.has(WorkloadKey.STEP_BUDGET) || p.isSubAgent();
    }
}
