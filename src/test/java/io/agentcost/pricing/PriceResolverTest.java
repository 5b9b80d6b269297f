package io.agentcost.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.pricing.store.PriceListDocuments;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Choosing and converting a price among PriceList documents. Expected values are the catalog's
 * (aws-pricing-facts.md sections named beside them); the documents are in test resources.
 */
class PriceResolverTest {

    private static final Catalog CATALOG = PriceListFixtures.bundled();
    private static final String TODAY = "2026-12-01";

    private static PriceResolver.Resolution resolve(String key, String resource) {
        return resolve(CATALOG, key, PriceListFixtures.products(resource));
    }

    /** As a source answers: the products matching the query's TERM_MATCH filters, then the resolver's choice among them. */
    private static PriceResolver.Resolution resolve(Catalog c, String key, List<PriceListProduct> products) {
        PriceQuery q = PriceListQueries.forKey(key, c).orElseThrow(() -> new AssertionError("no query for " + key));
        List<PriceListProduct> answered = products.stream().filter(p -> PriceQuery.matchesAll(q.filters(), p)).toList();
        return PriceResolver.resolve(q, c.price(key).orElseThrow(), answered, "AWS Price List GetProducts (test)", TODAY);
    }

    private static Price found(PriceResolver.Resolution r) {
        assertThat(r.reason()).as("not found").isNull();
        return r.price();
    }

    @Test
    void dynamoDbReadRequestUnitsArePricedPerMillionAndTheStandardIaVariantIsLeftOut() {
        // facts §2: $0.125 per million RRU, SKU 4W4ZMC46EHE8XTTZ; the IA product ($0.156) is in the same group
        Price p = found(resolve("dynamodb.read_request_units", "/pricing/documents/dynamodb.json"));
        assertThat(p.tiers()).containsExactly(new Tier(Double.POSITIVE_INFINITY, 0.125));
        assertThat(p.source().kind()).isEqualTo("price_list");
        assertThat(p.source().serviceCode()).isEqualTo("AmazonDynamoDB");
        assertThat(p.source().usageType()).isEqualTo("USE1-ReadRequestUnits");
        assertThat(p.source().reference()).contains("SKU 4W4ZMC46EHE8XTTZ", "rate code 4W4ZMC46EHE8XTTZ.JRTCKXETXF.6YS6EN2CT7",
                "offer version 20261120103000");
        assertThat(p.effectiveDate()).isEqualTo("2026-11-01");
        assertThat(p.fetchedDate()).isEqualTo(TODAY);
        assertThat(p.unit()).isEqualTo("1M read request units");
    }

    @Test
    void dynamoDbStorageDropsTheFree25GbFirstDimension() {
        // facts §2: $0.25 per GB-month, first 25 GB free; the catalog applies no free tier here (docs/pricing-catalog.md)
        Price p = found(resolve("dynamodb.storage", "/pricing/documents/dynamodb.json"));
        assertThat(p.tiers()).containsExactly(new Tier(Double.POSITIVE_INFINITY, 0.25));
    }

    @Test
    void lambdaDurationKeepsItsThreeTiersWithAbsoluteBoundaries() {
        // facts §3: $0.0000166667 first 6B GB-s, $0.000015 next 9B, $0.0000133334 over 15B; the China free-tier SKU is left out
        Price p = found(resolve("lambda.x86_64.duration", "/pricing/documents/lambda.json"));
        assertThat(p.tiers()).containsExactly(new Tier(6e9, 0.0000166667), new Tier(15e9, 0.000015),
                new Tier(Double.POSITIVE_INFINITY, 0.0000133334));
        assertThat(p.sameRates(CATALOG.price("lambda.x86_64.duration").orElseThrow())).isTrue();
    }

    @Test
    void aFreeTierFirstDimensionIsDroppedBecauseTheCatalogKeepsTheAllowanceApart() {
        // the $0 0–400,000 GB-s dimension is Lambda's free tier, which the catalog holds as an allowance (400,000 GB-seconds)
        Price p = found(resolve("lambda.x86_64.duration", "/pricing/documents/lambda-free-tier-dimension.json"));
        assertThat(p.tiers()).containsExactly(new Tier(6e9, 0.0000166667), new Tier(15e9, 0.000015),
                new Tier(Double.POSITIVE_INFINITY, 0.0000133334));
        assertThat(p.tiers()).noneMatch(t -> t.usd() == 0);
        assertThat(CATALOG.allowance("lambda.duration").orElseThrow().quantity()).isEqualTo(400_000);
    }

