package io.agentcost.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table from catalog price keys to AWS Price List queries (documented in
 * docs/pricing-catalog.md, "Refreshing from the AWS Price List"). Attributes come from
 * aws-pricing-facts.md §9.2 (Infracost's queries against the real Price List) where it gives them;
 * a query built on anything less says so ({@link PriceQuery#verified()} false) and its price may
 * simply not be found against the real service — it is then reported, never guessed.
 *
 * <p>Requests filter on what identifies a product family (service code, region, group or
 * product family, instance type); the choice among the returned products is made by anchored
 * usage-type patterns, so a region prefix (USE1-, EU-, none in us-east-1) does not matter and
 * batch, cache, reserved, provisioned, latency-optimized, flex, priority, long-context and
 * cross-geo variants are left out unless the key asks for exactly that variant.
 */
public final class PriceListQueries {

    private PriceListQueries() {
    }

    private static final String PREFIX = "^([A-Z0-9]+-)?";
    private static final String FACTS = "aws-pricing-facts.md §9.2 (Infracost's Price List queries)";

    // Price List unit spellings (case-insensitive), and how many of them one catalog unit is
    private static final String HOURS = "hrs?|hours?";
    private static final String GB = "GB";
    private static final String GB_MONTHS = "GB-Mo(nth)?s?";
    private static final String GB_SECONDS = "(Lambda-)?GB-Seconds?";
    private static final String GB_HOURS = "GB-(Hours?|Hrs?)";
    private static final String REQUESTS = "Requests?";

    /** Price List location names, used where products carry no regionCode (AWSDataTransfer's from/to). */
    static final Map<String, String> LOCATIONS = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"), Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-1", "US West (N. California)"), Map.entry("us-west-2", "US West (Oregon)"),
            Map.entry("ca-central-1", "Canada (Central)"), Map.entry("eu-west-1", "EU (Ireland)"),
            Map.entry("eu-west-2", "EU (London)"), Map.entry("eu-west-3", "EU (Paris)"),
            Map.entry("eu-central-1", "EU (Frankfurt)"), Map.entry("eu-north-1", "EU (Stockholm)"),
            Map.entry("ap-south-1", "Asia Pacific (Mumbai)"), Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"),
            Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"), Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Map.entry("sa-east-1", "South America (Sao Paulo)"));

    /** The query for a catalog price, or empty when none is known ({@link #whyNoQuery} says why). */
    public static Optional<PriceQuery> forKey(String key, Catalog catalog) {
        String region = catalog.region();
        Optional<PriceQuery> fixed = Optional.ofNullable(fixedKey(key, region));
        if (fixed.isPresent()) return fixed;
        if (key.startsWith("bedrock.")) return bedrock(key, catalog);
        if (key.startsWith(PriceKeys.EC2)) return Optional.of(ec2(key, region, key.substring(PriceKeys.EC2.length())));
        if (key.startsWith(PriceKeys.SAGEMAKER_HOSTING)) {
            return Optional.of(sagemaker(key, region, key.substring(PriceKeys.SAGEMAKER_HOSTING.length()), "Host"));
        }
        if (key.startsWith(PriceKeys.SAGEMAKER_TRAINING)) {
            return Optional.of(sagemaker(key, region, key.substring(PriceKeys.SAGEMAKER_TRAINING.length()), "Train"));
        }
        if (key.startsWith("elasticache.cache.")) return Optional.of(elastiCacheNode(key, region, key.substring("elasticache.".length())));
        if (key.startsWith("aurora.db.")) return Optional.of(auroraInstance(key, region, key.substring("aurora.".length())));
        if (key.startsWith("data_transfer.inter_region.")) {
            return interRegion(key, region, key.substring("data_transfer.inter_region.".length()));
        }
        return Optional.empty();
    }

    /** Why a key has no query: the facts name no attributes for it, or the key is unknown to the table. */
    public static String whyNoQuery(String key) {
        if (key.startsWith("agentcore.")) {
            return "no Price List query is known: service code AmazonBedrockAgentCore is named in aws-pricing-facts.md §9.2, "
                    + "but its attributes and usage types were not collected";
        }
        if (key.startsWith("rerank.")) {
            return "no Price List query is known: Amazon Rerank 1.0 is not offered in us-east-1 and its usage types were not found";
        }
        if (key.equals("lambda.response_streaming")) {
            return "no Price List query is known: the facts give no group or usage type for Lambda response streaming";
        }
        if (key.startsWith("data_transfer.")) return "no Price List location name is known for this region or destination";
        if (key.startsWith("s3_vectors.")) {
            return "no Price List query is known: S3 Vectors is priced from the S3 pricing page; its usage types were not found"
                    + " (searched under AmazonS3 in the stored code and pages, decision 0028)";
        }
        if (key.startsWith("embedding.cohere-")) {
            return "no Price List query is known: Cohere Embed is under AmazonBedrockFoundationModels, but the servicename of its v3"
                    + " products was not found (only \"Cohere Embed 4\" was seen); a guessed name would never match";
        }
        if (key.equals("opensearch_serverless.storage")) {
            return "no Price List query is known: the usage type of OpenSearch Serverless managed storage was not found (the AWS"
                    + " calculator meters it as s3GBHour, which is not a Price List usage type)";
        }
        if (key.matches("bedrock\\..*\\.(flex_|priority_)?(long_context_)?(cache_write_1h|input|output|cache_read|cache_write)")
                && key.matches(".*\\.(flex_|priority_|long_context_|cache_write_1h).*")) {
            return "no Price List query is known: the usage types of Bedrock's 1-hour cache writes, long-context, flex and priority "
                    + "prices were not collected (pricing-2026-additions.md §2.6)";
        }
        if (key.startsWith("bedrock.")) return "no Price List query is known: the key names no model or token kind of the catalog";
        return "no Price List query is known for this key";
    }

    private static PriceQuery fixedKey(String key, String region) {
        return switch (key) {
            // DynamoDB on-demand throughput and storage (Standard table class; IA- variants left out)
            case "dynamodb.read_request_units" -> q(key, "AmazonDynamoDB", "1M read request units", region)
                    .filter("productFamily", "Amazon DynamoDB PayPerRequest Throughput").filter("group", "DDB-ReadUnits")
                    .usageType(PREFIX + "ReadRequestUnits$").excludeUsageType("(^|-)IA-")
                    .unit("ReadRequestUnits?", 1_000_000).build();
            case "dynamodb.write_request_units" -> q(key, "AmazonDynamoDB", "1M write request units", region)
                    .filter("productFamily", "Amazon DynamoDB PayPerRequest Throughput").filter("group", "DDB-WriteUnits")
                    .usageType(PREFIX + "WriteRequestUnits$").excludeUsageType("(^|-)IA-")
                    .unit("WriteRequestUnits?", 1_000_000).build();
            case "dynamodb.storage" -> q(key, "AmazonDynamoDB", "GB-months", region)
                    .filter("productFamily", "Database Storage")
                    .usageType(PREFIX + "TimedStorage-ByteHrs$").excludeUsageType("(^|-)IA-")
                    .unit(GB_MONTHS, 1).build();

            // Lambda: one Price List group per price; the free tier is an allowance, never a $0 tier
            case "lambda.requests" -> lambda(key, region, "AWS-Lambda-Requests", "1M requests", REQUESTS, 1_000_000);
            case "lambda.x86_64.duration" -> lambda(key, region, "AWS-Lambda-Duration", "GB-seconds", GB_SECONDS, 1);
            case "lambda.arm64.duration" -> lambda(key, region, "AWS-Lambda-Duration-ARM", "GB-seconds", GB_SECONDS, 1);
            case "lambda.x86_64.provisioned_concurrency" ->
                    lambda(key, region, "AWS-Lambda-Provisioned-Concurrency", "GB-seconds", GB_SECONDS, 1);
            case "lambda.arm64.provisioned_concurrency" ->
                    lambda(key, region, "AWS-Lambda-Provisioned-Concurrency-ARM", "GB-seconds", GB_SECONDS, 1);
            case "lambda.x86_64.provisioned_duration" ->
                    lambda(key, region, "AWS-Lambda-Duration-Provisioned", "GB-seconds", GB_SECONDS, 1);
            case "lambda.arm64.provisioned_duration" ->
                    lambda(key, region, "AWS-Lambda-Duration-Provisioned-ARM", "GB-seconds", GB_SECONDS, 1);
            case "lambda.ephemeral_storage" -> lambda(key, region, "AWS-Lambda-Storage-Duration", "GB-seconds", GB_SECONDS, 1);

            // Fargate, Linux; Spot and Windows usage types do not match the anchored patterns
            case "fargate.x86_64.vcpu" -> fargate(key, region, "Fargate-vCPU-Hours:perCPU", "vCPU-hours", "(vCPU-)?" + "(" + HOURS + ")");
            case "fargate.x86_64.memory" -> fargate(key, region, "Fargate-GB-Hours", "GB-hours", GB_HOURS);
            case "fargate.arm64.vcpu" -> fargate(key, region, "Fargate-ARM-vCPU-Hours:perCPU", "vCPU-hours", "(vCPU-)?" + "(" + HOURS + ")");
            case "fargate.arm64.memory" -> fargate(key, region, "Fargate-ARM-GB-Hours", "GB-hours", GB_HOURS);

            case "nat_gateway.hours" -> q(key, "AmazonEC2", "gateway-hours", region).filter("productFamily", "NAT Gateway")
                    .usageType(PREFIX + "NatGateway-Hours$").unit(HOURS, 1).build();
            case "nat_gateway.data" -> q(key, "AmazonEC2", "GB", region).filter("productFamily", "NAT Gateway")
                    .usageType(PREFIX + "NatGateway-Bytes$").unit(GB, 1).build();
            case "vpc_endpoints.hours" -> q(key, "AmazonVPC", "endpoint-AZ-hours", region).filter("productFamily", "VpcEndpoint")
                    .usageType(PREFIX + "VpcEndpoint-Hours$").unit(HOURS, 1).build();
            case "vpc_endpoints.data" -> q(key, "AmazonVPC", "GB", region).filter("productFamily", "VpcEndpoint")
                    .usageType(PREFIX + "VpcEndpoint-Bytes$").unit(GB, 1).build();
            case "alb.hours" -> q(key, "AWSELB", "load-balancer-hours", region).filter("productFamily", "Load Balancer-Application")
                    .filter("locationType", "AWS Region").usageType(PREFIX + "LoadBalancerUsage$").unit(HOURS, 1).build();
            case "alb.lcu" -> q(key, "AWSELB", "LCU-hours", region).filter("productFamily", "Load Balancer-Application")
                    .filter("locationType", "AWS Region").usageType(PREFIX + "LCUUsage$").unit("LCU-(" + HOURS + ")", 1).build();

            case "api_gateway.rest.requests" -> q(key, "AmazonApiGateway", "1M requests", region).filter("productFamily", "API Calls")
                    .usageType(PREFIX + "ApiGatewayRequest$").unit(REQUESTS, 1_000_000).build();
            case "api_gateway.http.requests" -> q(key, "AmazonApiGateway", "1M requests", region).filter("productFamily", "API Calls")
                    .usageType(PREFIX + "ApiGatewayHttpRequest$").unit(REQUESTS, 1_000_000).build();
            case "api_gateway.websocket.messages" -> q(key, "AmazonApiGateway", "1M messages", region).filter("productFamily", "WebSocket")
                    .usageType(PREFIX + "ApiGatewayMessage$").unit("Messages?", 1_000_000).build();
            case "api_gateway.websocket.connection_minutes" -> q(key, "AmazonApiGateway", "1M connection-minutes", region)
                    .filter("productFamily", "WebSocket").usageType(PREFIX + "ApiGatewayMinute$").unit("Minutes?", 1_000_000).build();

            // Aurora Standard (I/O-Optimized usage types do not match)
            case "aurora.storage" -> q(key, "AmazonRDS", "GB-months", region).filter("productFamily", "Database Storage")
                    .usageType(PREFIX + "Aurora:StorageUsage$").unit(GB_MONTHS, 1).build();
            case "aurora.io" -> q(key, "AmazonRDS", "1M I/O requests", region).filter("productFamily", "System Operation")
                    .usageType(PREFIX + "Aurora:StorageIOUsage$").unit("IOs?|I/Os?|IO requests", 1_000_000).build();
            case "aurora.serverless_v2" -> q(key, "AmazonRDS", "ACU-hours", region).filter("productFamily", "ServerlessV2")
                    .filter("databaseEngine", "Aurora PostgreSQL").usageType(PREFIX + "Aurora:ServerlessV2Usage$")
                    .unit("ACU-(Hr|Hrs|Hours?)", 1)
                    .unverified("productFamily ServerlessV2 from the facts; the databaseEngine filter, usage type and unit are not").build();

            case "elasticache.serverless.redis.storage" -> elastiCacheServerless(key, region, "Redis", "CachedData", "GB-hours", GB_HOURS, 1);
            case "elasticache.serverless.redis.ecpu" ->
                    elastiCacheServerless(key, region, "Redis", "ElastiCacheProcessingUnits", "1M ECPUs", "ECPUs?|ElastiCacheProcessingUnits?", 1_000_000);
            case "elasticache.serverless.valkey.storage" -> elastiCacheServerless(key, region, "Valkey", "CachedData", "GB-hours", GB_HOURS, 1);
            case "elasticache.serverless.valkey.ecpu" ->
                    elastiCacheServerless(key, region, "Valkey", "ElastiCacheProcessingUnits", "1M ECPUs", "ECPUs?|ElastiCacheProcessingUnits?", 1_000_000);

            case "cloudwatch.logs_ingestion" -> q(key, "AmazonCloudWatch", "GB", region).filter("productFamily", "Data Payload")
                    .usageType(PREFIX + "DataProcessing-Bytes$").unit(GB, 1).build();
            case "cloudwatch.logs_storage" -> q(key, "AmazonCloudWatch", "GB-months", region).filter("productFamily", "Storage Snapshot")
                    .usageType(PREFIX + "TimedStorage-ByteHrs$").unit(GB_MONTHS, 1).build();

            case "data_transfer.cross_az" -> location(region).map(from -> q(key, "AWSDataTransfer", "GB", null)
                    .filter("productFamily", "Data Transfer").filter("transferType", "IntraRegion")
                    .filter("fromLocation", from).filter("toLocation", from)
                    .usageType(PREFIX + "DataTransfer-Regional-Bytes$").unit(GB, 1).build()).orElse(null);
            case "data_transfer.internet_egress" -> location(region).map(from -> q(key, "AWSDataTransfer", "GB", null)
                    .filter("productFamily", "Data Transfer").filter("transferType", "AWS Outbound")
                    .filter("fromLocation", from).filter("toLocation", "External")
                    .usageType(PREFIX + "DataTransfer-Out-Bytes$").unit(GB, 1).build()).orElse(null);

            case "xray.traces" -> q(key, "AWSXRay", "1M traces recorded", region).usageType(PREFIX + "XRay-TracesStored$")
                    .unit("Traces?", 1_000_000)
                    .unverified("service code AWSXRay, the usage type and the unit are not verified (aws-pricing-facts.md §9.2: NOT verified)")
                    .build();

            // retrieval (issue 16): Titan embeddings carry no `model` attribute but `titanModel` (a live probe of 2026-05-13,
            // decision 0024); OpenSearch Serverless compute by the usage types of a real bill (APN1-IndexingOCU, -SearchOCU)
            case "embedding.titan-text-embeddings-v2" -> {
                Builder b = q(key, "AmazonBedrock", "1M tokens", region).include("titanModel", "^TitanEmbeddingsV2-Text-input$")
                        .usageType("(?i)-input-tokens$").excludeUsageType(ALWAYS_EXCLUDED).excludeUsageType("(?i)batch");
                tokenUnits(b);
                yield b.unverified("the titanModel value TitanEmbeddingsV2-Text-input is from a secondary source (a refresher's live probe,"
                        + " 2026-05-13); the usage type is not seen").build();
            }
            case "opensearch_serverless.indexing_ocu" -> q(key, "AmazonES", "OCU-hours", region).usageType(PREFIX + "IndexingOCU$")
                    .unit("OCU-(" + HOURS + ")|" + HOURS, 1)
                    .unverified("usage type IndexingOCU from a real bill (index id 68711160073); the Price List unit is not seen").build();
            case "opensearch_serverless.search_ocu" -> q(key, "AmazonES", "OCU-hours", region).usageType(PREFIX + "SearchOCU$")
                    .unit("OCU-(" + HOURS + ")|" + HOURS, 1)
                    .unverified("usage type SearchOCU from a real bill (index id 68711160073); the Price List unit is not seen").build();
            // S3, Step Functions, Secrets Manager (issue 16, decision 0025)
            case "s3.standard.storage" -> s3Storage(key, region, "AmazonS3", "TimedStorage-ByteHrs", "Standard").build();
            case "s3.standard.put_requests" -> s3Requests(key, region, "AmazonS3", "Requests-Tier1", null).build();
            case "s3.standard.get_requests" -> s3Requests(key, region, "AmazonS3", "Requests-Tier2", null).build();
            case "s3.standard_ia.storage" -> s3Storage(key, region, "AmazonS3", "TimedStorage-SIA-ByteHrs", null).build();
            case "s3.standard_ia.put_requests" -> s3Requests(key, region, "AmazonS3", "Requests-SIA-Tier1", null).build();
            case "s3.standard_ia.get_requests" -> s3Requests(key, region, "AmazonS3", "Requests-SIA-Tier2", null).build();
            case "s3.standard_ia.retrieval" -> s3Retrieval(key, region, "Retrieval-SIA").build();
            case "s3.one_zone_ia.storage" -> s3Storage(key, region, "AmazonS3", "TimedStorage-ZIA-ByteHrs", null).build();
            case "s3.one_zone_ia.put_requests" -> s3Requests(key, region, "AmazonS3", "Requests-ZIA-Tier1", null).build();
            case "s3.one_zone_ia.get_requests" -> s3Requests(key, region, "AmazonS3", "Requests-ZIA-Tier2", null).build();
            case "s3.one_zone_ia.retrieval" -> s3Retrieval(key, region, "Retrieval-ZIA").build();
            case "s3.glacier_instant_retrieval.storage", "s3.glacier_instant_retrieval.put_requests",
                    "s3.glacier_instant_retrieval.get_requests", "s3.glacier_instant_retrieval.retrieval" -> glacierInstant(key, region);
            case "s3.glacier_flexible_retrieval.storage" -> s3Storage(key, region, "AmazonGlacier", "TimedStorage-ByteHrs", null).build();
            case "s3.glacier_flexible_retrieval.put_requests" -> s3Requests(key, region, "AmazonS3", "Requests-GLACIER-Tier1", "PostObject").build();
            case "s3.glacier_flexible_retrieval.get_requests" -> s3Requests(key, region, "AmazonS3", "Requests-GLACIER-Tier2", null).build();
            case "s3.glacier_deep_archive.storage" -> s3Storage(key, region, "AmazonS3GlacierDeepArchive", "TimedStorage-GDA-ByteHrs", null).build();
            case "s3.glacier_deep_archive.put_requests" ->
                    s3Requests(key, region, "AmazonS3GlacierDeepArchive", "Requests-GDA-Tier1", "PostObject").build();
            case "s3.glacier_deep_archive.get_requests" -> s3Requests(key, region, "AmazonS3", "Requests-GDA-Tier2", null).build();
            case "step_functions.transitions" -> stepFunctions(key, region, "1K transitions", "StateTransition", "(State)?Transitions?", 1000);
            case "step_functions.express_requests" -> stepFunctions(key, region, "1M requests", "StepFunctions-Request", REQUESTS, 1_000_000);
            case "step_functions.express_duration" ->
                    stepFunctions(key, region, "GB-hours", "StepFunctions-GB-Second", "GB-Seconds?|Second", 3600);
            case "secrets_manager.secrets" -> q(key, "AWSSecretsManager", "secret-months", region)
                    .usageType(PREFIX + "AWSSecretsManager-Secrets?$").unit("Secrets?|Months?|Secret-Months?", 1)
                    .unverified("usage type AWSSecretsManager-Secret(s) is from a CUR report and a code table; the unit is not verified").build();
            case "secrets_manager.api_calls" -> q(key, "AWSSecretsManager", "10K API calls", region)
                    .usageType(PREFIX + "AWSSecretsManager-APIRequest$").unit("(API ?)?(Requests?|Calls?)", 10_000)
                    .unverified("usage type AWSSecretsManager-APIRequest and the unit are assumed; no source names them").build();
            // Bedrock Guardrails (ApplyGuardrail) per policy, decision 0028; the InvokeGuardrailChecks family (GuardrailChecks-*)
            // is another API at other prices and does not match the anchored patterns, nor do the image and free-PII variants
            case "guardrails.content_filters" -> guardrail(key, region, "ContentPolicyUnitsConsumed");
            case "guardrails.denied_topics" -> guardrail(key, region, "TopicPolicyUnitsConsumed");
            case "guardrails.sensitive_information" -> guardrail(key, region, "SensitiveInformationPolicyPaidUnitsConsumed");
            case "guardrails.contextual_grounding" -> guardrail(key, region, "ContextualGroundingPolicyUnitsConsumed");
            case "rerank.cohere-rerank-3-5" -> cohereRerank(key, region);
            default -> null;
        };
    }

    /** Where the Guardrails and Cohere Rerank usage types were seen (decision 0028); neither is in aws-pricing-facts.md. */
    private static final String BEDROCK_EXTRAS_SEEN = "a get_attribute_values(AmazonBedrock, usagetype) read of 2026-08-09 published with its"
            + " prices (index id 61869797510) and a bulk-offer check script (index id 69709776113)";

    /**
     * One Guardrails policy: AmazonBedrock, usage type &lt;prefix&gt;-Guardrail-&lt;Policy&gt;UnitsConsumed. The unit's spelling is
     * not seen: one source quotes the description "per 1K text units", another prices a text unit at $0.00015, a test fixture
     * writes "1K units"; each spelling converts to the catalog's $ per 1K text units.
     */
    private static PriceQuery guardrail(String key, String region, String policy) {
        return q(key, "AmazonBedrock", "1K text units", region).usageType(PREFIX + "Guardrail-" + Pattern.quote(policy) + "$")
                .unit("1K[ -]?(text[ -]?)?units?", 1)
                .unitDescribed("(text[ -]?)?units?", "(?i)(\\b1K\\b|1,000|thousand)", 1)
                .unit("(text[ -]?)?units?", 1000)
                .unverified("usage type Guardrail-" + policy + " from " + BEDROCK_EXTRAS_SEEN + "; the Price List unit spelling is not seen")
                .build();
    }

    /**
     * Cohere Rerank 3.5, sold through AWS Marketplace: AmazonBedrockFoundationModels, servicename beginning "Cohere Rerank v3.5",
     * usage type containing search_units (one search unit is one query of up to 100 documents). Unit spelling not seen.
     */
    private static PriceQuery cohereRerank(String key, String region) {
        return q(key, "AmazonBedrockFoundationModels", "1K queries", region).include("servicename", "^Cohere Rerank v3\\.5\\b")
                .usageType("(?i)search_units").excludeUsageType(ALWAYS_EXCLUDED).excludeUsageType("(?i)batch|global")
                .unit("1K[ -]?(search[ _-]?)?(units?|queries)", 1)
                .unitDescribed("(search[ _-]?)?(units?|queries)", "(?i)(\\b1K\\b|1,000|thousand)", 1)
                .unit("(search[ _-]?)?(units?|queries)", 1000)
                .unverified("servicename and usage type from " + BEDROCK_EXTRAS_SEEN + "; the unit spelling is not seen")
                .build();
    }

    private static final String S3_BASIS = "Infracost's S3 queries (infracost internal/resources/aws s3 storage-class resources: usage types "
            + "TimedStorage-*-ByteHrs, Requests-*-Tier1/Tier2, Retrieval-*)";

    private static Builder s3Storage(String key, String region, String service, String usageType, String volumeType) {
        Builder b = q(key, service, "GB-months", region).usageType(PREFIX + Pattern.quote(usageType) + "$").unit(GB_MONTHS, 1).basis(S3_BASIS);
        return volumeType == null ? b : b.filter("volumeType", volumeType);
    }

    private static Builder s3Requests(String key, String region, String service, String usageType, String operation) {
        Builder b = q(key, service, "1K requests", region).usageType(PREFIX + Pattern.quote(usageType) + "$").unit(REQUESTS, 1000).basis(S3_BASIS);
        return operation == null ? b : b.filter("operation", operation);
    }

    private static Builder s3Retrieval(String key, String region, String usageType) {
        return q(key, "AmazonS3", "GB", region).usageType(PREFIX + Pattern.quote(usageType) + "$").unit(GB, 1).basis(S3_BASIS);
    }

    /** Glacier Instant Retrieval is newer than Infracost's S3 resources: its GIR usage types are from a list of S3 usage types only. */
    private static PriceQuery glacierInstant(String key, String region) {
        String item = key.substring("s3.glacier_instant_retrieval.".length());
        Builder b = switch (item) {
            case "storage" -> s3Storage(key, region, "AmazonS3", "TimedStorage-GIR-ByteHrs", null);
            case "put_requests" -> s3Requests(key, region, "AmazonS3", "Requests-GIR-Tier1", null);
            case "get_requests" -> s3Requests(key, region, "AmazonS3", "Requests-GIR-Tier2", null);
            default -> s3Retrieval(key, region, "Retrieval-GIR");
        };
        return b.unverified("the GIR usage types come from a list of S3 usage types, not from a query seen against the Price List").build();
    }

    private static PriceQuery stepFunctions(String key, String region, String unit, String usageType, String plUnit, long scale) {
        return q(key, "AmazonStates", unit, region).filter("productFamily", "AWS Step Functions")
                .usageType(PREFIX + Pattern.quote(usageType) + "$").unit(plUnit, scale)
                .unverified("productFamily and usage types are from aws-pricing-facts.md §9.2; the Price List unit spellings of AmazonStates are not")
                .build();
    }

    private static PriceQuery lambda(String key, String region, String group, String unit, String plUnit, long scale) {
        return q(key, "AWSLambda", unit, region).filter("productFamily", "Serverless").filter("group", group)
                .excludeUsageType("(?i)free|edge").exclude("groupDescription", "(?i)free tier").unit(plUnit, scale).build();
    }

    private static PriceQuery fargate(String key, String region, String usageType, String unit, String plUnit) {
        return q(key, "AmazonECS", unit, region).filter("productFamily", "Compute")
                .usageType(PREFIX + Pattern.quote(usageType) + "$").unit(plUnit, 1).build();
    }

    private static PriceQuery ec2(String key, String region, String instanceType) {
        return q(key, "AmazonEC2", "instance-hours", region).filter("productFamily", "Compute Instance")
                .filter("instanceType", instanceType).filter("tenancy", "Shared").filter("operatingSystem", "Linux")
                .filter("preInstalledSw", "NA").filter("licenseModel", "No License required").filter("capacitystatus", "Used")
                .usageType(PREFIX + "BoxUsage:" + Pattern.quote(instanceType) + "$").unit(HOURS, 1).build();
    }

    private static PriceQuery sagemaker(String key, String region, String instanceType, String use) {
        return q(key, "AmazonSageMaker", "instance-hours", region).filter("instanceType", instanceType)
                .usageType(PREFIX + use + ":" + Pattern.quote(instanceType) + "$").unit(HOURS, 1)
                .unverified("the SageMaker attribute set is NOT verified (aws-pricing-facts.md §9.2); "
                        + (use.equals("Host") ? "usage type USE1-Host:<type> is from a CUR fixture" : "the Train: usage type is assumed"))
                .build();
    }

    private static PriceQuery elastiCacheNode(String key, String region, String nodeType) {
        return q(key, "AmazonElastiCache", "node-hours", region).filter("productFamily", "Cache Instance")
                .filter("instanceType", nodeType).filter("cacheEngine", "Redis")
                .usageType(PREFIX + "NodeUsage:" + Pattern.quote(nodeType) + "$").unit(HOURS, 1).build();
    }

    private static PriceQuery elastiCacheServerless(String key, String region, String engine, String usage, String unit, String plUnit,
                                                    long scale) {
        return q(key, "AmazonElastiCache", unit, region).filter("cacheEngine", engine)
                .usageType(PREFIX + "(ElastiCache:?)?" + usage + "$").unit(plUnit, scale)
                .unverified("usage types CachedData / ElastiCacheProcessingUnits are from cur.vantage.sh; the engine filter and units are not verified")
                .build();
    }

    private static PriceQuery auroraInstance(String key, String region, String instanceClass) {
        return q(key, "AmazonRDS", "instance-hours", region).filter("productFamily", "Database Instance")
                .filter("databaseEngine", "Aurora PostgreSQL").filter("instanceType", instanceClass)
                .usageType(PREFIX + "InstanceUsage:" + Pattern.quote(instanceClass) + "$").unit(HOURS, 1).build();
    }

    private static Optional<PriceQuery> interRegion(String key, String region, String destination) {
        Optional<String> from = location(region);
        Optional<String> to = location(destination);
        if (from.isEmpty() || to.isEmpty()) return Optional.empty();
        return Optional.of(q(key, "AWSDataTransfer", "GB", null).filter("productFamily", "Data Transfer")
                .filter("transferType", "InterRegion Outbound").filter("fromLocation", from.get()).filter("toLocation", to.get())
                .unit(GB, 1).build());
    }

    private static Optional<String> location(String region) {
        return Optional.ofNullable(LOCATIONS.get(region));
    }

    // ---- Bedrock -------------------------------------------------------------------------------

    /** The token kinds a refresh looks up per model and price level. */
    public static final List<String> BEDROCK_KINDS = List.of("input", "output", "cache_write", "cache_read", "batch_input", "batch_output");
    private static final String ALWAYS_EXCLUDED = "(?i)(reserved|provisioned|latency|optimized|flex|priority|longcontext|long-context|"
            + "crossgeo|cross-geo|custom)";

    private static Optional<PriceQuery> bedrock(String key, Catalog catalog) {
        for (BedrockModel m : catalog.models().values()) {
            for (String endpoint : m.endpoints()) {
                for (String kind : BEDROCK_KINDS) {
                    if (PriceKeys.bedrock(m, endpoint, kind).equals(key)) {
                        return Optional.of(marketplace(m)
                                ? foundationModel(key, catalog.region(), m, endpoint, kind)
                                : bedrockService(key, catalog.region(), m, endpoint, kind));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a model is priced under AmazonBedrockFoundationModels: Claude, or a model a refresh discovered there. */
    private static boolean marketplace(BedrockModel m) {
        if (m.modelId() != null) return m.modelId().startsWith("anthropic.");
        return m.source() != null && m.source().contains(BedrockDiscovery.FOUNDATION_MODELS);
    }

    /**
     * Claude is sold through AWS Marketplace: service AmazonBedrockFoundationModels, product named by
     * {@code servicename} "Claude Sonnet 4.6 (Amazon Bedrock Edition)", $ per 1M tokens (unit "Units",
     * description "... Million Input Tokens ..."). Regional and global are different usage types.
     */
    private static PriceQuery foundationModel(String key, String region, BedrockModel m, String endpoint, String kind) {
        boolean global = endpoint.equals("global");
        String g1 = global ? "_Global" : "";
        String g5 = global ? "_global" : "";
        String mp = "^[A-Z0-9]+-MP:[A-Z0-9]+_";
        String usage = switch (kind) {
            case "input" -> "(InputTokenCount" + g1 + "|input_tokens" + g5 + "_standard)";
            case "output" -> "(OutputTokenCount" + g1 + "|output_tokens" + g5 + "_standard)";
            case "cache_read" -> "(CacheReadInputTokenCount" + g1 + "|cache_read_input_tokens" + g5 + "_standard|cache_read_tokens" + g5 + "_standard)";
            case "cache_write" -> "(CacheWriteInputTokenCount" + g1 + "|cache_write_input_tokens" + g5 + "_standard|cache_write_tokens" + g5
                    + "_standard|cache_write_tokens_5m" + g5 + "_standard)";
            case "batch_input" -> "(InputTokenCount" + g1 + "_Batch|input_tokens" + g5 + "_batch)";
            case "batch_output" -> "(OutputTokenCount" + g1 + "_Batch|output_tokens" + g5 + "_batch)";
            default -> throw new IllegalArgumentException(kind);
        };
        Builder b = q(key, "AmazonBedrockFoundationModels", "1M tokens", region)
                .include("servicename", servicename(m.name()))
                .usageType(mp + usage + "-Units$")
                .excludeUsageType(ALWAYS_EXCLUDED);
        variantExclusions(b, kind, global);
        tokenUnits(b);
        boolean verifiedKind = kind.equals("input") || kind.equals("output");
        if (!verifiedKind) {
            b.unverified("the " + kind + " usage type of AmazonBedrockFoundationModels is not verified "
                    + "(the facts give only input and output usage types)");
        } else {
            b.basis("service code, servicename and usage types: aws-pricing-facts.md §9.2 (seen for Claude Sonnet 4.6 and Haiku 4.5)");
        }
        return b.build();
    }

    /**
     * Amazon Nova, Meta Llama and other first-party-billed models: service AmazonBedrock, product
     * named by {@code model}, usage types like USE1-NovaPro-input-tokens, $ per 1K tokens.
     */
    private static PriceQuery bedrockService(String key, String region, BedrockModel m, String endpoint, String kind) {
        Builder b = q(key, "AmazonBedrock", "1M tokens", region).include("model", modelAttribute(m.name()));
        switch (kind) {
            case "input" -> b.usageType("(?i)-input-tokens$");
            case "output" -> b.usageType("(?i)-output-tokens$");
            case "batch_input" -> b.usageType("(?i)-input-tokens-batch$");
            case "batch_output" -> b.usageType("(?i)-output-tokens-batch$");
            case "cache_read" -> b.usageType("(?i)cache-?read").usageType("(?i)input-tokens");
            case "cache_write" -> b.usageType("(?i)cache-?write").usageType("(?i)input-tokens");
            default -> throw new IllegalArgumentException(kind);
        }
        b.excludeUsageType(ALWAYS_EXCLUDED);
        variantExclusions(b, kind, endpoint.equals("global"));
        tokenUnits(b);
        if (kind.equals("input") || kind.equals("output")) {
            b.basis("service code, attribute model and usage types <prefix>-<Model>-input-tokens/-output-tokens: aws-pricing-facts.md §9.2; "
                    + "the model attribute's spelling for this model is not verified");
        } else {
            b.unverified("the " + kind + " usage type of AmazonBedrock is not verified (facts: batch/cache variants exist, names not collected)");
        }
        return b.build();
    }

    private static void variantExclusions(Builder b, String kind, boolean global) {
        if (!kind.startsWith("batch")) b.excludeUsageType("(?i)batch");
        if (!kind.startsWith("cache")) b.excludeUsageType("(?i)cache");
        if (!global) b.excludeUsageType("(?i)global");
    }

    /** $ per 1M tokens in the catalog: "Units" described as "Million ... Tokens" (×1) or per 1K tokens (×1000). */
    private static void tokenUnits(Builder b) {
        b.unit("(1M|Million)[ -]?tokens?", 1);
        b.unit("(1K|1,000|Thousand)[ -]?tokens?", 1000);
        b.unitDescribed("units?|tokens?", "(?i)million", 1);
        b.unitDescribed("units?|tokens?", "(?i)(\\b1K\\b|1,000|thousand)", 1000);
    }

    /** "Claude Sonnet 4.6" also as "Claude 4.6 Sonnet" (Cost Explorer shows both orders), with the Marketplace suffix. */
    static String servicename(String name) {
        List<String> names = new ArrayList<>(List.of(name));
        Matcher a = Pattern.compile("^Claude ([A-Za-z]+) ([\\d.]+)$").matcher(name);
        Matcher b = Pattern.compile("^Claude ([\\d.]+) ([A-Za-z]+)$").matcher(name);
        if (a.matches()) names.add("Claude " + a.group(2) + " " + a.group(1));
        if (b.matches()) names.add("Claude " + b.group(2) + " " + b.group(1));
        return "^(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ") \\(Amazon Bedrock Edition\\)$";
    }

    /** "Nova Pro" also as "Amazon Nova Pro"; "Llama 3.3 70B Instruct" also without "Instruct" or with "Meta ". */
    static String modelAttribute(String name) {
        String base = name.replaceFirst(" Instruct$", "");
        return "(?i)^(Amazon |Meta )?" + Pattern.quote(base) + "( Instruct)?$";
    }

    // ---- builder -------------------------------------------------------------------------------

    private static Builder q(String key, String serviceCode, String catalogUnit, String region) {
        Builder b = new Builder(key, serviceCode, catalogUnit);
        if (region != null) b.filter("regionCode", region);
        return b;
    }

    private static final class Builder {
        private final String key;
        private final String serviceCode;
        private final String catalogUnit;
        private final List<PriceQuery.Filter> filters = new ArrayList<>();
        private final List<PriceQuery.Rule> rules = new ArrayList<>();
        private final List<PriceQuery.UnitRule> units = new ArrayList<>();
        private boolean verified = true;
        private String basis = FACTS;

        Builder(String key, String serviceCode, String catalogUnit) {
            this.key = key;
            this.serviceCode = serviceCode;
            this.catalogUnit = catalogUnit;
        }

        Builder filter(String field, String value) {
            filters.add(new PriceQuery.Filter(field, value));
            return this;
        }

        Builder usageType(String regex) {
            return include("usagetype", regex);
        }

        Builder excludeUsageType(String regex) {
            return exclude("usagetype", regex);
        }

        Builder include(String attribute, String regex) {
            rules.add(new PriceQuery.Rule(attribute, Pattern.compile(regex), true));
            return this;
        }

        Builder exclude(String attribute, String regex) {
            rules.add(new PriceQuery.Rule(attribute, Pattern.compile(regex), false));
            return this;
        }

        Builder unit(String regex, long scale) {
            units.add(new PriceQuery.UnitRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), null, BigDecimal.valueOf(scale)));
            return this;
        }

        Builder unitDescribed(String regex, String description, long scale) {
            units.add(new PriceQuery.UnitRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Pattern.compile(description),
                    BigDecimal.valueOf(scale)));
            return this;
        }

        Builder unverified(String why) {
            verified = false;
            basis = "unverified: " + why;
            return this;
        }

        Builder basis(String text) {
            basis = text;
            return this;
        }

        PriceQuery build() {
            return new PriceQuery(key, serviceCode, filters, rules, units, catalogUnit, verified, basis);
        }
    }
}
