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
    /** Batch lines of models that offer batch when the scenario's batch_share is 0: the workbook's batch lever moves them. */
    private final LineSpec[][][] leverBatch;

    BedrockLines(Build b) {
        this.agents = b.agents();
        var sagemaker = b.spec(ComponentType.SAGEMAKER);
        this.servesSlot = sagemaker == null ? -1 : b.slot(sagemaker, "serves_share");
        onDemand = new LineSpec[agents.length][][];
        batch = new LineSpec[agents.length][][];
        leverBatch = new LineSpec[agents.length][][];
        for (int g = 0; g < agents.length; g++) {
            AgentPlan a = agents[g];
            onDemand[g] = new LineSpec[a.models().size()][];
            batch[g] = new LineSpec[a.models().size()][];
            leverBatch[g] = new LineSpec[a.models().size()][];
            for (int m = 0; m < a.models().size(); m++) {
                BedrockModel model = b.catalog().model(a.models().get(m)).orElseThrow();
                String[] kinds = a.caching() ? CACHED : PLAIN;
                onDemand[g][m] = new LineSpec[kinds.length];
                batch[g][m] = new LineSpec[kinds.length];
                leverBatch[g][m] = new LineSpec[kinds.length];
                boolean offered = !"not_offered".equals(model.batch());
                boolean batchLines = a.mayBePositive(WorkloadKey.BATCH_SHARE);
                if (batchLines && "not_offered".equals(model.batch())) {
                    b.warnOnce(model.alias() + " has no batch offer on Bedrock: its batch_share is billed on demand");
                    batchLines = false;
                }
                for (int k = 0; k < kinds.length; k++) {
                    onDemand[g][m][k] = tokenLine(b, a, model, kinds[k], k == 0 && !a.caching());
                    if (batchLines) batch[g][m][k] = batchLine(b, model, onDemand[g][m][k], kinds[k]);
                    else if (offered && !a.mayBePositive(WorkloadKey.BATCH_SHARE)) {
                        leverBatch[g][m][k] = batchLine(b, model, onDemand[g][m][k], kinds[k]);
                    }
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
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        double bedrockShare = servesSlot < 0 ? 1 : 1 - ev.v(servesSlot);
        for (int g = 0; g < agents.length; g++) {
            Traffic t = ev.agents[g];
            boolean caching = agents[g].caching();
            double h = t.get(WorkloadKey.CACHE_HIT_RATE);
            double bShare = t.get(WorkloadKey.BATCH_SHARE);
            for (int m = 0; m < onDemand[g].length; m++) {
                double share = agents[g].shares()[m] * bedrockShare / MILLION;
                LineSpec[] od = onDemand[g][m];
                LineSpec[] bt = batch[g][m];
                for (int k = 0; k < od.length; k++) {
                    double q = share * (caching ? cached(k, t, h) : plain(k, t));
                    double b = bt[k] == null ? 0 : bShare;
                    sink.add(od[k], q * (1 - b));
                    if (bt[k] != null) sink.add(bt[k], q * b);
                }
            }
        }
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        String bedrockShare = servesSlot < 0 ? "" : "*(1-" + f.v(servesSlot) + ")";
        for (int g = 0; g < agents.length; g++) {
            boolean caching = agents[g].caching();
            String h = f.w(g, WorkloadKey.CACHE_HIT_RATE);
            String bShare = f.w(g, WorkloadKey.BATCH_SHARE);
            String[] tokens = caching
                    ? new String[]{h + "*" + f.t(g, TrafficField.PREFIX_TOKENS), "(1-" + h + ")*" + f.t(g, TrafficField.PREFIX_TOKENS),
                    f.t(g, TrafficField.FRESH_TOKENS), f.t(g, TrafficField.OUTPUT_TOKENS)}
                    : new String[]{f.t(g, TrafficField.PREFIX_TOKENS), f.t(g, TrafficField.FRESH_TOKENS), f.t(g, TrafficField.OUTPUT_TOKENS)};
            for (int m = 0; m < onDemand[g].length; m++) {
                String share = f.refs.modelShare(f.phase, g, m) + bedrockShare;
                LineSpec[] od = onDemand[g][m];
                for (int k = 0; k < od.length; k++) {
                    String q = share + "*" + tokens[k] + "/1000000";
                    LineSpec bt = batch[g][m][k] != null ? batch[g][m][k] : leverBatch[g][m][k];
                    if (bt == null) {
                        sink.add(od[k], q);
                        continue;
                    }
                    sink.add(od[k], q + "*(1-" + bShare + ")");
                    if (batch[g][m][k] != null) sink.add(bt, q + "*" + bShare);
                    else sink.addWorkbookOnly(bt, q + "*" + bShare);
                }
            }
        }
    }

    /** Kinds {cache_read, cache_write, input, output}: hP, (1−h)P, F, Out. */
    private static double cached(int kind, Traffic t, double h) {
        return switch (kind) {
            case 0 -> h * t.prefixTokens;
            case 1 -> (1 - h) * t.prefixTokens;
            case 2 -> t.freshTokens;
            default -> t.outputTokens;
        };
    }

    /** Kinds {input (prefix), input (fresh), output}: P, F, Out. */
    private static double plain(int kind, Traffic t) {
        return switch (kind) {
            case 0 -> t.prefixTokens;
            case 1 -> t.freshTokens;
            default -> t.outputTokens;
        };
    }
}