    @Test
    void lambdaRequestsAndStorageConvertToCatalogUnits() {
        // facts §3: $0.20 per 1M requests (SKU GU2ZS9HVP6QTQ7KE = 0.0000002000), ephemeral storage $0.0000000309 per GB-s
        assertThat(found(resolve("lambda.requests", "/pricing/documents/lambda.json")).firstRate()).isEqualTo(0.2);
        assertThat(found(resolve("lambda.ephemeral_storage", "/pricing/documents/lambda.json")).firstRate()).isEqualTo(0.0000000309);
        assertThat(found(resolve("lambda.arm64.duration", "/pricing/documents/lambda.json")).tiers())
                .containsExactly(new Tier(7.5e9, 0.0000133334), new Tier(18.75e9, 0.0000120001), new Tier(Double.POSITIVE_INFINITY, 0.0000106667));
    }

    @Test
    void apiGatewayRestTiersConvertFromRequestsToMillions() {
        // facts §7: $3.50/M first 333M, $2.80/M next 667M, $2.38/M next 19B, $1.51/M over 20B
        Price p = found(resolve("api_gateway.rest.requests", "/pricing/documents/apigateway.json"));
        assertThat(p.tiers()).containsExactly(new Tier(333, 3.5), new Tier(1000, 2.8), new Tier(20000, 2.38),
                new Tier(Double.POSITIVE_INFINITY, 1.51));
        assertThat(found(resolve("api_gateway.http.requests", "/pricing/documents/apigateway.json")).tiers())
                .containsExactly(new Tier(300, 1.0), new Tier(Double.POSITIVE_INFINITY, 0.9));
        assertThat(found(resolve("api_gateway.websocket.connection_minutes", "/pricing/documents/apigateway.json")).firstRate())
                .isEqualTo(0.25);
    }

    @Test
    void claudeRegionalAndGlobalAreDifferentUsageTypesAndVariantsAreLeftOut() {
        // facts §1.1: Sonnet 4.6 USE1-MP:USE1_InputTokenCount-Units 3.30 (regional), ..._Global-Units 3.00; output 16.50 / 15.00.
        // Batch (1.65), long-context (6.60) and reserved (2.80) input products share the response and must not be taken.
        String docs = "/pricing/documents/bedrock-foundation-models.json";
        Price regional = found(resolve("bedrock.claude-sonnet-4-6.regional.input", docs));
        assertThat(regional.firstRate()).isEqualTo(3.3);
        assertThat(regional.source().usageType()).isEqualTo("USE1-MP:USE1_InputTokenCount-Units");
        assertThat(found(resolve("bedrock.claude-sonnet-4-6.global.input", docs)).firstRate()).isEqualTo(3.0);
        assertThat(found(resolve("bedrock.claude-sonnet-4-6.regional.output", docs)).firstRate()).isEqualTo(16.5);
        assertThat(found(resolve("bedrock.claude-sonnet-4-6.global.output", docs)).firstRate()).isEqualTo(15.0);
        assertThat(found(resolve("bedrock.claude-haiku-4-5.regional.input", docs)).firstRate()).isEqualTo(1.1);
    }

    @Test
    void cacheAndBatchPricesAreTakenOnlyForTheirOwnKeys() {
        // facts §1.2: Sonnet 4.6 cache read 0.33 regional, cache write 3.75 global; Claude 3 Haiku batch 0.125 / 0.625
        String docs = "/pricing/documents/bedrock-foundation-models.json";
        assertThat(found(resolve("bedrock.claude-sonnet-4-6.regional.cache_read", docs)).firstRate()).isEqualTo(0.33);
        assertThat(found(resolve("bedrock.claude-sonnet-4-6.global.cache_write", docs)).firstRate()).isEqualTo(3.75);
        assertThat(found(resolve("bedrock.claude-3-haiku.batch_input", docs)).firstRate()).isEqualTo(0.125);
        assertThat(found(resolve("bedrock.claude-3-haiku.batch_output", docs)).firstRate()).isEqualTo(0.625);
        assertThat(found(resolve("bedrock.claude-3-haiku.input", docs)).firstRate()).isEqualTo(0.25);
    }

