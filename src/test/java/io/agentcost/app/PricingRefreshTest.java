package io.agentcost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.model.LineItem;
import io.agentcost.pricing.BedrockDiscovery;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import io.agentcost.pricing.aws.AwsPriceList;
import io.agentcost.pricing.store.BulkPriceList;
import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer.Reply;
import io.agentcost.testing.PriceListServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refresh service end to end: the real SDK client against the local Price List server, a
 * copy of the bundled cache, a fixed "today" (2026-12-01, five days after the bundled 2026-11-26).
 */
class PricingRefreshTest {

    private static final String OLD = "us-east-1/2026-11-26.json";
    private static final String NEW = "us-east-1/2026-12-01.json";

    @TempDir
    Path dir;
    private Path cache;
    private PriceListServer server;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cache = PriceListFixtures.cacheCopy(dir);
        server = PriceListServer.start().allDocuments();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private PricingRefresh service(String day) {
        return new PricingRefresh(new CatalogStore(cache), Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC));
    }

    private AwsPriceList api() {
        return server.client("us-east-1");
    }

    private PricingRefresh.Report refresh(PriceListSource source) throws PricingRefresh.Failed {
        try (source) {
            return service("2026-12-01").refresh("us-east-1", source, progress::add, () -> false);
        }
    }

    private Catalog reload() throws CatalogException {
        return new CatalogStore(cache).load("us-east-1");
    }

    @Test
    void bedrockModelsThePriceListOffersAreDiscoveredFromBothServiceCodesWithTheirPrices() throws Exception {
        // documents in both formats for models the snapshot lacks (resources/pricing/README.md), beside the usual ones
        for (var d : PriceListServer.readResource("/pricing/documents/bedrock-discovery.json")) server.add((ObjectNode) d);
        PricingRefresh.Report r = refresh(api());

        // the fixture's Claude Sonnet 5 and the legacy "Claude Instant (100K)" listing are not in the snapshot either
        assertThat(r.discovered()).extracting(BedrockModel::alias)
                .containsExactlyInAnyOrder("qwen3-coder-480b-a35b", "claude-instant-100k", "claude-sonnet-5", "claude-opus-4-7");
        assertThat(r.discovered()).filteredOn(m -> m.alias().equals("claude-opus-4-7")).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Claude Opus 4.7");
            assertThat(m.endpoints()).containsExactly("global", "regional");
            assertThat(m.modelId()).isNull();
        });
        Catalog c = reload();
        // Opus 4.7: $5.00 / $25.00 global, $5.50 / $27.50 regional per 1M tokens (Units described "Million … Tokens", × 1)
        assertThat(c.price("bedrock.claude-opus-4-7.global.input").orElseThrow().firstRate()).isEqualTo(5.0);
        assertThat(c.price("bedrock.claude-opus-4-7.regional.output").orElseThrow().firstRate()).isEqualTo(27.5);
        Price qwen = c.price("bedrock.qwen3-coder-480b-a35b.input").orElseThrow();
        // $0.00022 per 1K tokens × 1,000 = $0.22 per 1M; the flex product ($0.00011) is not the standard price
        assertThat(qwen.firstRate()).isEqualTo(0.22);
        assertThat(qwen.source().serviceCode()).isEqualTo("AmazonBedrock");
        assertThat(qwen.source().usageType()).isEqualTo("USE1-Qwen3Coder480B-input-tokens");
        assertThat(qwen.fetchedDate()).isEqualTo("2026-12-01");
        assertThat(c.price("bedrock.qwen3-coder-480b-a35b.output").orElseThrow().firstRate()).isEqualTo(1.8);
        // kinds a discovered model has no product for are absent (missing in an estimate), not $0
        assertThat(c.price("bedrock.qwen3-coder-480b-a35b.cache_read")).isEmpty();
        // a model the snapshot knows is refreshed, not discovered again: gpt-oss-20b's $0.07 confirmed
        assertThat(r.unchanged()).contains("bedrock.gpt-oss-20b.input", "bedrock.gpt-oss-20b.output");
        // the models are written with their aliases and priced by the next estimate
        assertThat(c.model("claude-opus-4-7")).isPresent();
        AgentCost services = new AgentCost(cache);
        LoadResult loaded = services.parse("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, user_tokens_per_turn: 1000,
                           output_tokens_per_call: 100, bedrock_endpoint: global, model_mix: {claude-opus-4-7: 1}}
                architectures: {b: {bedrock: {}}}
                """, "opus.yaml");
        assertThat(loaded.problems()).isEmpty();
        // 1M input × $5 + 0.1M output × $25 = $7.50
        assertThat(services.estimate(loaded.scenario(), loaded.catalog(), null).results().get(0).totalUsd()).isEqualTo(7.5);
        assertThat(r.added()).containsKeys("bedrock.claude-opus-4-7.global.input", "bedrock.qwen3-coder-480b-a35b.input");
    }

    @Test
    void theAliasOfADiscoveredModelFollowsTheDocumentedRuleAsTheBundledAliasesDo() {
        assertThat(BedrockDiscovery.alias("Claude Opus 4.7 (Amazon Bedrock Edition)")).isEqualTo("claude-opus-4-7");
        assertThat(BedrockDiscovery.alias("Meta Llama 3.3 70B Instruct")).isEqualTo("llama-3-3-70b");
        assertThat(BedrockDiscovery.alias("Qwen3 Coder 480B A35B Instruct")).isEqualTo("qwen3-coder-480b-a35b");
        for (BedrockModel m : PriceListFixtures.bundled().models().values()) {
            assertThat(BedrockDiscovery.alias(m.name())).as(m.name()).isEqualTo(m.alias());
        }
    }

    @Test
    void aChangedPriceIsInTheDiffAndTheNextEstimateUsesIt() throws Exception {
        // on-demand reads go from $0.125 to $0.15 per million (0.0000001500 per RRU in the Price List)
        server.setPrice("4W4ZMC46EHE8XTTZ", "0.0000001500");
        PricingRefresh.Report r = refresh(api());

        assertThat(r.written()).isEqualTo(cache.resolve(NEW));
        assertThat(r.base()).isEqualTo(cache.resolve(OLD));
        assertThat(r.replacedSameDay()).isFalse();
        assertThat(r.changed()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("dynamodb.read_request_units");
            assertThat(c.before().firstRate()).isEqualTo(0.125);
            assertThat(c.after().firstRate()).isEqualTo(0.15);
        });
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD, NEW);

        Catalog again = reload();
        assertThat(again.snapshotDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(again.price("dynamodb.read_request_units").orElseThrow().firstRate()).isEqualTo(0.15);

        AgentCost services = new AgentCost(cache);
        LoadResult loaded = services.load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        assertThat(loaded.ok()).isTrue();
        EstimateReport estimate = services.estimate(loaded.scenario(), loaded.catalog(), null);
        assertThat(estimate.catalogDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        List<LineItem> reads = estimate.results().stream().flatMap(e -> e.lines().stream())
                .filter(l -> "dynamodb.read_request_units".equals(l.priceKey())).toList();
        assertThat(reads).isNotEmpty().allSatisfy(l -> assertThat(l.unitPriceUsd()).isEqualTo(0.15));
    }

    @Test
    void aReadOnlyInstallationRefreshesIntoTheUsersCacheAndReadsTheNewerSnapshotFromThere() throws Exception {
        // an installed app: the bundled cache cannot be written, so the refresh goes to ~/.agentcost/pricing-cache
        Path user = dir.resolve("home/.agentcost/pricing-cache");
        CatalogStore layered = new CatalogStore(List.of(cache, user), user);
        server.setPrice("4W4ZMC46EHE8XTTZ", "0.0000001500");
        PricingRefresh.Report r;
        try (AwsPriceList source = api()) {
            r = new PricingRefresh(layered, Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC))
                    .refresh("us-east-1", source, progress::add, () -> false);
        }
        assertThat(r.base()).isEqualTo(cache.resolve(OLD));
        assertThat(r.written()).isEqualTo(user.resolve(NEW));
        assertThat(PriceListFixtures.filesUnder(cache)).as("the bundled cache is untouched").containsExactly(OLD);
        assertThat(layered.latest("us-east-1")).isEqualTo(user.resolve(NEW));
        assertThat(layered.load("us-east-1").price("dynamodb.read_request_units").orElseThrow().firstRate()).isEqualTo(0.15);
        assertThat(layered.regions()).contains("us-east-1");
        // the bundled cache alone still reads its own snapshot
        assertThat(new CatalogStore(cache).load("us-east-1").snapshotDate()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void onTheBundledSnapshotsOwnDateTheUsersRefreshWins() throws Exception {
        Path user = dir.resolve("home/.agentcost/pricing-cache");
        CatalogStore layered = new CatalogStore(List.of(cache, user), user);
        server.setPrice("4W4ZMC46EHE8XTTZ", "0.0000001500");
        try (AwsPriceList source = api()) {
            new PricingRefresh(layered, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC))
                    .refresh("us-east-1", source, progress::add, () -> false);
        }
        assertThat(layered.latest("us-east-1")).isEqualTo(user.resolve(OLD));
        assertThat(layered.load("us-east-1").price("dynamodb.read_request_units").orElseThrow().firstRate()).isEqualTo(0.15);
        assertThat(new CatalogStore(cache).load("us-east-1").price("dynamodb.read_request_units").orElseThrow().firstRate()).isEqualTo(0.125);
    }

    @Test
    void aWritableInstallationKeepsOneCache() {
        Path user = dir.resolve("home/.agentcost/pricing-cache");
        CatalogStore store = CatalogStore.forInstallation(cache, user);
        assertThat(store.roots()).containsExactly(cache);
        assertThat(store.cacheDir()).isEqualTo(cache);
    }

    @Test
    void confirmedPricesCarryTheirPriceListSourceAndDates() throws Exception {
        PricingRefresh.Report r = refresh(api());
        assertThat(r.changed()).isEmpty();
        // every price with a document in test resources is confirmed at the catalog's value
        assertThat(r.unchanged()).contains("dynamodb.write_request_units", "dynamodb.storage", "lambda.x86_64.duration",
                "api_gateway.rest.requests", "bedrock.claude-sonnet-4-6.global.input", "bedrock.nova-pro.input", "bedrock.llama-3-3-70b.output");
        Price writes = reload().price("dynamodb.write_request_units").orElseThrow();
        assertThat(writes.source().kind()).isEqualTo("price_list");
        assertThat(writes.source().usageType()).isEqualTo("USE1-WriteRequestUnits");
        assertThat(writes.source().reference()).startsWith("AWS Price List GetProducts (" + server.endpoint() + "): SKU QNRFDWE3SP5DPBW9");
        assertThat(writes.effectiveDate()).isEqualTo("2026-11-01");
        assertThat(writes.fetchedDate()).isEqualTo("2026-12-01");
        // 58 Claude prices of the snapshot, and 6 kinds per price level of the two Claude models only the fixture has
        // (Sonnet 5 at two levels, the legacy Instant listing at one), and Cohere Rerank 3.5 (decision 0028): 58 + 12 + 6 + 1 = 77,
        // still one request; AmazonBedrock's one request carries the four Guardrails policies beside the models and Titan
        assertThat(progress).contains("AmazonDynamoDB: 3 prices, 3 requests", "AmazonBedrockFoundationModels: 77 prices, 1 request");
    }

    @Test
    void pricesNotFoundKeepTheirValueAndAreListedWithTheReason() throws Exception {
        PricingRefresh.Report r = refresh(api());
        assertThat(r.notRefreshed()).extracting(PricingRefresh.NotRefreshed::key)
                .contains("sagemaker.hosting.ml.g5.xlarge", "agentcore.runtime_vcpu", "xray.traces", "ec2.m6i.large");
        // every price of the snapshot is refreshed or listed; the new snapshot adds the prices of the models discovered
        assertThat(r.refreshed() + r.notRefreshed().size() + r.added().size()).isEqualTo(reload().prices().size());
        PricingRefresh.NotRefreshed sm = r.notRefreshed().stream().filter(n -> n.key().equals("sagemaker.hosting.ml.g5.xlarge")).findFirst()
                .orElseThrow();
        assertThat(sm.reason()).startsWith("no product matched AmazonSageMaker [regionCode=us-east-1, instanceType=ml.g5.xlarge]")
                .contains("[unverified: the SageMaker attribute set is NOT verified");
        Price kept = reload().price("sagemaker.hosting.ml.g5.xlarge").orElseThrow();
        assertThat(kept.firstRate()).isEqualTo(1.408);
        assertThat(kept.source().kind()).isEqualTo("third_party");
        assertThat(kept.fetchedDate()).isNull();
    }

    @Test
    void throttlingDuringARefreshIsRetriedAndTheRefreshCompletes() throws Exception {
        server.script((req, n, s) -> n == 1 ? Reply.error(400, "ThrottlingException", "Rate exceeded") : null);
        PricingRefresh.Report r = refresh(api());
        assertThat(r.unchanged()).isNotEmpty();
        assertThat(Files.exists(cache.resolve(NEW))).isTrue();
    }

    @Test
    void accessDeniedWritesNothingAndTheOldSnapshotStillLoads() throws Exception {
        server.script((req, n, s) -> Reply.error(400, "AccessDeniedException", "not authorized to perform: pricing:GetProducts"));
        assertThatThrownBy(() -> refresh(api())).isInstanceOfSatisfying(PricingRefresh.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(PriceListException.Kind.ACCESS_DENIED);
            assertThat(f.getMessage()).contains("pricing:GetProducts");
        });
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD);
        assertThat(reload().snapshotDate()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void aServerThatStopsMidWayLeavesTheOldSnapshotAndNoPartialFile() throws Exception {
        server.script((req, n, s) -> {
            if (n == 6) s.stopSoon();
            return null;
        });
        assertThatThrownBy(() -> refresh(api())).isInstanceOfSatisfying(PricingRefresh.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(PriceListException.Kind.UNREACHABLE));
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD);
        assertThat(reload().price("dynamodb.read_request_units").orElseThrow().firstRate()).isEqualTo(0.125);
    }

    @Test
    void aSourceThatThrowsMidWayLeavesTheOldSnapshotAndNoPartialFile() throws Exception {
        AtomicInteger services = new AtomicInteger();
        PriceListSource failing = new PriceListSource() {
            private final AwsPriceList inner = api();

            @Override
            public List<Answer> fetch(String serviceCode, List<List<PriceQuery.Filter>> requests) throws PriceListException {
                if (services.incrementAndGet() == 4) throw new IllegalStateException("the process died here");
                return inner.fetch(serviceCode, requests);
            }

            @Override
            public String describe() {
                return inner.describe();
            }

            @Override
            public void close() {
                inner.close();
            }
        };
        assertThatThrownBy(() -> refresh(failing)).hasMessage("the process died here");
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD);
        assertThat(reload().snapshotDate()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void aMalformedDocumentBecomesAWarningAndTheRestIsUsed() throws Exception {
        server.addRaw("AWSLambda", "{\"product\": {\"sku\": ");
        PricingRefresh.Report r = refresh(api());
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("skipped a malformed PriceList document (AWSLambda") && w.contains("not valid JSON"));
        assertThat(r.unchanged()).contains("lambda.requests", "lambda.x86_64.duration");
    }

    @Test
    void neitherTheSnapshotNorTheReportHoldsTheCredentials() throws Exception {
        server.setPrice("4W4ZMC46EHE8XTTZ", "0.0000001500");
        PricingRefresh.Report r = refresh(api());
        String written = Files.readString(r.written());
        assertThat(written).doesNotContain(PriceListFixtures.ACCESS_KEY).doesNotContain(PriceListFixtures.SECRET_KEY);
        assertThat(r.toString() + progress).doesNotContain(PriceListFixtures.ACCESS_KEY).doesNotContain(PriceListFixtures.SECRET_KEY);
    }

    @Test
    void aRefreshOnTheSnapshotsOwnDayReplacesItWhole() throws Exception {
        PricingRefresh.Report r;
        try (AwsPriceList api = api()) {
            r = service("2026-11-26").refresh("us-east-1", api, progress::add, () -> false);
        }
        assertThat(r.written()).isEqualTo(cache.resolve(OLD));
        assertThat(r.replacedSameDay()).isTrue();
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD);
        assertThat(reload().price("dynamodb.write_request_units").orElseThrow().fetchedDate()).isEqualTo("2026-11-26");
    }

    @Test
    void aSnapshotDatedAfterTodayIsNotShadowed() {
        assertThatThrownBy(() -> {
            try (AwsPriceList api = api()) {
                service("2026-11-20").refresh("us-east-1", api, progress::add, () -> false);
            }
        }).isInstanceOf(PricingRefresh.Failed.class).hasMessageContaining("is dated after today (2026-11-20)");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void nothingFoundWritesNothing() {
        PriceListServer empty = PriceListServer.start();
        try (empty; AwsPriceList api = empty.client(null)) {
            assertThatThrownBy(() -> service("2026-12-01").refresh("us-east-1", api, progress::add, () -> false))
                    .isInstanceOfSatisfying(PricingRefresh.Failed.class, f -> {
                        assertThat(f.getMessage()).startsWith("no price could be refreshed");
                        assertThat(f.notRefreshed()).hasSize(219); // every bundled price
                    });
        }
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD);
    }

    @Test
    void aCancelledRefreshWritesNothing() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> {
            try (AwsPriceList api = api()) {
                service("2026-12-01").refresh("us-east-1", api, progress::add, () -> asked.incrementAndGet() > 3);
            }
        }).isInstanceOfSatisfying(PricingRefresh.Failed.class, f -> assertThat(f.kind()).isEqualTo(PriceListException.Kind.CANCELLED));
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly(OLD);
    }

    @Test
    void aBulkRefreshReadsLocalOfferFiles() throws Exception {
        // the bulk sample's DynamoDB file has on-demand reads at $0.15 per million (src/test/resources/pricing/README.md)
        PricingRefresh.Report r = refresh(new BulkPriceList(List.of(PriceListFixtures.bulkRoot().toString()), "us-east-1"));
        assertThat(r.source()).startsWith("AWS Price List bulk offer files (");
        assertThat(r.changed()).extracting(PricingRefresh.PriceChange::key).containsExactly("dynamodb.read_request_units");
        assertThat(r.unchanged()).contains("dynamodb.write_request_units", "lambda.requests", "lambda.arm64.duration");
        assertThat(r.notRefreshed()).filteredOn(n -> n.key().equals("bedrock.nova-pro.input")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("no bulk offer file for AmazonBedrock (region us-east-1)"));
        Price reads = reload().price("dynamodb.read_request_units").orElseThrow();
        assertThat(reads.firstRate()).isEqualTo(0.15);
        assertThat(reads.source().reference()).startsWith("AWS Price List bulk offer file ").contains("offer version 20261125093000");
    }

    @Test
    void aRegionWithoutASnapshotTakesItsKeysFromAnotherAndLeavesOutWhatIsNotFound() throws Exception {
        ObjectNode reads = (ObjectNode)
                PriceListServer.readResource("/pricing/documents/dynamodb.json").get(0).deepCopy();
        ((ObjectNode) reads.path("product").path("attributes")).put("regionCode", "eu-west-1")
                .put("usagetype", "EU-ReadRequestUnits").put("location", "EU (Ireland)");
        server.add(reads);
        PricingRefresh.Report r;
        try (AwsPriceList api = api()) {
            r = service("2026-12-01").refresh("eu-west-1", api, progress::add, () -> false);
        }
        assertThat(r.templateRegion()).isEqualTo("us-east-1");
        assertThat(r.written()).isEqualTo(cache.resolve("eu-west-1/2026-12-01.json"));
        Catalog eu = new CatalogStore(cache).load("eu-west-1");
        assertThat(eu.region()).isEqualTo("eu-west-1");
        assertThat(eu.prices().keySet()).containsExactly("dynamodb.read_request_units");
        assertThat(eu.price("dynamodb.read_request_units").orElseThrow().source().usageType()).isEqualTo("EU-ReadRequestUnits");
        assertThat(eu.models()).hasSameSizeAs(PriceListFixtures.bundled().models());
    }
}
