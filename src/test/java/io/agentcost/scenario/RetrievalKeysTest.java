package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input of the retrieval components (issue 16 point 5): one message each, with file, line and key path
 * ("test.yaml:LINE:COL: path: message"). Lines are counted from the text block's first line, marked {@code # <- line N}.
 */
class RetrievalKeysTest {

    private static final String WORKLOAD = "workload: {monthly_conversations: 1000, turns_per_conversation: 2}\n";

    private static void onlyProblem(String yaml, int line, String path, String... words) {
        List<String> problems = Fixtures.problems(yaml);
        assertThat(problems).as("problems").hasSize(1);
        assertThat(problems.get(0)).startsWith("test.yaml:" + line + ":").contains(": " + path + ": ").contains(words);
    }

    @Test
    void aNegativeCorpusSizeIsRejectedAtItsKey() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    knowledge_base: {corpus_gb: -5}   # <- line 4
                """, 4, "architectures.a.knowledge_base.corpus_gb", "-5");
    }

    @Test
    void aNegativeVectorCountIsRejectedAtItsKey() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    s3_vectors:
                      queries_per_turn: 1
                      vectors: -1                     # <- line 6
                """, 6, "architectures.a.s3_vectors.vectors", "-1");
    }

    @Test
    void anUnknownEmbeddingModelNamesTheCatalogsModels() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    retrieval:
                      query_tokens: 20
                      retrieved_tokens_per_call: 800
                      embedding_model: titan-embed-v9  # <- line 7
                """, 7, "architectures.a.retrieval.embedding_model", "titan-embed-v9", "titan-text-embeddings-v2");
    }

    @Test
    void searchOcusBelowTheServiceMinimumAreAnErrorAtTheirKey() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    opensearch_serverless:
                      storage_gb: 10
                      search_ocus: 0.5                # <- line 6
                """, 6, "architectures.a.opensearch_serverless.search_ocus", "below the service's minimum of 1", "redundancy: false");
    }

    @Test
    void withoutRedundancyHalfAnOcuIsAllowedButLessIsNot() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    opensearch_serverless:
                      redundancy: false
                      storage_gb: 10
                      indexing_ocus: {uniform: [0.25, 2]}  # <- line 7
                      search_ocus: 0.5
                """, 7, "architectures.a.opensearch_serverless.indexing_ocus", "0.25 OCUs is below the service's minimum of 0.5");
    }

    @Test
    void theCorpusAndTheQueriesMustBeEmbeddedByTheSameModel() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    retrieval: {query_tokens: 20, retrieved_tokens_per_call: 800}
                    knowledge_base:
                      corpus_gb: 1
                      embedding_model: cohere-embed-english-v3   # <- line 7
                """, 7, "architectures.a.knowledge_base.embedding_model", "titan-text-embeddings-v2");
    }

    @Test
    void s3VectorsWithoutRetrievalNeedsItsQueriesPerTurn() {
        onlyProblem(WORKLOAD + """
                architectures:
                  a:
                    s3_vectors: {vectors: 1000}       # <- line 4
                """, 4, "architectures.a.s3_vectors.queries_per_turn", "required without a retrieval component");
    }

    @Test
    void retrievalNeedsItsTokenCounts() {
        List<String> problems = Fixtures.problems(WORKLOAD + """
                architectures:
                  a:
                    retrieval: {rerank: amazon-rerank-1}   # <- line 4
                """);
        assertThat(problems).hasSize(2).allMatch(p -> p.startsWith("test.yaml:4:"));
        assertThat(String.join("\n", problems)).contains("retrieval.query_tokens: required", "retrieval.retrieved_tokens_per_call: required");
    }

    @Test
    void theChoicesEditorOffersTheCatalogsEmbeddingModelsAndTheRedundancySwitch() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/rag-support-agent.yaml"));
        LoadResult r = Fixtures.load(text);
        List<ChoiceSite> sites = YamlChoices.sites(text, r.catalog(), List.of("us-east-1"));
        ChoiceSite model = sites.stream().filter(c -> c.path().equals("architectures.s3_vectors.retrieval.embedding_model")).findFirst()
                .orElseThrow();
        assertThat(model.value()).isEqualTo("titan-text-embeddings-v2");
        assertThat(model.origin()).isEqualTo(ChoiceSite.Origin.DEFAULT);
        assertThat(model.options()).containsExactlyInAnyOrder("titan-text-embeddings-v2", "cohere-embed-english-v3", "cohere-embed-multilingual-v3");
        ChoiceSite redundancy = sites.stream().filter(c -> c.path().equals("architectures.opensearch.opensearch_serverless.redundancy"))
                .findFirst().orElseThrow();
        assertThat(redundancy.options()).containsExactly("true", "false");
        assertThat(sites).anyMatch(c -> c.path().equals("architectures.aurora_pgvector.retrieval.rerank") && c.value().equals("none"));
    }
}