    @Test
    void fifthGenerationUsageTypesResolveTheSameWay() {
        // facts §1.2/§9.2: 5th-gen models use USE1-MP:USE1_input_tokens_standard-Units / ..._global_standard-Units
        List<BedrockModel> models = new ArrayList<>(CATALOG.models().values());
        models.add(new BedrockModel("claude-sonnet-5", "anthropic.claude-sonnet-5", "Claude Sonnet 5", List.of("global", "regional"), "half_price"));
        Map<String, Price> prices = new TreeMap<>(CATALOG.prices());
        for (String k : List.of("bedrock.claude-sonnet-5.regional.input", "bedrock.claude-sonnet-5.global.input")) {
            prices.put(k, Price.flat(k, "1M tokens", 2.2, new Source("page", "AmazonBedrockFoundationModels", null, "promo"), "2026-06-30"));
        }
        Catalog c = new Catalog("us-east-1", CATALOG.snapshotDate(), "test", prices, CATALOG.allowances(), models);
        List<PriceListProduct> docs = PriceListFixtures.products("/pricing/documents/bedrock-foundation-models.json");
        assertThat(found(resolve(c, "bedrock.claude-sonnet-5.regional.input", docs)).firstRate()).isEqualTo(3.3);
        assertThat(found(resolve(c, "bedrock.claude-sonnet-5.global.input", docs)).firstRate()).isEqualTo(3.0);
    }

    @Test
    void amazonBedrockPricesPerThousandTokensBecomePerMillion() {
        // facts §1.1: AmazonBedrock prices $/1K tokens; §1.3 Nova Pro 0.80 / 3.20, batch 0.40, cache read 0.20; §1.4 Llama 3.3 70B 0.72.
        // The latency-optimized input product (1.00) shares the response and must not be taken.
        String docs = "/pricing/documents/bedrock.json";
        assertThat(found(resolve("bedrock.nova-pro.input", docs)).firstRate()).isEqualTo(0.8);
        assertThat(found(resolve("bedrock.nova-pro.output", docs)).firstRate()).isEqualTo(3.2);
        assertThat(found(resolve("bedrock.nova-pro.batch_input", docs)).firstRate()).isEqualTo(0.4);
        assertThat(found(resolve("bedrock.nova-pro.batch_output", docs)).firstRate()).isEqualTo(1.6);
        assertThat(found(resolve("bedrock.nova-pro.cache_read", docs)).firstRate()).isEqualTo(0.2);
        assertThat(found(resolve("bedrock.llama-3-3-70b.input", docs)).firstRate()).isEqualTo(0.72);
    }

    @Test
    void theRealEbsSampleResolvesWithAHandWrittenQuery() {
        // the only real GetProducts output: EBS io1 in Singapore at $0.138 per GB-month (aws-cli example)
        List<PriceListProduct> docs = List.of(PriceListDocuments.parse(
                PriceListDocuments.priceListOf(PriceListServer.resourceText(
                        "/pricing/getproducts/getproducts_ec2_awscli_example.json")).get(0)));
        PriceQuery q = new PriceQuery("ebs.io1.storage", "AmazonEC2", List.of(new PriceQuery.Filter("volumeType", "Provisioned IOPS")),
                List.of(new PriceQuery.Rule("usagetype", Pattern.compile("EBS:VolumeUsage\\.piops$"), true)),
                List.of(new PriceQuery.UnitRule(Pattern.compile("GB-Mo"), null, BigDecimal.ONE)), "GB-months", true, "test");
        Price old = Price.flat("ebs.io1.storage", "GB-months", 0.125, new Source("page", "AmazonEC2", null, "x"), "2018-01-01");
        PriceResolver.Resolution r = PriceResolver.resolve(q, old, docs, "sample", TODAY);
        assertThat(found(r).firstRate()).isEqualTo(0.138);
        assertThat(r.price().effectiveDate()).isEqualTo("2018-08-01");
        assertThat(r.price().source().reference()).contains("published 2018-08-08T00:57:01Z");
    }

    @Test
    void productsThatDisagreeAreAmbiguousNotGuessed() {
        List<PriceListProduct> docs = new ArrayList<>(PriceListFixtures.products("/pricing/documents/dynamodb.json"));
        PriceListProduct rru = docs.stream().filter(p -> p.sku().equals("4W4ZMC46EHE8XTTZ")).findFirst().orElseThrow();
        docs.add(withPrice(rru, "OTHERSKU", "0.0000002500"));
        PriceResolver.Resolution r = resolve(CATALOG, "dynamodb.read_request_units", docs);
        assertThat(r.found()).isFalse();
        assertThat(r.reason()).startsWith("ambiguous: 2 different prices match");
    }

    @Test
    void identicalProductsCountAsOnePrice() {
        List<PriceListProduct> docs = new ArrayList<>(PriceListFixtures.products("/pricing/documents/dynamodb.json"));
        PriceListProduct rru = docs.stream().filter(p -> p.sku().equals("4W4ZMC46EHE8XTTZ")).findFirst().orElseThrow();
        docs.add(withPrice(rru, "SAMEPRICESKU", "0.0000001250"));
        Price p = found(resolve(CATALOG, "dynamodb.read_request_units", docs));
        assertThat(p.source().reference()).contains("(and 1 more with the same price)");
    }

