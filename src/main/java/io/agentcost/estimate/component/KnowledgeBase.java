package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.pricing.PriceKeys;

/**
 * Knowledge-base ingestion (issue 16, decision 0024): the share of the corpus re-embedded each month,
 * corpus_gb·tokens_per_gb·reindex_share_per_month tokens, and the whole corpus once in the forecast's month 0. It is embedded once per corpus, whatever the traffic and
 * however many environments load the vectors, so neither C·T nor the non-production multiplier applies.
 */
final class KnowledgeBase implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.KNOWLEDGE_BASE);
        Expr corpus = b.in(c, "corpus_gb");
        Expr tokensPerGb = b.in(c, "tokens_per_gb");
        Expr reindex = b.in(c, "reindex_share_per_month");
        String model = c.word("embedding_model");
        Expr tokens = corpus.times(tokensPerGb);
        out.add(LineSpec.priced(ComponentType.KNOWLEDGE_BASE, "Re-embedding of the corpus (" + model + ")", "1M tokens",
                PriceKeys.EMBEDDING + model, null), tokens.times(reindex).over(1e6));
        // the whole corpus once, before the first month: the forecast's month 0, beside one_time_usd
        out.addOneTime(LineSpec.priced(ComponentType.KNOWLEDGE_BASE, "Initial embedding of the corpus (" + model + ")", "1M tokens",
                PriceKeys.EMBEDDING + model, null), tokens.over(1e6));
    }
}
