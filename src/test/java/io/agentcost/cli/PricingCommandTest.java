package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentcost.app.AgentCost;
import io.agentcost.testing.Fixtures;
import io.agentcost.testing.PriceListFixtures;
import io.agentcost.testing.PriceListServer.Reply;
import io.agentcost.testing.PriceListServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `agentcost pricing refresh|show` as a user runs them. Credentials reach the SDK's default chain
 * through its system properties (aws.accessKeyId, aws.secretAccessKey), or a profile file named
 * by aws.sharedCredentialsFile; the endpoint is the local Price List server.
 */
class PricingCommandTest {

    @TempDir
    Path dir;
    private Path cache;
    private AgentCost services;
    private PriceListServer server;

    @BeforeEach
    void setUp() {
        cache = PriceListFixtures.cacheCopy(dir);
        services = new AgentCost(cache);
        server = PriceListServer.start().allDocuments();
        System.setProperty("aws.accessKeyId", PriceListFixtures.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", PriceListFixtures.SECRET_KEY);
    }

    @AfterEach
    void tearDown() {
        server.close();
        for (String p : List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.sharedCredentialsFile", "aws.configFile")) System.clearProperty(p);
    }

    private CliRun run(String... args) {
        return CliRun.with(services, args);
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    @Test
    void refreshPrintsEachChangeOldToNewAndWhatWasNotFound() throws Exception {
        server.setPrice("4W4ZMC46EHE8XTTZ", "0.0000001500");
        CliRun r = run("pricing", "refresh", "--region", "us-east-1", "--endpoint", server.endpoint().toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).startsWith("Refreshed the us-east-1 price catalog from AWS Price List Query API (" + server.endpoint() + ")\n");
        assertThat(r.out()).contains("  wrote " + cache.resolve("us-east-1/" + today() + ".json"));
        assertThat(r.out()).containsPattern("\\n  \\d+ of 219 prices refreshed: 1 changed, \\d+ unchanged; \\d+ not refreshed");
        assertThat(r.out()).containsPattern("Changed \\(old → new\\):\\n  dynamodb.read_request_units +0.125 → 0.15 per 1M read request units +\\(\\+20.0%\\)\\n");
        assertThat(r.out()).containsPattern("\\n  sagemaker.hosting.ml.g5.xlarge +no product matched AmazonSageMaker");
        assertThat(r.out()).containsPattern("\\n  agentcore.runtime_vcpu +no Price List query is known");
        assertThat(r.err()).contains("  AmazonDynamoDB: 3 prices, 3 requests");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain(PriceListFixtures.ACCESS_KEY).doesNotContain(PriceListFixtures.SECRET_KEY);
        for (String f : PriceListFixtures.filesUnder(cache)) {
            assertThat(Files.readString(cache.resolve(f))).as(f).doesNotContain(PriceListFixtures.ACCESS_KEY)
                    .doesNotContain(PriceListFixtures.SECRET_KEY);
        }
        assertThat(server.requests().get(0).header("Authorization")).contains("Credential=" + PriceListFixtures.ACCESS_KEY + "/");
    }

    @Test
    void theNextEstimateUsesTheRefreshedPrice() throws Exception {
        server.setPrice("4W4ZMC46EHE8XTTZ", "0.0000001500");
        assertThat(run("pricing", "refresh", "--region", "us-east-1", "--endpoint", server.endpoint().toString()).code()).isZero();

        CliRun e = run("estimate", Fixtures.root().resolve("scenarios/support-agent.yaml").toString(), "--format", "json");
        assertThat(e.code()).as(e.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(e.out());
        assertThat(json.get("catalog_date").asText()).isEqualTo(today());
        int reads = 0;
        for (JsonNode result : json.get("results")) {
            for (JsonNode line : result.get("lines")) {
                if (line.path("price_key").asText().equals("dynamodb.read_request_units")) {
                    assertThat(line.get("unit_price_usd").asDouble()).isEqualTo(0.15);
                    reads++;
                }
            }
        }
        assertThat(reads).isPositive();
    }

    @Test
    void accessDeniedExitsOneWithAClearMessageAndTheOldSnapshotStaysInUse() {
        server.script((req, n, s) -> Reply.error(400, "AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/planner is not authorized to perform: pricing:GetProducts"));
        CliRun r = run("pricing", "refresh", "--region", "us-east-1", "--endpoint", server.endpoint().toString());
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("agentcost: pricing refresh failed: the AWS Price List (" + server.endpoint() + ") refused the request: "
                + "HTTP 400 AccessDeniedException: User: arn:aws:iam::123456789012:user/planner is not authorized to perform: pricing:GetProducts. "
                + "The credentials need the IAM permission pricing:GetProducts; without it, use --source bulk");
        assertThat(r.err()).contains("The catalog still uses " + cache.resolve("us-east-1/2026-11-26.json") + ".");
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(PriceListFixtures.filesUnder(cache)).containsExactly("us-east-1/2026-11-26.json");
        CliRun show = run("pricing", "show");
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("us-east-1 price catalog, snapshot 2026-11-26");
    }

    @Test
    void aNamedProfileSuppliesTheCredentials() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[planning]\naws_access_key_id = AKIDPROFILEONLYEXAMPLE\naws_secret_access_key = profileSecretEXAMPLE\n");
        Path config = dir.resolve("config");
        Files.writeString(config, "");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", config.toString());
        CliRun r = run("pricing", "refresh", "--region", "us-east-1", "--endpoint", server.endpoint().toString(), "--profile", "planning");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(server.requests().get(0).header("Authorization")).contains("Credential=AKIDPROFILEONLYEXAMPLE/");
        assertThat(r.out() + r.err()).doesNotContain("AKIDPROFILEONLYEXAMPLE").doesNotContain("profileSecretEXAMPLE");
        assertThat(Files.readString(cache.resolve("us-east-1/" + today() + ".json"))).doesNotContain("AKIDPROFILEONLYEXAMPLE")
                .doesNotContain("profileSecretEXAMPLE");
    }

    @Test
    void aMissingProfileIsAClearFailure() throws Exception {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = other\n");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", dir.resolve("none").toString());
        CliRun r = run("pricing", "refresh", "--region", "us-east-1", "--endpoint", server.endpoint().toString(), "--profile", "planning");
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("agentcost: pricing refresh failed: no usable AWS credentials: ").contains("--source bulk");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aBulkRefreshFromLocalOfferFilesNeedsNoCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        CliRun r = run("pricing", "refresh", "--region", "us-east-1", "--source", "bulk", "--bulk", PriceListFixtures.bulkRoot().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("from AWS Price List bulk offer files (" + PriceListFixtures.bulkRoot() + ")");
        assertThat(r.out()).containsPattern("dynamodb.read_request_units +0.125 → 0.15 per 1M read request units");
        assertThat(r.out()).containsPattern("bedrock.nova-pro.input +no bulk offer file for AmazonBedrock");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void badOptionsExitTwoWithOneLinePerProblem() {
        CliRun r = run("pricing", "refresh", "--region", "Virginia", "--source", "ftp");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().lines().toList()).containsExactly("--region Virginia: expected an AWS region code such as us-east-1",
                "--source ftp: expected api or bulk");
        CliRun both = run("pricing", "refresh", "--region", "us-east-1", "--source", "api", "--bulk", "/tmp/x");
        assertThat(both.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(both.err()).contains("--bulk needs --source bulk");
        CliRun endpoint = run("pricing", "refresh", "--region", "us-east-1", "--endpoint", "localhost:8080");
        assertThat(endpoint.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(endpoint.err()).contains("--endpoint localhost:8080: expected an http(s) URL");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void showModelsListsEachModelWithItsInputOutputCacheBatchTierAndLongContextPrices() {
        CliRun r = run("pricing", "show", "--models");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        // 22 models in the bundled snapshot (python: len(bedrock_models) of pricing-cache/us-east-1/2026-11-26.json)
        assertThat(lines.get(0)).isEqualTo("us-east-1 Bedrock models, snapshot 2026-11-26: 22 models, USD per 1M tokens"
                + " (aliases and full model ids both work in model_mix)");
        // Sonnet 4.5 global: $3 / $15, 5-minute write $3.75, 1-hour $6, read $0.30, batch at 50%, no flex or priority
        // price, $6 / $22.50 above 200,000 input tokens (pricing-2026-additions.md §2.1, §2.2)
        assertThat(lines).anyMatch(l -> l.matches("claude-sonnet-4-5 +global +3 +15 +3\\.75 +6 +0\\.3 +50% +50% +- / - +- / - +above 200,000: 6 / 22\\.5 +anthropic\\.claude-sonnet-4-5-20250929-v1:0"));
        // Nova Pro: listed batch, cache writes at the input price; Llama 4 Maverick listed batch 0.12 / 0.485
        assertThat(lines).anyMatch(l -> l.matches("nova-pro +regional +0\\.8 +3\\.2 += input += input +0\\.2 +0\\.4 +1\\.6 .*"));
        assertThat(lines).anyMatch(l -> l.matches("llama-4-maverick-17b +regional +0\\.24 +0\\.97 +- +- +- +0\\.12 +0\\.485 .*meta\\.llama4-maverick-17b-instruct-v1:0"));
        // a model without a batch offer says so
        assertThat(lines).anyMatch(l -> l.matches("claude-sonnet-4 +regional +3 +15 +3\\.75 +- +0\\.3 +no +no .*"));
        assertThat(lines).filteredOn(l -> l.matches("[a-z][a-z0-9-]+ +(global|regional) .*")).hasSize(28);
    }

    @Test
    void showPrintsEveryPriceWithUnitTiersSourceAndDates() {
        CliRun r = run("pricing", "show", "--region", "us-east-1");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("us-east-1 price catalog, snapshot 2026-11-26 (");
        assertThat(lines.get(1)).isEqualTo("file: " + cache.resolve("us-east-1/2026-11-26.json"));
        assertThat(lines.get(2)).isEqualTo("219 prices (sources: 101 page, 59 price_list, 59 third_party); 0 fetched from the AWS Price List by "
                + "`agentcost pricing refresh`");
        // 59 third-party prices in the bundled snapshot (58, and decision 0028's Cohere Rerank 3.5) (python: kinds of prices in pricing-cache/us-east-1/2026-11-26.json)
        assertThat(lines.get(3)).isEqualTo("59 prices have no AWS-primary source, marked ! in BACKED BY");
        assertThat(lines.get(8)).matches("KEY +USD +PER +BACKED BY +SERVICE, USAGE TYPE +EFFECTIVE +FETCHED");
        assertThat(lines).filteredOn(l -> l.matches("[a-z_0-9]+\\..*")).hasSize(219);
        assertThat(r.out()).containsPattern("\\napi_gateway.rest.requests +3.5 \\(first 333\\) +1M requests +AWS Price List +AmazonApiGateway +2024-07-01 +-\\n"
                + " +2.8 \\(to 1,000\\)\\n +2.38 \\(to 20,000\\)\\n +1.51 \\(above 20,000\\)\\n");
        assertThat(r.out()).containsPattern("\\nsagemaker.hosting.ml.g5.xlarge +1.408 +instance-hours +third party ! +AmazonSageMaker "
                + "USE1-Host:ml.g5.xlarge +2026-11-26 +-\\n");
        assertThat(r.out()).contains("lambda.ephemeral_storage").containsPattern("0.0000000309 +GB-seconds");
    }

    @Test
    void showMarksEveryPriceNoAwsSourceBacksAndOnlyThose() throws Exception {
        List<String> rows = run("pricing", "show").out().lines().filter(l -> l.matches("[a-z_0-9]+\\..*")).toList();
        List<String> marked = rows.stream().filter(l -> l.contains("third party !")).map(l -> l.split(" +")[0]).toList();
        // the snapshot's own record of each source, read independently of the catalog classes
        JsonNode prices = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cache.resolve("us-east-1/2026-11-26.json").toFile()).get("prices");
        List<String> thirdParty = new java.util.ArrayList<>();
        prices.fields().forEachRemaining(e -> {
            if (e.getValue().get("source").get("kind").asText().equals("third_party")) thirdParty.add(e.getKey());
        });
        // show lists keys sorted; the snapshot keeps issue 16's additions as a block at its end
        assertThat(marked).containsExactlyInAnyOrderElementsOf(thirdParty).hasSize(59)
                .contains("sagemaker.hosting.ml.g5.2xlarge", "sagemaker.hosting.ml.g5.12xlarge", "aurora.db.r6g.large", "guardrails.denied_topics");
        assertThat(rows.stream().filter(l -> l.startsWith("bedrock.claude-sonnet-4-5.regional.input ")).findFirst().orElseThrow())
                .contains(" AWS page ").doesNotContain("!");
    }

    @Test
    void showJsonGivesEachPricesSourceClass() throws Exception {
        CliRun r = run("pricing", "show", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("prices")).hasSize(219);
        // 101 page + 59 price_list + 59 third_party (issue 16 added 12, 23 and 6, and decision 0028 the third-party Cohere Rerank 3.5;
        // issue 15's Bedrock models and tiers 34), as the table's count line says
        assertThat(json.get("by_source_class").get("aws_page").asInt()).isEqualTo(101);
        assertThat(json.get("by_source_class").get("aws_price_list").asInt()).isEqualTo(59);
        assertThat(json.get("by_source_class").get("third_party").asInt()).isEqualTo(59);
        assertThat(json.get("not_aws_primary").asInt()).isEqualTo(59);
        JsonNode g5 = null;
        for (JsonNode p : json.get("prices")) if (p.get("key").asText().equals("sagemaker.hosting.ml.g5.2xlarge")) g5 = p;
        assertThat(g5.get("source_class").asText()).isEqualTo("third_party");
        assertThat(g5.get("aws_primary").asBoolean()).isFalse();
        assertThat(g5.get("usd").asDouble()).isEqualTo(1.515);
        assertThat(g5.get("source").get("usage_type").asText()).isEqualTo("USE1-Host:ml.g5.2xlarge");
        JsonNode rest = null;
        for (JsonNode p : json.get("prices")) if (p.get("key").asText().equals("api_gateway.rest.requests")) rest = p;
        assertThat(rest.get("aws_primary").asBoolean()).isTrue();
        assertThat(rest.get("tiers")).hasSize(4);
        assertThat(rest.get("tiers").get(3).get("up_to").isNull()).isTrue();
    }

    @Test
    void showAfterARefreshGivesTheFetchedDatesAndReferences() {
        assertThat(run("pricing", "refresh", "--region", "us-east-1", "--endpoint", server.endpoint().toString()).code()).isZero();
        CliRun r = run("pricing", "show", "--references");
        assertThat(r.out()).containsPattern("\\ndynamodb.write_request_units +0.625 +1M write request units +AWS Price List +AmazonDynamoDB "
                + "USE1-WriteRequestUnits +2026-11-01 +" + today() + "\\n    source: AWS Price List GetProducts \\(" + server.endpoint()
                + "\\): SKU QNRFDWE3SP5DPBW9");
        assertThat(r.out()).containsPattern("; [1-9]\\d* fetched from the AWS Price List");
    }

    @Test
    void showWarnsWhenTheSnapshotIsOlderThan90Days() throws Exception {
        Path old = cache.resolve("us-east-1/2026-01-02.json");
        Files.writeString(old, Files.readString(cache.resolve("us-east-1/2026-11-26.json"))
                .replace("\"snapshot_date\": \"2026-11-26\"", "\"snapshot_date\": \"2026-01-02\""));
        Files.delete(cache.resolve("us-east-1/2026-11-26.json"));
        long age = ChronoUnit.DAYS.between(LocalDate.parse("2026-01-02"), LocalDate.now());
        CliRun r = run("pricing", "show");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("us-east-1 price catalog, snapshot 2026-01-02 (" + age + " days old; STALE: older than 90 days)\n");
        assertThat(r.err()).isEqualTo("warning: the us-east-1 snapshot is " + age + " days old (more than 90); refresh it with "
                + "`agentcost pricing refresh --region us-east-1`\n");
    }

    @Test
    void showOfARegionWithoutASnapshotSaysHowToGetOne() {
        CliRun r = run("pricing", "show", "--region", "eu-west-1");
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("no price snapshot for region eu-west-1").contains("agentcost pricing refresh --region eu-west-1");
    }

    @Test
    void pricingWithoutASubcommandPrintsItsUsage() {
        CliRun r = run("pricing");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("refresh", "show");
        assertThat(Map.of()).isEmpty();
    }
}