    @Test
    void aUnitThatDoesNotConvertIsReportedNotGuessed() {
        PriceListProduct rru = PriceListFixtures.products("/pricing/documents/dynamodb.json").get(0);
        PriceListProduct.Dimension d = rru.onDemand().get(0).dimensions().get(0);
        PriceListProduct odd = new PriceListProduct(rru.sku(), rru.serviceCode(), rru.productFamily(), rru.attributes(),
                List.of(new PriceListProduct.Term("JRTCKXETXF", "2026-11-01T00:00:00Z", List.of(new PriceListProduct.Dimension(d.rateCode(),
                        "$0.125 per million", d.beginRange(), d.endRange(), "Million Read Units", d.usd())))), null, null);
        PriceResolver.Resolution r = resolve(CATALOG, "dynamodb.read_request_units", List.of(odd));
        assertThat(r.found()).isFalse();
        assertThat(r.reason()).contains("unit \"Million Read Units\"", "does not convert to 1M read request units");
    }

    @Test
    void noProductIsReportedWithTheServiceCodeAndFilters() {
        PriceResolver.Resolution r = resolve(CATALOG, "dynamodb.read_request_units", List.of());
        assertThat(r.reason()).isEqualTo("no product matched AmazonDynamoDB [regionCode=us-east-1, productFamily=Amazon DynamoDB PayPerRequest "
                + "Throughput, group=DDB-ReadUnits]");
    }

    @Test
    void aPriceOfZeroIsNeverAPrice() {
        PriceListProduct rru = PriceListFixtures.products("/pricing/documents/dynamodb.json").get(0);
        PriceResolver.Resolution r = resolve(CATALOG, "dynamodb.read_request_units", List.of(withPrice(rru, rru.sku(), "0.0000000000")));
        assertThat(r.found()).isFalse();
        assertThat(r.reason()).contains("only $0 (free-tier) dimensions");
    }

    @Test
    void aCatalogPriceInAnotherUnitIsNotRefreshed() {
        PriceQuery q = PriceListQueries.forKey("dynamodb.read_request_units", CATALOG).orElseThrow();
        Price old = Price.flat("dynamodb.read_request_units", "1K read request units", 0.000125, new Source("page", null, null, null), "2026-01-01");
        PriceResolver.Resolution r = PriceResolver.resolve(q, old, PriceListFixtures.products("/pricing/documents/dynamodb.json"), "x", TODAY);
        assertThat(r.reason()).contains("catalog unit \"1K read request units\"");
    }

    @Test
    void aPriceThatWasNotFromThePriceListKeepsItsNoteAsHistory() {
        // SageMaker prices are third-party in the bundled catalog; a Price List price replaces them and says what the note was about
        Price old = CATALOG.price("sagemaker.hosting.ml.g5.xlarge").orElseThrow();
        PriceQuery q = PriceListQueries.forKey(old.key(), CATALOG).orElseThrow();
        PriceListProduct host = new PriceListProduct("SMHOST", "AmazonSageMaker", "ML Instance", Map.of("usagetype", "USE1-Host:ml.g5.xlarge",
                "instanceType", "ml.g5.xlarge", "regionCode", "us-east-1"), List.of(new PriceListProduct.Term("JRTCKXETXF",
                "2026-10-01T00:00:00Z", List.of(new PriceListProduct.Dimension("SMHOST.JRTCKXETXF.6YS6EN2CT7", "$1.4080 per hour",
                BigDecimal.ZERO, null, "Hrs", new BigDecimal("1.4080000000"))))), "v", "p");
        Price p = found(PriceResolver.resolve(q, old, List.of(host), "x", TODAY));
        assertThat(p.confidence()).isEqualTo("high");
        assertThat(p.note()).startsWith("before this refresh (third_party): real-time inference hosting");
    }

    private static PriceListProduct withPrice(PriceListProduct p, String sku, String usd) {
        List<PriceListProduct.Term> terms = p.onDemand().stream().map(t -> new PriceListProduct.Term(t.offerTermCode(), t.effectiveDate(),
                t.dimensions().stream().map(d -> new PriceListProduct.Dimension(d.rateCode(), d.description(), d.beginRange(), d.endRange(),
                        d.unit(), new BigDecimal(usd))).toList())).toList();
        return new PriceListProduct(sku, p.serviceCode(), p.productFamily(), p.attributes(), terms, p.version(), p.publicationDate());
    }
}
