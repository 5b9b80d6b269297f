package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Retrieval, knowledge-base ingestion and the two vector stores (issue 16, decision 0024), by hand from the catalog's
 * prices: Titan Text Embeddings V2 $0.02 and Cohere Embed English v3 $0.10 per 1M tokens, Nova Micro $0.035 input /
 * $0.0175 batch input, Nova Lite $0.06 / $0.03, OpenSearch Serverless $0.24 per OCU-hour and $0.024 per GB-month,
 * S3 Vectors $0.06 per GB-month, $0.20 per GB uploaded, $2.50 per 1M queries, $0.004 / $0.002 per TB processed.
 */
class RetrievalLinesTest {

    private static final double KB_PER_GB = 1_048_576;
    private static final double KB_PER_TB = 1_073_741_824;

    @Test
    void retrievedChunksAreFreshInputOfEveryCallWithRetriesBatchAndTheModelMix() {
        // 1M turns × 2 calls × 1,000 retrieved tokens × 1.1 attempts = 2,200M tokens, half per model, 20% batch:
        // nova-micro 880M × $0.035 = $30.80 and 220M × $0.0175 = $3.85; nova-lite 880M × $0.06 = $52.80 and 220M × $0.03 = $6.60
        Estimate e = single("""
                workload:
                  monthly_conversations: 1000000
                  turns_per_conversation: 1
                  llm_calls_per_turn: 2
                  retry_rate: 0.1
                  max_retries: 1
                  batch_share: 0.2
                  system_prompt_tokens: 0
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  model_mix: {nova-micro: 0.5, nova-lite: 0.5}
                architectures:
                  a: {bedrock: {}, retrieval: {query_tokens: 20, retrieved_tokens_per_call: 1000}}
                """);
        assertThat(line(e, "nova-micro input tokens (retrieved context)").quantity()).isCloseTo(880, within(1e-9));
        assertThat(usd(e, "nova-micro input tokens (retrieved context)")).isCloseTo(30.80, within(1e-9));
        assertThat(usd(e, "nova-micro input tokens (retrieved context) (batch)")).isCloseTo(3.85, within(1e-9));
        assertThat(usd(e, "nova-lite input tokens (retrieved context)")).isCloseTo(52.80, within(1e-9));
        assertThat(usd(e, "nova-lite input tokens (retrieved context) (batch)")).isCloseTo(6.60, within(1e-9));
    }

    @Test
    void retrievedChunksAreNotCachedWhenPromptCachingIsOn() {
        // caching moves only the prefix: the 1M turns × 1,000 tokens = 1,000M retrieved tokens stay at $0.035 = $35
        Estimate e = single("""
                workload:
                  monthly_conversations: 1000000
                  turns_per_conversation: 1
                  system_prompt_tokens: 2000
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  prompt_caching: true
                  cache_hit_rate: 0.9
                  model_mix: {nova-micro: 1.0}
                architectures:
                  a: {bedrock: {}, retrieval: {query_tokens: 20, retrieved_tokens_per_call: 1000}}
                """);
        assertThat(usd(e, "nova-micro input tokens (retrieved context)")).isCloseTo(35.0, within(1e-9));
    }

