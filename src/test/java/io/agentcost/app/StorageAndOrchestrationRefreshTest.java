package io.agentcost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.Tier;
import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `pricing refresh` of the S3, Step Functions, Secrets Manager and Guardrails prices (issue 16) with the real SDK
 * client against the local Price List server, serving /pricing/documents/storage-orchestration.json.
 */
class StorageAndOrchestrationRefreshTest {

    @TempDir
    Path dir;
    private Path cache;
    private PriceListServer server;

    @BeforeEach
    void setUp() {
        cache = PriceListFixtures.cacheCopy(dir);
        server = PriceListServer.start().documents("/pricing/documents/storage-orchestration.json");
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
    void s3StandardStorageKeepsItsThreeTiersAndIsNotConfusedWithStandardIa() throws Exception {
        PricingRefresh.Report r = refresh();
        // 0.023 / 0.022 / 0.021 per GB-Mo with boundaries 51,200 and 512,000 GB: the bundled value, confirmed
        assertThat(r.unchanged()).contains("s3.standard.storage", "s3.standard_ia.storage", "s3.standard.put_requests", "s3.standard_ia.retrieval");
        Price storage = reload().price("s3.standard.storage").orElseThrow();
        assertThat(storage.tiers()).extracting(Tier::upTo).containsExactly(51_200.0, 512_000.0, Double.POSITIVE_INFINITY);
        assertThat(storage.tiers()).extracting(Tier::usd).containsExactly(0.023, 0.022, 0.021);
        assertThat(storage.source().kind()).isEqualTo("price_list");
        assertThat(storage.source().usageType()).isEqualTo("TimedStorage-ByteHrs");
        assertThat(storage.fetchedDate()).isEqualTo("2026-12-01");
        // PUT: $0.000005 per request × 1,000 = $0.005 per 1K requests
        assertThat(reload().price("s3.standard.put_requests").orElseThrow().firstRate()).isEqualTo(0.005);
    }

    @Test
    void stepFunctionsDropsTheFreeDimensionAndConvertsGbSecondsToGbHourTiers() throws Exception {
        PricingRefresh.Report r = refresh();
        // transitions: the $0 free 4,000 dimension is dropped (the allowance stays apart); $0.000025 × 1,000 = $0.025 per 1K
        assertThat(r.unchanged()).contains("step_functions.transitions");
        // duration: per GB-second × 3,600 = per GB-hour; boundaries 3,600,000 and 18,000,000 GB-s = 1,000 and 5,000 GB-hours.
        // 0.00001667 × 3600 = 0.060012 (as bundled); 0.00000833 × 3600 = 0.029988 (bundled 0.0299875, from Infracost's
        // rounded $119.95 / 4,000); 0.00000456 × 3600 = 0.016416
        assertThat(r.changed()).extracting(PricingRefresh.PriceChange::key).containsExactly("step_functions.express_duration");
        Price duration = reload().price("step_functions.express_duration").orElseThrow();
        assertThat(duration.tiers()).extracting(Tier::upTo).containsExactly(1_000.0, 5_000.0, Double.POSITIVE_INFINITY);
        assertThat(duration.tiers()).extracting(Tier::usd).containsExactly(0.060012, 0.029988, 0.016416);
        assertThat(reload().allowance("step_functions.transitions").orElseThrow().quantity()).isEqualTo(4.0);
    }

    @Test
    void pricesWithNoDocumentOrNoKnownQueryKeepTheirValueAndSayWhy() throws Exception {
        PricingRefresh.Report r = refresh();
        List<PricingRefresh.NotRefreshed> missed = r.notRefreshed();
        // Guardrails have a query (decision 0028) but no document here: the AmazonBedrock request finds nothing for them
        assertThat(reason(missed, "guardrails.content_filters")).startsWith("no product matched AmazonBedrock")
                .contains("[unverified: usage type Guardrail-ContentPolicyUnitsConsumed");
        assertThat(reason(missed, "secrets_manager.secrets")).startsWith("no product matched AWSSecretsManager")
                .contains("[unverified: usage type AWSSecretsManager-Secret(s)");
        assertThat(reason(missed, "s3.glacier_instant_retrieval.storage")).contains("[unverified: the GIR usage types");
        assertThat(reload().price("guardrails.content_filters").orElseThrow().firstRate()).isEqualTo(0.15);
        assertThat(reload().price("secrets_manager.secrets").orElseThrow().fetchedDate()).isNull();
    }

    private static String reason(List<PricingRefresh.NotRefreshed> missed, String key) {
        return missed.stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow().reason();
    }
}
