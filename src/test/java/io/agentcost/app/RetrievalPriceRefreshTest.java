package io.agentcost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `pricing refresh` of the retrieval prices (issue 16) through the real SDK client against the local Price List server,
 * whose documents (src/test/resources/pricing/documents/retrieval.json) hold Titan Text Embeddings V2 at $0.00002 per 1K
 * tokens and OpenSearch Serverless indexing and search OCUs at $0.24 per OCU-hour.
 */
class RetrievalPriceRefreshTest {

    @TempDir
    Path dir;
    private Path cache;
    private PriceListServer server;

    @BeforeEach
    void setUp() {
        cache = PriceListFixtures.cacheCopy(dir);
        server = PriceListServer.start().allDocuments();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private PricingRefresh.Report refresh() throws PricingRefresh.Failed {
        try (PriceListSource source = server.client("us-east-1")) {
            return new PricingRefresh(new CatalogStore(cache), Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC))
                    .refresh("us-east-1", source, m -> { }, () -> false);
        }
    }

    private Catalog reload() throws CatalogException {
        return new CatalogStore(cache).load("us-east-1");
    }

    @Test
    void titanEmbeddingsAndOpenSearchOcusAreConfirmedFromThePriceList() throws Exception {
        // $0.00002 per 1K tokens × 1,000 = $0.02 per 1M tokens, as bundled; $0.24 per OCU-hour, as bundled
        PricingRefresh.Report r = refresh();
        assertThat(r.unchanged()).contains("embedding.titan-text-embeddings-v2", "opensearch_serverless.indexing_ocu",
                "opensearch_serverless.search_ocu");
        Price titan = reload().price("embedding.titan-text-embeddings-v2").orElseThrow();
        assertThat(titan.firstRate()).isEqualTo(0.02);
        assertThat(titan.source().kind()).isEqualTo("price_list");
        assertThat(titan.source().usageType()).isEqualTo("USE1-TitanEmbeddingsV2-Text-input-tokens");
        assertThat(reload().price("opensearch_serverless.search_ocu").orElseThrow().source().usageType()).isEqualTo("USE1-SearchOCU");
    }

    @Test
    void aChangedOcuPriceIsRefreshed() throws Exception {
        // the server now sells search OCUs at $0.26
        server.setPrice("AOSSSEARCHOCU001", "0.2600000000");
        PricingRefresh.Report r = refresh();
        assertThat(r.changed()).extracting(PricingRefresh.PriceChange::key).containsExactly("opensearch_serverless.search_ocu");
        assertThat(reload().price("opensearch_serverless.search_ocu").orElseThrow().firstRate()).isEqualTo(0.26);
        assertThat(reload().price("opensearch_serverless.indexing_ocu").orElseThrow().firstRate()).isEqualTo(0.24);
    }

    @Test
    void pricesWithoutAKnownQueryKeepTheirValueAndSayWhy() throws Exception {
        PricingRefresh.Report r = refresh();
        assertThat(r.notRefreshed()).filteredOn(n -> n.key().startsWith("s3_vectors.")).hasSize(5)
                .allSatisfy(n -> assertThat(n.reason()).contains("S3 pricing page"));
        assertThat(r.notRefreshed()).filteredOn(n -> n.key().equals("embedding.cohere-embed-english-v3")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("AmazonBedrockFoundationModels"));
        assertThat(reload().price("s3_vectors.storage").orElseThrow().firstRate()).isEqualTo(0.06);
    }
}
