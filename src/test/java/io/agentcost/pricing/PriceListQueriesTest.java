package io.agentcost.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.PriceListFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The key → Price List query table against the bundled catalog (docs/pricing-catalog.md, "Refreshing"). */
class PriceListQueriesTest {

    private static final Catalog CATALOG = PriceListFixtures.bundled();

    @Test
    void everyBundledPriceHasAQueryExceptThoseWhoseAttributesWereNeverCollected() {
        List<String> unmapped = new ArrayList<>();
        for (String key : CATALOG.prices().keySet()) if (PriceListQueries.forKey(key, CATALOG).isEmpty()) unmapped.add(key);
        // facts §9.2: AgentCore "attributes NOT collected"; nothing at all for Lambda response streaming;
        // no usage type of Bedrock's 1-hour cache writes or long-context prices was collected (pricing-2026-additions.md §2.6)
        // issue 16: S3 Vectors (page only), Cohere Embed and OpenSearch Serverless storage (usage types not found)
        assertThat(unmapped).allMatch(k -> k.startsWith("agentcore.") || k.equals("lambda.response_streaming")
                || k.startsWith("s3_vectors.") || k.startsWith("embedding.cohere-") || k.equals("opensearch_serverless.storage")
                || k.matches("bedrock\\..*\\.(cache_write_1h|long_context_.*)"));
        // 8 AgentCore, response streaming, 8 of issue 16 (5 S3 Vectors, 2 Cohere Embed, OpenSearch Serverless storage),
        // 4 global 1-hour writes, Sonnet 4.5's 5 long-context prices; the 4 Guardrails have queries since decision 0028
        assertThat(unmapped).hasSize(9 + 8 + 9);
        assertThat(PriceListQueries.whyNoQuery("embedding.cohere-embed-english-v3")).contains("servicename", "Cohere Embed 4");
        assertThat(PriceListQueries.whyNoQuery("opensearch_serverless.storage")).contains("not found");
        assertThat(PriceListQueries.whyNoQuery("bedrock.claude-sonnet-4-5.global.long_context_input")).contains("long-context", "not collected");
        assertThat(PriceListQueries.whyNoQuery("agentcore.runtime_vcpu")).contains("AmazonBedrockAgentCore", "not collected");
    }

    @Test
    void everyQueryProducesTheUnitItsCatalogPriceIsIn() {
        for (Price p : CATALOG.prices().values()) {
            Optional<PriceQuery> q = PriceListQueries.forKey(p.key(), CATALOG);
            q.ifPresent(query -> assertThat(query.catalogUnit()).as(p.key()).isEqualTo(p.unit()));
        }
    }

    @Test
    void queriesOnUnverifiedAttributesSaySo() {
        // facts §9.2: SageMaker "attribute set NOT verified", X-Ray "NOT verified"
        for (String key : List.of("sagemaker.hosting.ml.g5.xlarge", "sagemaker.training.ml.g5.xlarge", "xray.traces",
                "elasticache.serverless.valkey.ecpu", "bedrock.claude-sonnet-4-6.regional.cache_read", "bedrock.nova-pro.batch_input",
                // issue 16: AmazonStates unit spellings, Secrets Manager usage types and S3 Glacier Instant Retrieval are assumed
                "step_functions.transitions", "step_functions.express_duration", "secrets_manager.api_calls", "s3.glacier_instant_retrieval.retrieval",
                // decision 0028: Guardrails and Cohere Rerank usage types from secondary reads of the Price List, units not seen
                "guardrails.content_filters", "guardrails.contextual_grounding", "rerank.cohere-rerank-3-5")) {
            PriceQuery q = PriceListQueries.forKey(key, CATALOG).orElseThrow();
            assertThat(q.verified()).as(key).isFalse();
            assertThat(q.basis()).as(key).startsWith("unverified: ");
        }
        assertThat(PriceListQueries.forKey("dynamodb.read_request_units", CATALOG).orElseThrow().verified()).isTrue();
        assertThat(PriceListQueries.forKey("s3.standard_ia.get_requests", CATALOG).orElseThrow().basis()).startsWith("Infracost's S3 queries");
    }

    @Test
    void requestsFilterOnTheCatalogRegionOrItsLocationName() {
        for (String key : CATALOG.prices().keySet()) {
            PriceListQueries.forKey(key, CATALOG).ifPresent(q -> {
                if (q.serviceCode().equals("AWSDataTransfer")) {
                    assertThat(q.filters()).as(key).contains(new PriceQuery.Filter("fromLocation", "US East (N. Virginia)"));
                } else {
                    assertThat(q.filters()).as(key).contains(new PriceQuery.Filter("regionCode", "us-east-1"));
                }
            });
        }
        PriceQuery west = PriceListQueries.forKey("data_transfer.inter_region.us-west-2", CATALOG).orElseThrow();
        assertThat(west.filters()).contains(new PriceQuery.Filter("toLocation", "US West (Oregon)"),
                new PriceQuery.Filter("transferType", "InterRegion Outbound"));
    }

    @Test
    void claudeProductsAreNamedInBothWordOrdersAndNotTheLegacyContextListings() {
        Pattern p = Pattern.compile(PriceListQueries.servicename("Claude Sonnet 4.6"));
        assertThat(p.matcher("Claude Sonnet 4.6 (Amazon Bedrock Edition)").matches()).isTrue();
        assertThat(p.matcher("Claude 4.6 Sonnet (Amazon Bedrock Edition)").matches()).isTrue();
        assertThat(p.matcher("Claude Sonnet 4.5 (Amazon Bedrock Edition)").matches()).isFalse();
        assertThat(Pattern.compile(PriceListQueries.servicename("Claude 3.5 Haiku")).matcher("Claude Haiku 3.5 (Amazon Bedrock Edition)")
                .matches()).isTrue();
        assertThat(Pattern.compile(PriceListQueries.servicename("Claude Instant")).matcher("Claude Instant (100K) (Amazon Bedrock Edition)")
                .matches()).isFalse();
    }

    @Test
    void pricesOfOneModelOrGroupShareARequest() {
        Set<String> requests = new HashSet<>();
        int mapped = 0;
        for (String key : CATALOG.prices().keySet()) {
            Optional<PriceQuery> q = PriceListQueries.forKey(key, CATALOG);
            if (q.isEmpty()) continue;
            mapped++;
            requests.add(q.get().serviceCode() + q.get().filters());
        }
        // + S3, Step Functions, Secrets Manager; Titan embeddings and the two OpenSearch Serverless OCUs (issue 16); the Bedrock models of
        // issue 15; the 4 Guardrails policies and Cohere Rerank 3.5 (decision 0028): 193 of the 219, the other 26 above
        assertThat(mapped).isEqualTo(134 + 26 + 3 + 25 + 5);
        // all 58 Claude prices are one AmazonBedrockFoundationModels request, the 47 Nova, Llama, gpt-oss and DeepSeek prices one AmazonBedrock request
        assertThat(requests).hasSizeLessThan(60);
        assertThat(requests.stream().filter(r -> r.startsWith("AmazonBedrockFoundationModels"))).hasSize(1);
        assertThat(requests.stream().filter(r -> r.startsWith("AmazonBedrock["))).hasSize(1);
    }
}
