package io.agentcost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.pricing.Catalog;
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
 * `pricing refresh` of the Bedrock Guardrails and Cohere Rerank prices (decision 0028) through the real SDK client against
 * the local Price List server, serving /pricing/documents/guardrails-rerank.json: the four ApplyGuardrail policies in three
 * unit spellings, three Guardrails products that must be left out (free PII, images, the InvokeGuardrailChecks family), and
 * Cohere Rerank v3.5 per search unit. Expected values are the catalog's, reached by the conversions written beside them.
 */
class GuardrailsAndRerankRefreshTest {

    @TempDir
    Path dir;
    private Path cache;
    private PriceListServer server;

    @BeforeEach
    void setUp() {
        cache = PriceListFixtures.cacheCopy(dir);
        server = PriceListServer.start().documents("/pricing/documents/guardrails-rerank.json");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private PricingRefresh.Report refresh() throws PricingRefresh.Failed {
        PricingRefresh service = new PricingRefresh(new CatalogStore(cache), Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
        try (PriceListSource source = server.client("us-east-1")) {
            return service.refresh("us-east-1", source, m -> { }, () -> false);
        }
    }

    private Catalog reload() throws Exception {
        return new CatalogStore(cache).load("us-east-1");
    }

    @Test
    void theFourGuardrailsPoliciesAreConfirmedWhicheverWayTheUnitIsSpelt() throws Exception {
        // content: $0.15 per "1K units" (×1); topics: $0.15 per "Units" described "per 1K text units" (×1);
        // sensitive information: $0.0001 per "TextUnit" × 1,000 = $0.10 per 1K; grounding: $0.10 per "1K units" (×1).
        // The bundled catalog holds 0.15, 0.15, 0.10, 0.10 per 1K text units (third-party quotes of the Bedrock pricing page).
        PricingRefresh.Report r = refresh();
        assertThat(r.changed()).isEmpty();
        assertThat(r.unchanged()).contains("guardrails.content_filters", "guardrails.denied_topics", "guardrails.sensitive_information",
                "guardrails.contextual_grounding");
        Catalog c = reload();
        assertThat(c.price("guardrails.sensitive_information").orElseThrow().firstRate()).isEqualTo(0.10);
        Price content = c.price("guardrails.content_filters").orElseThrow();
        assertThat(content.firstRate()).isEqualTo(0.15);
        assertThat(content.source().kind()).isEqualTo("price_list");
        assertThat(content.source().usageType()).isEqualTo("USE1-Guardrail-ContentPolicyUnitsConsumed");
        assertThat(content.fetchedDate()).isEqualTo("2026-12-01");
    }

    @Test
    void theFreePiiTheImageAndTheGuardrailChecksProductsAreNotTakenForAPolicy() throws Exception {
        // were the $0 regex-PII, the $0.75-per-1K-images or the $0.00007 InvokeGuardrailChecks product read, content filters
        // would become 0.75 or 0.07 and sensitive information 0: a raised content price must come from its own SKU only
        server.setPrice("GRCONTENTTXT0001", "0.2000000000");
        PricingRefresh.Report r = refresh();
        assertThat(r.changed()).extracting(PricingRefresh.PriceChange::key).containsExactly("guardrails.content_filters");
        assertThat(reload().price("guardrails.content_filters").orElseThrow().firstRate()).isEqualTo(0.20);
        assertThat(reload().price("guardrails.sensitive_information").orElseThrow().firstRate()).isEqualTo(0.10);
    }

    @Test
    void cohereRerankIsReadPerSearchUnitAndIsNotDiscoveredAsAChatModel() throws Exception {
        // $0.002 per search unit (one query of up to 100 documents) × 1,000 = $2.00 per 1K queries, as bundled
        PricingRefresh.Report r = refresh();
        assertThat(r.unchanged()).contains("rerank.cohere-rerank-3-5");
        Catalog c = reload();
        Price rerank = c.price("rerank.cohere-rerank-3-5").orElseThrow();
        assertThat(rerank.firstRate()).isEqualTo(2.0);
        assertThat(rerank.source().kind()).isEqualTo("price_list");
        // the Marketplace product "Cohere Rerank v3.5 (Amazon Bedrock Edition)" is a rerank model, never a model_mix model
        assertThat(c.models()).doesNotContainKey("cohere-rerank-v3-5");
        assertThat(r.notRefreshed()).noneMatch(n -> n.key().startsWith("bedrock.cohere"));
    }
}
