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
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.PriceKeys;

/**
 * Bedrock tokens per agent and model (SPEC §4): the cacheable prefix, fresh input and output, split into
 * cache reads and writes when prompt caching is on, and into batch and on-demand by batch_share. Bedrock
 * bills the calls SageMaker does not serve.
 */
final class Bedrock implements Component {

    private static final String[] PLAIN = {"input", "input", "output"};
    private static final String[] CACHED = {"cache_read", "cache_write", "input", "output"};

    @Override
    public void addLines(Build b, Lines out) {
        var sagemaker = b.spec(ComponentType.SAGEMAKER);
        Expr bedrockShare = sagemaker == null ? null : num(1).minus(b.in(sagemaker, "serves_share"));
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage agent = b.agent(g);
            AgentPlan a = agent.plan();
            Expr[] tokens = tokens(agent, a.caching());
            String[] kinds = a.caching() ? CACHED : PLAIN;
            Expr batchShare = agent.w(WorkloadKey.BATCH_SHARE);
            for (int m = 0; m < a.models().size(); m++) {
                BedrockModel model = b.catalog().model(a.models().get(m)).orElseThrow();
                boolean offered = !"not_offered".equals(model.batch());
                boolean batchInApp = a.mayBePositive(WorkloadKey.BATCH_SHARE);
                if (batchInApp && !offered) {
                    b.warnOnce(model.alias() + " has no batch offer on Bedrock: its batch_share is billed on demand");
                }
                Expr share = b.usage().share(g, m);
                share = (bedrockShare == null ? share : share.times(bedrockShare)).over(1e6);
                for (int k = 0; k < kinds.length; k++) {
                    LineSpec onDemand = tokenLine(b, a, model, kinds[k], k == 0 && !a.caching());
                    Expr q = share.times(tokens[k]);
                    if (!offered) {
                        out.add(onDemand, q);
                        continue;
                    }
                    // the batch line exists in the app when batch_share can be above 0; else only as the workbook's lever
                    out.add(onDemand, q.times(batchShare.complement()));
                    out.add(batchLine(model, onDemand, kinds[k]), q.times(batchShare), batchInApp);
                }
            }
        }
    }

    /** Kinds {input (prefix), input (fresh), output} without caching: P, F, Out; with caching {cache_read, cache_write, input, output}: hP, (1−h)P, F, Out. */
    private static Expr[] tokens(AgentUsage agent, boolean caching) {
        Expr p = agent.traffic(TrafficField.PREFIX_TOKENS);
        Expr f = agent.traffic(TrafficField.FRESH_TOKENS);
        Expr o = agent.traffic(TrafficField.OUTPUT_TOKENS);
        if (!caching) return new Expr[]{p, f, o};
        Expr h = agent.w(WorkloadKey.CACHE_HIT_RATE);
        return new Expr[]{h.times(p), h.complement().times(p), f, o};
    }

    private static LineSpec tokenLine(Build b, AgentPlan a, BedrockModel model, String kind, boolean prefixAsInput) {
        String endpoint = model.hasTwoEndpoints() ? a.endpoint() : "regional";
        String key = PriceKeys.bedrock(model, endpoint, kind);
        String label = switch (kind) {
            case "cache_read" -> "cache read tokens";
            case "cache_write" -> "cache write tokens";
            case "output" -> "output tokens";
            default -> prefixAsInput ? "input tokens (system prompt and history)" : "input tokens (new user input)";
        };
        String name = model.alias() + " " + label + (model.hasTwoEndpoints() ? " [" + endpoint + "]" : "");
        if (kind.equals("cache_write") && b.catalog().price(key).isEmpty()) {
            // SPEC §4: cache writes bill at the input price where the model lists no write price
            key = PriceKeys.bedrock(model, endpoint, "input");
            name = name + " at input price";
        }
        return LineSpec.priced(ComponentType.BEDROCK, name, "1M tokens", key, a.name());
    }

    private static LineSpec batchLine(BedrockModel model, LineSpec onDemand, String kind) {
        String name = onDemand.name() + " (batch)";
        if ("listed".equals(model.batch()) && (kind.equals("input") || kind.equals("output"))) {
            return onDemand.withKey(PriceKeys.bedrock(model, "regional", "batch_" + kind), name);
        }
        // SPEC §11.6: 50% of the line's own on-demand price where no batch price is listed
        return onDemand.withFactor(0.5, name + " at 50%");
    }
}
