package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;

/**
 * Retrieval per turn (issue 16, decision 0024): every query embedded (C·T·retrievals·query_tokens) and, with a
 * rerank model, reranked once. The retrieved chunks are Bedrock input: {@link Bedrock} adds them to each call's
 * fresh input, so retries, batch and the model mix apply to them.
 */
final class Retrieval implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.RETRIEVAL);
        Expr retrievals = b.in(c, "retrievals_per_turn");
        Expr queryTokens = b.in(c, "query_tokens");
        String model = c.word("embedding_model");
        String rerank = c.word("rerank");
        if (b.spec(ComponentType.BEDROCK) == null) {
            b.warnOnce("architecture " + b.architecture().name() + ": retrieval adds its chunks to Bedrock's input, but the architecture"
                    + " has no bedrock component, so retrieved_tokens_per_call is not billed (self-hosted models do not count it yet)");
        }
        for (int g = 0; g < b.agentCount(); g++) {
            Expr queries = b.agent(g).traffic(TrafficField.TURNS).times(retrievals);
            String a = b.plan(g).name();
            out.add(LineSpec.priced(ComponentType.RETRIEVAL, "Query embeddings (" + model + ")", "1M tokens",
                    PriceKeys.EMBEDDING + model, a), queries.times(queryTokens).over(1e6));
            if (!"none".equals(rerank)) {
                out.add(LineSpec.priced(ComponentType.RETRIEVAL, "Rerank queries (" + rerank + ")", "1K queries",
                        PriceKeys.RERANK + rerank, a), queries.over(1000));
            }
        }
    }
}