    @Test
    void everyRetrievalQueryIsEmbeddedAndRerankedAtTheCatalogPriceOrReportedMissing() {
        // 1M conversations × 2 turns × 3 retrievals = 6M queries × 25 tokens = 150M tokens × $0.10 (Cohere) = $15;
        // rerank: 6,000 thousand queries × $2.00 per 1K (Cohere Rerank 3.5, third-party quotes of the Bedrock pricing page
        // read 2026-09-25, decision 0028) = $12,000
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 2}
                architectures:
                  a:
                    retrieval: {retrievals_per_turn: 3, query_tokens: 25, retrieved_tokens_per_call: 500,
                                embedding_model: cohere-embed-english-v3, rerank: cohere-rerank-3-5}
                """);
        assertThat(line(e, "Query embeddings (cohere-embed-english-v3)").quantity()).isCloseTo(150, within(1e-9));
        assertThat(usd(e, "Query embeddings (cohere-embed-english-v3)")).isCloseTo(15.0, within(1e-9));
        assertThat(line(e, "Rerank queries (cohere-rerank-3-5)").quantity()).isCloseTo(6000, within(1e-9));
        assertThat(usd(e, "Rerank queries (cohere-rerank-3-5)")).isCloseTo(12_000.0, within(1e-6));
        assertThat(e.missingPrices()).doesNotContain("rerank.cohere-rerank-3-5");
    }

    @Test
    void amazonRerankIsReportedMissingInUsEast1WhereItIsNotOffered() {
        // Amazon Rerank 1.0 is not offered in us-east-1 (decision 0028): the line keeps its quantity, 1M × 1 × 1 = 1,000
        // thousand queries, and its price is reported missing, never $0
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1}
                architectures:
                  a: {retrieval: {query_tokens: 10, retrieved_tokens_per_call: 0, rerank: amazon-rerank-1}}
                """);
        assertThat(line(e, "Rerank queries (amazon-rerank-1)").quantity()).isCloseTo(1000, within(1e-9));
        assertThat(e.missingPrices()).contains("rerank.amazon-rerank-1");
    }

    @Test
    void titanEmbedsQueriesByDefault() {
        // 1M turns × 1 retrieval × 40 tokens = 40M tokens × $0.02 = $0.80
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1}
                architectures:
                  a: {retrieval: {query_tokens: 40, retrieved_tokens_per_call: 0}}
                """);
        assertThat(usd(e, "Query embeddings (titan-text-embeddings-v2)")).isCloseTo(0.80, within(1e-9));
    }

    @Test
    void theReindexedShareOfTheCorpusIsEmbeddedEveryMonthOnceWhateverTheEnvironments() {
        // 10 GB × 268,435,456 tokens/GB × 0.25 = 671.08864M tokens × $0.02 = $13.4217728; two non-production copies change nothing
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, non_prod_environments: 2}
                architectures:
                  a: {knowledge_base: {corpus_gb: 10, reindex_share_per_month: 0.25}}
                """);
        assertThat(line(e, "Re-embedding of the corpus (titan-text-embeddings-v2)").quantity()).isCloseTo(671.08864, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(13.4217728, within(1e-9));
    }

    @Test
    void openSearchServerlessBillsItsMinimumOcusAllMonthEvenWithoutQueries() {
        // no traffic at all: 1 indexing + 1 search OCU × 730 h × $0.24 = $175.20 each, $350.40; storage 100 GB × $0.024 = $2.40
        Estimate e = single("""
                workload: {monthly_conversations: 0, turns_per_conversation: 1}
                architectures:
                  a: {opensearch_serverless: {storage_gb: 100}}
                """);
        assertThat(usd(e, "Indexing OCU-hours")).isCloseTo(175.20, within(1e-9));
        assertThat(usd(e, "Search OCU-hours")).isCloseTo(175.20, within(1e-9));
        assertThat(usd(e, "Managed storage")).isCloseTo(2.40, within(1e-9));
    }

    @Test
    void withoutRedundancyTheDevTestMinimumIsHalfAnOcuOfEachKind() {
        // 0.5 × 730 × $0.24 = $87.60 each
        Estimate e = single("""
                workload: {monthly_conversations: 0, turns_per_conversation: 1}
                architectures:
                  a: {opensearch_serverless: {redundancy: false, storage_gb: 0}}
                """);
        assertThat(usd(e, "Indexing OCU-hours")).isCloseTo(87.60, within(1e-9));
        assertThat(usd(e, "Search OCU-hours")).isCloseTo(87.60, within(1e-9));
    }

    @Test
    void openSearchCapacityIsFixedInfrastructureCopiedOutsideProduction() {
        // 3 search OCUs × 730 × $0.24 = $525.60, × (1 + 1 environment × 0.5 uptime) = $788.40; storage 50 × 0.024 × 1.5 = $1.80
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, non_prod_environments: 1, non_prod_uptime: 0.5}
                architectures:
                  a: {opensearch_serverless: {search_ocus: 3, storage_gb: 50}}
                """);
        assertThat(usd(e, "Search OCU-hours")).isCloseTo(788.40, within(1e-9));
        assertThat(usd(e, "Indexing OCU-hours")).isCloseTo(262.80, within(1e-9));
        assertThat(usd(e, "Managed storage")).isCloseTo(1.80, within(1e-9));
    }

    @Test
    void s3VectorsReproducesTheS3PricingPagesRagExample() {
        // AWS example 1: 10M vectors in 40 indexes of 250,000, 4 KB vector + 1 KB filterable + 1 KB non-filterable + 0.17 KB key,
        // 1/6 re-uploaded a month, 1M queries. Stored 6.17 KB × 10M / 1,048,576 = 58.84 GB × $0.06 = $3.53; PUT /6 × $0.20 = $1.96;
        // per query 5.17 KB × (100K at $0.004/TB + 150K at $0.002/TB) / 1,073,741,824 KB per TB, × 1M = $1.93 + $1.44; API $2.50.
        // AWS rounds the storage to 59 GB and prints $3.54 + $1.97 + $5.87 = $11.38; unrounded it is $11.36.
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1}
                architectures:
                  a:
                    s3_vectors: {vectors: 10000000, indexes: 40, dimensions: 1024, filterable_metadata_kb: 1, non_filterable_metadata_kb: 1,
                                 key_kb: 0.17, queries_per_turn: 1, put_share_per_month: 0.16666666666666666}
                """);
        double storedGb = 10_000_000 * 6.17 / KB_PER_GB;
        assertThat(usd(e, "Vector storage")).isCloseTo(storedGb * 0.06, within(1e-9));
        assertThat(usd(e, "Vector uploads (PUT)")).isCloseTo(storedGb / 6 * 0.20, within(1e-9));
        assertThat(usd(e, "Query API calls")).isCloseTo(2.50, within(1e-9));
        assertThat(usd(e, "Query data processed (first 100K vectors of the index)")).isCloseTo(1e6 * 100_000 * 5.17 / KB_PER_TB * 0.004, within(1e-9));
        assertThat(usd(e, "Query data processed (vectors beyond 100K)")).isCloseTo(1e6 * 150_000 * 5.17 / KB_PER_TB * 0.002, within(1e-9));
        assertThat(e.totalUsd()).isCloseTo(11.38, within(0.03));
    }

    @Test
    void s3VectorsQueriesFollowTheRetrievalsPerTurnWhenNotGiven() {
        // 500,000 conversations × 2 turns × 2 retrievals = 2M queries × $2.50/M = $5; 50,000 vectors of 4 KB: all in the first tier,
        // 2M × 50,000 × 4 KB / 1,073,741,824 × $0.004 = $1.490116
        Estimate e = single("""
                workload: {monthly_conversations: 500000, turns_per_conversation: 2}
                architectures:
                  a:
                    retrieval: {retrievals_per_turn: 2, query_tokens: 0, retrieved_tokens_per_call: 0}
                    s3_vectors: {vectors: 50000}
                """);
        assertThat(usd(e, "Query API calls")).isCloseTo(5.0, within(1e-9));
        assertThat(usd(e, "Query data processed (first 100K vectors of the index)")).isCloseTo(2e6 * 50_000 * 4 / KB_PER_TB * 0.004, within(1e-9));
        assertThat(line(e, "Query data processed (vectors beyond 100K)").quantity()).isZero();
    }
}
