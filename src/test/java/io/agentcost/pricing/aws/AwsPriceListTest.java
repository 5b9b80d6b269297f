package io.agentcost.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListProduct;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer.Reply;
import io.agentcost.testing.PriceListServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The real SDK client against a local server speaking the Price List protocol (static test
 * credentials, endpoint override, explicit region: no network, no instance metadata).
 */
class AwsPriceListTest {

    private static final List<PriceQuery.Filter> READS = List.of(new PriceQuery.Filter("regionCode", "us-east-1"),
            new PriceQuery.Filter("productFamily", "Amazon DynamoDB PayPerRequest Throughput"), new PriceQuery.Filter("group", "DDB-ReadUnits"));
    private static final List<PriceQuery.Filter> ALL_DYNAMODB = List.of(new PriceQuery.Filter("regionCode", "us-east-1"));

    private final PriceListServer server = PriceListServer.start().documents("/pricing/documents/dynamodb.json");

    @AfterEach
    void stop() {
        server.close();
    }

    private AwsPriceList client() {
        return server.client("us-east-1");
    }

    private PriceListSource.Answer fetch(List<PriceQuery.Filter> filters) throws PriceListException {
        try (AwsPriceList c = client()) {
            return c.fetch("AmazonDynamoDB", List.of(filters)).get(0);
        }
    }

