package io.agentcost.estimate;

import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.PriceKeys;

/**
 * Bedrock tokens per agent and model (SPEC §4): the cacheable prefix, fresh input and output,
 * split into cache reads and writes when prompt caching is on, and into batch and on-demand
 * by batch_share. Bedrock bills the calls SageMaker does not serve.
 */
final class BedrockLines extends ComponentLines {

    private static final double MILLION = 1e6;
    private static final String[] PLAIN = {"input", "input", "output"};
    private static final String[] CACHED = {"cache_read", "cache_write", "input", "output"};

    private final AgentPlan[] agents;
    private final int servesSlot;
    /** [agent][model][kind] on-demand and batch specs; batch entries null when there is no batch line. */
    private final LineSpec[][][] onDemand;
    private final LineSpec[][][] batch;
    private final double[] scratch = new double[4];

    BedrockLines(Build b) {
        this.agents = b.agents();
        var sagemaker = b.spec(ComponentType.SAGEMAKER);
        this.servesSlot = sagemaker == null ? -1 : b.slot(sagemaker, "serves_share");
        onDemand = new LineSpec[agents.length][][];
        batch = new LineSpec[agents.length][][];
        for (int g = 0; g < agents.length; g++) {
            AgentPlan a = agents[g];
            onDemand[g] = new LineSpec[a.models().size()][];
            batch[g] = new LineSpec[a.models().size()][];
            for (int m = 0; m < a.models().size(); m++) {
                BedrockModel model = b.catalog().model(a.models().get(m)).orElseThrow();
                String[] kinds = a.caching() ? CACHED : PLAIN;
                onDemand[g][m] = new LineSpec[kinds.length];
                batch[g][m] = new LineSpec[kinds.length];
                boolean batchLines = a.mayBePositive(WorkloadKey.BATCH_SHARE);
                if (batchLines && "not_offered".equals(model.batch())) {
                    b.warnOnce(model.alias() + " has no batch offer on Bedrock: its batch_share is billed on demand");
                    batchLines = false;
                }
                for (int k = 0; k < kinds.length; k++) {
                    onDemand[g][m][k] = tokenLine(b, a, model, kinds[k], k == 0 && !a.caching());
                    if (batchLines) batch[g][m][k] = batchLine(b, model, onDemand[g][m][k], kinds[k]);
                }
            }
        }
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

    private static LineSpec batchLine(Build b, BedrockModel model, LineSpec onDemand, String kind) {
        String name = onDemand.name() + " (batch)";
        if ("listed".equals(model.batch()) && (kind.equals("input") || kind.equals("output"))) {
            return onDemand.withKey(PriceKeys.bedrock(model, "regional", "batch_" + kind), name);
        }
        // SPEC §11.6: 50% of the line's own on-demand price where no batch price is listed
        return onDemand.withFactor(0.5, name + " at 50%");
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double bedrockShare = servesSlot < 0 ? 1 : 1 - ev.v(servesSlot);
        double[] q = scratch;
        for (int g = 0; g < agents.length; g++) {
            Traffic t = ev.agents[g];
            double h = t.get(WorkloadKey.CACHE_HIT_RATE);
            double bShare = t.get(WorkloadKey.BATCH_SHARE);
            for (int m = 0; m < onDemand[g].length; m++) {
                double share = agents[g].shares()[m] * bedrockShare / MILLION;
                int n;
                if (agents[g].caching()) {
                    q[0] = h * t.prefixTokens;
                    q[1] = (1 - h) * t.prefixTokens;
                    q[2] = t.freshTokens;
                    q[3] = t.outputTokens;
                    n = 4;
                } else {
                    q[0] = t.prefixTokens;
                    q[1] = t.freshTokens;
                    q[2] = t.outputTokens;
                    n = 3;
                }
                for (int k = 0; k < n; k++) {
                    LineSpec batchSpec = batch[g][m][k];
                    double b = batchSpec == null ? 0 : bShare;
                    sink.add(onDemand[g][m][k], q[k] * share * (1 - b));
                    if (batchSpec != null) sink.add(batchSpec, q[k] * share * b);
                }
            }
        }
    }
}
