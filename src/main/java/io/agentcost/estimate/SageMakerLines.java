package io.agentcost.estimate;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.pricing.PriceKeys;

/**
 * A self-hosted model endpoint (SPEC §4): fixed instances, or autoscaled instance-hours that follow
 * the output tokens it serves (all agents share the endpoint), plus optional training.
 */
final class SageMakerLines extends ComponentLines {

    private final boolean autoscale;
    private final int instances, minInstances, maxInstances, throughput, utilization, serves;
    private final int trainingHours, spotShare, spotSavings;
    private final LineSpec hosting, nonProd, training;
    private final String capWarning;

    SageMakerLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.SAGEMAKER);
        String type = c.word("instance_type");
        autoscale = "autoscale".equals(c.word("mode"));
        instances = autoscale ? -1 : b.slot(c, "instances");
        minInstances = b.slot(c, "min_instances");
        maxInstances = b.optionalSlot(c, "max_instances");
        throughput = autoscale || c.has("throughput_tokens_per_second") ? b.slot(c, "throughput_tokens_per_second") : -1;
        utilization = b.slot(c, "target_utilization");
        serves = b.slot(c, "serves_share");
        String key = PriceKeys.instance(PriceKeys.SAGEMAKER_HOSTING, type);
        hosting = LineSpec.priced(ComponentType.SAGEMAKER,
                "Endpoint instance-hours (" + type + (autoscale ? ", autoscaled" : "") + ")", "instance-hours", key, null);
        nonProd = autoscale ? LineSpec.priced(ComponentType.SAGEMAKER,
                "Endpoint instance-hours, non-production copies at min_instances (" + type + ")", "instance-hours", key, null) : null;
        String trainingType = c.word("training.instance_type");
        if (trainingType != null) {
            trainingHours = b.slot(c, "training.hours_per_month");
            spotShare = b.slot(c, "training.spot_share");
            Distribution savings = c.number("training.spot_savings");
            spotSavings = savings == null ? b.variable(Distribution.fixed(0), "default.training.spot_savings", "spot_savings")
                    : b.slot(c, "training.spot_savings");
            training = LineSpec.priced(ComponentType.SAGEMAKER, "Training instance-hours (" + trainingType + ", spot-adjusted)",
                    "instance-hours", PriceKeys.instance(PriceKeys.SAGEMAKER_TRAINING, trainingType), null);
        } else {
            trainingHours = spotShare = spotSavings = -1;
            training = null;
        }
        capWarning = autoscale
                ? "architecture " + b.architecture().name() + ": SageMaker demand exceeds max_instances; instance-hours are capped"
                + " (requests beyond capacity would queue or fail)"
                : "architecture " + b.architecture().name() + ": the fixed SageMaker endpoint cannot serve the demand at"
                + " throughput_tokens_per_second × target_utilization (add instances or autoscale)";
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double h = ev.hours;
        if (autoscale) {
            double served = 0;
            for (Traffic t : ev.agents) served += t.outputTokens;
            served *= ev.v(serves);
            double demand = served / (ev.v(throughput) * 3600 * ev.v(utilization));
            double hours = Math.max(ev.v(minInstances) * h, demand);
            if (maxInstances >= 0 && hours > ev.v(maxInstances) * h) {
                hours = ev.v(maxInstances) * h;
                ev.warn(capWarning);
            }
            sink.add(hosting, hours);
            // non-production copies of an autoscaled endpoint run at min_instances (SPEC §11.3)
            sink.add(nonProd, ev.v(minInstances) * h * (ev.fixedMultiplier - 1));
        } else {
            if (throughput >= 0) {
                double served = 0;
                for (Traffic t : ev.agents) served += t.outputTokens;
                if (served * ev.v(serves) / (ev.v(throughput) * 3600 * ev.v(utilization)) > ev.v(instances) * h) ev.warn(capWarning);
            }
            sink.add(hosting, ev.v(instances) * h * ev.fixedMultiplier);
        }
        if (training != null) {
            sink.add(training, ev.v(trainingHours) * (1 - ev.v(spotShare) * ev.v(spotSavings)));
        }
    }

    /** Autoscaled: hours = demand (affine in each agent's output tokens) floored at min_instances, capped at max_instances. */
    @Override
    ClampedLine[] clampedLines(Evaluation ev) {
        if (!autoscale) return null;
        double h = ev.hours;
        double[] weights = new double[ev.features.length];
        double perToken = ev.v(serves) / (ev.v(throughput) * 3600 * ev.v(utilization));
        for (int g = 0; g < ev.agents.length; g++) weights[g * Traffic.FEATURES + Traffic.OUTPUT_TOKENS] = perToken;
        double high = maxInstances >= 0 ? ev.v(maxInstances) * h : Double.POSITIVE_INFINITY;
        ClampedLine hours = new ClampedLine(0, weights, ev.v(minInstances) * h, high, capWarning);
        ClampedLine copies = ClampedLine.constant(ev.v(minInstances) * h * (ev.fixedMultiplier - 1));
        return training == null ? new ClampedLine[]{hours, copies}
                : new ClampedLine[]{hours, copies, ClampedLine.constant(ev.v(trainingHours) * (1 - ev.v(spotShare) * ev.v(spotSavings)))};
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        String h = f.hours();
        if (autoscale) {
            StringBuilder served = new StringBuilder("(");
            for (int g = 0; g < f.plans.length; g++) served.append(g == 0 ? "" : "+").append(f.t(g, TrafficField.OUTPUT_TOKENS));
            served.append(")*").append(f.v(serves));
            String demand = served + "/(" + f.v(throughput) + "*3600*" + f.v(utilization) + ")";
            String hours = "MAX(" + f.v(minInstances) + "*" + h + "," + demand + ")";
            // capped at max_instances (the app warns that requests beyond capacity would queue or fail)
            if (maxInstances >= 0) hours = "MIN(" + hours + "," + f.v(maxInstances) + "*" + h + ")";
            sink.add(hosting, hours);
            sink.add(nonProd, f.v(minInstances) + "*" + h + "*(" + f.fixed() + "-1)");
        } else {
            sink.add(hosting, f.v(instances) + "*" + h + "*" + f.fixed());
        }
        if (training != null) {
            sink.add(training, f.v(trainingHours) + "*(1-" + f.v(spotShare) + "*" + f.v(spotSavings) + ")");
        }
    }
}
