package io.agentcost.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled us-east-1 snapshot holds the values of shared/reference (typed here from aws-pricing-facts.md). */
class BundledCatalogTest {

    private static Catalog catalog() throws CatalogException {
        return new CatalogStore(Fixtures.root().resolve("pricing-cache")).load("us-east-1");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // Bedrock, $ per 1M tokens (facts §1.2–1.4)
            "bedrock.claude-sonnet-4-6.regional.input, 3.30", "bedrock.claude-sonnet-4-6.global.output, 15.00",
            "bedrock.claude-haiku-4-5.regional.input, 1.10", "bedrock.claude-haiku-4-5.global.cache_read, 0.10",
            "bedrock.claude-opus-4-6.regional.output, 27.50", "bedrock.claude-opus-4-6.global.cache_write, 6.25",
            "bedrock.claude-3-haiku.batch_input, 0.125", "bedrock.nova-micro.cache_read, 0.00875",
            "bedrock.nova-premier.batch_output, 6.25", "bedrock.llama-3-3-70b.input, 0.72",
            // DynamoDB after the 2024-11-01 cut (facts §2)
            "dynamodb.read_request_units, 0.125", "dynamodb.write_request_units, 0.625", "dynamodb.storage, 0.25",
            // Lambda (facts §3)
            "lambda.requests, 0.20", "lambda.x86_64.provisioned_concurrency, 0.0000041667", "lambda.arm64.provisioned_duration, 0.0000077778",
            "lambda.ephemeral_storage, 0.0000000309",
            // Fargate, SageMaker (most-cited), others (facts §4–8)
            "fargate.x86_64.vcpu, 0.04048", "fargate.arm64.memory, 0.00356", "sagemaker.hosting.ml.g5.2xlarge, 1.515",
            "sagemaker.hosting.ml.g4dn.xlarge, 0.7364", "sagemaker.training.ml.g5.xlarge, 1.408", "ec2.m6i.large, 0.096",
            "elasticache.cache.r6g.large, 0.206", "aurora.db.r6g.large, 0.26", "aurora.io, 0.20", "alb.hours, 0.0225", "alb.lcu, 0.008",
            "nat_gateway.hours, 0.045", "nat_gateway.data, 0.045", "vpc_endpoints.hours, 0.01", "data_transfer.cross_az, 0.01",
            "data_transfer.inter_region.us-east-2, 0.01", "cloudwatch.logs_ingestion, 0.50", "cloudwatch.logs_storage, 0.03",
            "xray.traces, 5.00", "agentcore.runtime_vcpu, 0.0895", "agentcore.runtime_memory, 0.00945", "agentcore.gateway_search, 0.025",
            "api_gateway.websocket.connection_minutes, 0.25"})
    void holdsTheReferencePrice(String key, double usd) throws CatalogException {
        Price p = catalog().price(key).orElseThrow(() -> new AssertionError("missing " + key));
        assertThat(p.firstRate()).isEqualTo(usd);
        assertThat(p.source()).isNotNull();
        assertThat(p.effectiveDate()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void holdsTheTieredPricesWithAbsoluteBoundaries() throws CatalogException {
        Catalog c = catalog();
        assertThat(c.price("lambda.x86_64.duration").orElseThrow().tiers()).containsExactly(
                new Tier(6e9, 0.0000166667), new Tier(15e9, 0.000015), new Tier(Double.POSITIVE_INFINITY, 0.0000133334));
        assertThat(c.price("lambda.arm64.duration").orElseThrow().tiers()).containsExactly(
                new Tier(7.5e9, 0.0000133334), new Tier(18.75e9, 0.0000120001), new Tier(Double.POSITIVE_INFINITY, 0.0000106667));
        // egress: $0.09 to 10 TB, $0.085 next 40 TB, $0.07 next 100 TB, $0.05 over 150 TB (1 TB = 1024 GB)
        assertThat(c.price("data_transfer.internet_egress").orElseThrow().tiers()).containsExactly(
                new Tier(10240, 0.09), new Tier(51200, 0.085), new Tier(153600, 0.07), new Tier(Double.POSITIVE_INFINITY, 0.05));
        assertThat(c.price("api_gateway.rest.requests").orElseThrow().tiers()).extracting(Tier::usd).containsExactly(3.5, 2.8, 2.38, 1.51);
        assertThat(c.price("api_gateway.http.requests").orElseThrow().tiers()).containsExactly(
                new Tier(300, 1.0), new Tier(Double.POSITIVE_INFINITY, 0.9));
    }

    @Test
    void holdsTheFreeAllowances() throws CatalogException {
        Catalog c = catalog();
        assertThat(c.allowance("lambda.requests").orElseThrow().quantity()).isEqualTo(1.0);
        assertThat(c.allowance("lambda.duration").orElseThrow().quantity()).isEqualTo(400_000.0);
        assertThat(c.allowance("data_transfer.internet_egress").orElseThrow().quantity()).isEqualTo(100.0);
    }

    @Test
    void knowsEveryModelAliasOfTheSpecWithItsBatchOffer() throws CatalogException {
        Catalog c = catalog();
        assertThat(c.models().keySet()).containsAll(List.of("claude-opus-4-1", "claude-opus-4-6", "claude-sonnet-4", "claude-sonnet-4-5",
                "claude-sonnet-4-6", "claude-3-7-sonnet", "claude-haiku-4-5", "claude-3-5-haiku", "claude-3-haiku", "nova-micro",
                "nova-lite", "nova-pro", "nova-premier", "llama-3-3-70b", "llama-3-1-8b"));
        assertThat(c.models().get("claude-sonnet-4").batch()).isEqualTo("not_offered");
        assertThat(c.models().get("claude-3-7-sonnet").batch()).isEqualTo("not_offered");
        assertThat(c.models().get("claude-3-5-haiku").batch()).isEqualTo("not_offered");
        assertThat(c.models().get("nova-micro").batch()).isEqualTo("listed");
        // Claude 4.5+: regional = global × 1.10
        for (String m : List.of("claude-sonnet-4-5", "claude-sonnet-4-6", "claude-haiku-4-5", "claude-opus-4-6")) {
            double g = c.price("bedrock." + m + ".global.input").orElseThrow().firstRate();
            double r = c.price("bedrock." + m + ".regional.input").orElseThrow().firstRate();
            assertThat(r).isCloseTo(g * 1.1, Assertions.within(1e-12));
        }
    }

    @Test
    void isDatedAndTheNewestSnapshotWins(@TempDir Path dir) throws Exception {
        Path region = Files.createDirectories(dir.resolve("us-east-1"));
        Path bundled = Fixtures.root().resolve("pricing-cache/us-east-1/2026-11-26.json");
        Files.copy(bundled, region.resolve("2026-11-26.json"));
        Files.writeString(region.resolve("2027-01-15.json"), Files.readString(bundled).replace("\"snapshot_date\": \"2026-11-26\"",
                "\"snapshot_date\": \"2027-01-15\""));
        Files.writeString(region.resolve("notes.txt"), "not a snapshot");
        Catalog c = new CatalogStore(dir).load("us-east-1");
        assertThat(c.snapshotDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(c.ageInDays(LocalDate.of(2027, 4, 20))).isEqualTo(95);
    }

    @Test
    void aBrokenSnapshotIsReportedWithItsFileName(@TempDir Path dir) throws Exception {
        Path region = Files.createDirectories(dir.resolve("us-east-1"));
        Files.writeString(region.resolve("2026-11-26.json"), "{\"format\": \"agentcost-price-catalog/1\", \"region\": ");
        assertThatThrownBy(() -> new CatalogStore(dir).load("us-east-1"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("2026-11-26.json").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> new CatalogStore(dir).load("eu-west-1"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("no price snapshot for region eu-west-1");
    }
}