    @Test
    void sendsSigV4SignedGetProductsRequestsOfTheJson11Protocol() throws Exception {
        PriceListSource.Answer a = fetch(READS);
        assertThat(a.products()).extracting(PriceListProduct::sku).containsExactly("4W4ZMC46EHE8XTTZ", "7XFW3BZ3GHTYMGZC");

        PriceListServer.Recorded r = server.requests().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/");
        assertThat(r.header("X-Amz-Target")).isEqualTo("AWSPriceListService.GetProducts");
        assertThat(r.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(r.header("Authorization")).matches("AWS4-HMAC-SHA256 Credential=" + PriceListFixtures.ACCESS_KEY
                + "/\\d{8}/us-east-1/pricing/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}");
        assertThat(r.header("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
        assertThat(r.header("amz-sdk-request")).isEqualTo("attempt=1; max=4");
        JsonNode body = r.json();
        assertThat(body.get("ServiceCode").asText()).isEqualTo("AmazonDynamoDB");
        assertThat(body.get("FormatVersion").asText()).isEqualTo("aws_v1");
        assertThat(body.get("MaxResults").asInt()).isEqualTo(100);
        assertThat(body.get("Filters").toString()).isEqualTo("[{\"Type\":\"TERM_MATCH\",\"Field\":\"regionCode\",\"Value\":\"us-east-1\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"productFamily\",\"Value\":\"Amazon DynamoDB PayPerRequest Throughput\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"group\",\"Value\":\"DDB-ReadUnits\"}]");
        assertThat(a.origin()).isEqualTo("AWS Price List GetProducts (" + server.endpoint() + ")");
    }

    @Test
    void followsNextTokenAcrossPages() throws Exception {
        server.pageSize(2);
        PriceListSource.Answer a = fetch(ALL_DYNAMODB);
        assertThat(a.products()).hasSize(5);
        List<PriceListServer.Recorded> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).json().has("NextToken")).isFalse();
        assertThat(requests.get(1).json().get("NextToken").asText()).isEqualTo("page-from-2");
        assertThat(requests.get(2).json().get("NextToken").asText()).isEqualTo("page-from-4");
    }

    @Test
    void throttlingIsRetriedByTheSdkAndThenSucceeds() throws Exception {
        server.script((r, n, s) -> n <= 2 ? Reply.error(400, "ThrottlingException", "Rate exceeded") : null);
        PriceListSource.Answer a = fetch(READS);
        assertThat(a.products()).hasSize(2);
        assertThat(server.requests()).extracting(x -> x.header("amz-sdk-request"))
                .containsExactly("attempt=1; max=4", "attempt=2; max=4", "attempt=3; max=4");
    }

    @Test
    void throttlingThatNeverEndsStopsTheRefresh() {
        server.script((r, n, s) -> Reply.error(400, "ThrottlingException", "Rate exceeded"));
        assertThatThrownBy(() -> fetch(READS)).isInstanceOfSatisfying(PriceListException.class, e -> {
            assertThat(e.kind()).isEqualTo(PriceListException.Kind.SERVICE);
            assertThat(e.getMessage()).contains("kept throttling");
        });
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void accessDeniedStopsWithAMessageThatSaysWhatToDo() {
        server.script((r, n, s) -> Reply.error(400, "AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/planner is not authorized to perform: pricing:GetProducts"));
        assertThatThrownBy(() -> fetch(READS)).isInstanceOfSatisfying(PriceListException.class, e -> {
            assertThat(e.kind()).isEqualTo(PriceListException.Kind.ACCESS_DENIED);
            assertThat(e.isFatal()).isTrue();
            assertThat(e.getMessage()).contains("refused the request: HTTP 400 AccessDeniedException",
                    "is not authorized to perform: pricing:GetProducts", "IAM permission pricing:GetProducts", "--source bulk")
                    .doesNotContain(PriceListFixtures.SECRET_KEY).doesNotContain(PriceListFixtures.ACCESS_KEY);
        });
        assertThat(server.requests()).as("access denied is not retried").hasSize(1);
    }

    @Test
    void rejectedCredentialsAreAccessDeniedToo() {
        server.script((r, n, s) -> Reply.error(400, "UnrecognizedClientException", "The security token included in the request is invalid."));
        assertThatThrownBy(() -> fetch(READS)).isInstanceOfSatisfying(PriceListException.class,
                e -> assertThat(e.kind()).isEqualTo(PriceListException.Kind.ACCESS_DENIED));
    }

    @Test
    void aMalformedDocumentIsSkippedWithAWarning() throws Exception {
        server.addRaw("AmazonDynamoDB", "{\"product\":{\"sku\":\"BROKEN\"},\"terms\":{\"OnDemand\":{\"BROKEN.T\":{\"priceDimensions\":"
                + "{\"BROKEN.T.R\":{\"unit\":\"ReadRequestUnits\",\"pricePerUnit\":{\"USD\":\"a lot\"}}}}}}}");
        server.addRaw("AmazonDynamoDB", "{\"product\": truncated");
        PriceListSource.Answer a = fetch(ALL_DYNAMODB);
        assertThat(a.products()).hasSize(5);
        assertThat(a.warnings()).hasSize(2);
        assertThat(a.warnings().get(0)).startsWith("skipped a malformed PriceList document (AmazonDynamoDB [regionCode=us-east-1], page 1, item 6)")
                .contains("\"a lot\" is not a number");
        assertThat(a.warnings().get(1)).contains("item 7").contains("not valid JSON");
    }

    @Test
    void aRejectedRequestFailsOnlyThatRequest() throws Exception {
        server.script((r, n, s) -> r.json().path("Filters").toString().contains("DDB-ReadUnits")
                ? Reply.error(400, "InvalidParameterException", "Input validation error: unknown attribute") : null);
        try (AwsPriceList c = client()) {
            List<PriceListSource.Answer> a = c.fetch("AmazonDynamoDB", List.of(READS, ALL_DYNAMODB));
            assertThat(a.get(0).error()).isEqualTo("the Price List rejected the request: HTTP 400 InvalidParameterException: "
                    + "Input validation error: unknown attribute");
            assertThat(a.get(1).products()).hasSize(5);
        }
    }

    @Test
    void theRealAwsCliResponseIsReadThroughTheSdk() throws Exception {
        // served verbatim, NextToken included: the SDK follows it and gets an empty last page
        String sample = PriceListServer.resourceText("/pricing/getproducts/getproducts_ec2_awscli_example.json");
        server.script((r, n, s) -> new Reply(200, n == 1 ? sample : "{\"FormatVersion\":\"aws_v1\",\"PriceList\":[]}"));
        try (AwsPriceList c = client()) {
            PriceListSource.Answer a = c.fetch("AmazonEC2", List.of(List.of(new PriceQuery.Filter("volumeType", "Provisioned IOPS")))).get(0);
            assertThat(a.products()).extracting(PriceListProduct::sku).containsExactly("3MKHN58N7RDDVGKJ");
            assertThat(a.products().get(0).onDemand().get(0).dimensions().get(0).usd()).isEqualByComparingTo("0.138");
        }
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).json().get("NextToken").asText()).startsWith("WGDY7ko8fQXdlaUZVdasFQ==:");
    }

    @Test
    void aStoppedServerIsUnreachableAfterTheSdksRetries() {
        server.stop();
        assertThatThrownBy(() -> fetch(READS)).isInstanceOfSatisfying(PriceListException.class, e -> {
            assertThat(e.kind()).isEqualTo(PriceListException.Kind.UNREACHABLE);
            assertThat(e.getMessage()).startsWith("cannot reach the AWS Price List at " + server.endpoint());
        });
    }

    @Test
    void describesItsEndpointWithoutSecrets() {
        try (AwsPriceList c = AwsPriceList.create(new AwsPriceList.Settings(null, URI.create("https://u:p@proxy.example:8443/pricing?sig=x"),
                null), StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))) {
            assertThat(c.describe()).isEqualTo("AWS Price List Query API (https://proxy.example:8443/pricing)");
        }
        try (AwsPriceList c = AwsPriceList.create(new AwsPriceList.Settings("eu-central-1", null, null),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))) {
            assertThat(c.describe()).isEqualTo("AWS Price List Query API (api.pricing.eu-central-1.amazonaws.com)");
        }
    }
}
