package io.agentcost.model;

import static io.agentcost.model.KeySpec.catalogName;
import static io.agentcost.model.KeySpec.choice;
import static io.agentcost.model.KeySpec.instanceName;
import static io.agentcost.model.KeySpec.number;
import static io.agentcost.model.KeySpec.optionalNumber;

import java.util.List;
import java.util.Locale;

/**
 * The components an architecture can have (SPEC §3, §11) with their keys. Nested keys
 * ({@code training}, {@code provisioned_concurrency}) are written with a dot.
 */
public enum ComponentType {
    BEDROCK(Category.INFERENCE, List.of()),
    SAGEMAKER(Category.INFERENCE, List.of(
            instanceName("instance_type", false, "SageMaker real-time endpoint instance type, e.g. ml.g5.2xlarge."),
            choice("mode", null, List.of("fixed", "autoscale"), "fixed: `instances` run all month; autoscale: instance-hours follow the served output tokens."),
            optionalNumber("instances", Range.NON_NEGATIVE, "instances", "Instances of a fixed endpoint (required when mode is fixed)."),
            optionalNumber("throughput_tokens_per_second", Range.POSITIVE, "tokens/s", "Output tokens one instance serves per second (required when mode is autoscale; with fixed, checks capacity)."),
            optionalNumber("prefill_tokens_per_second", Range.POSITIVE, "tokens/s", "Input tokens one instance reads per second (prefill). With it, autoscale demand counts served input and output (SPEC §12); absent: output only."),
            number("min_instances", Range.NON_NEGATIVE, "instances", 1.0, "Autoscale floor; non-production copies run at this size."),
            optionalNumber("max_instances", Range.NON_NEGATIVE, "instances", "Autoscale ceiling; demand above it is capped with a warning. Absent: no ceiling."),
            number("target_utilization", Range.POSITIVE_SHARE, "share", 0.7, "Share of throughput the autoscaler aims to use."),
            number("serves_share", Range.SHARE, "share", 1.0, "Share of LLM calls served by SageMaker; Bedrock (if present) bills the rest."),
            instanceName("training.instance_type", true, "Training instance type (optional training block)."),
            optionalNumber("training.hours_per_month", Range.NON_NEGATIVE, "hours/month", "Training hours per month (required with a training block)."),
            number("training.spot_share", Range.SHARE, "share", 0.0, "Share of training hours on managed spot."),
            optionalNumber("training.spot_savings", Range.SHARE, "share", "Spot saving off the on-demand price (required when spot_share > 0).")
    )),
    DYNAMODB(Category.STATE, List.of(
            number("read_cache_hit_rate", Range.SHARE, "share", 0.0, "Share of reads served by a cache in front of DynamoDB.")
    )),
    LAMBDA(Category.COMPUTE, List.of(
            choice("architecture", "x86_64", List.of("x86_64", "arm64"), "CPU architecture (prices and duration tiers differ)."),
            number("memory_mb", Range.POSITIVE, "MB", null, "Function memory."),
            number("duration_ms", Range.NON_NEGATIVE, "ms", null, "Billed duration per invocation, including time spent waiting on the model."),
            number("invocations_per_turn", Range.NON_NEGATIVE, "invocations", 1.0, "Invocations per turn."),
            number("cold_start_rate", Range.SHARE, "share", 0.0, "Share of invocations that cold-start."),
            optionalNumber("init_duration_ms", Range.NON_NEGATIVE, "ms", "Init duration of a cold start (required when cold_start_rate > 0)."),
            number("streaming_seconds_per_turn", Range.NON_NEGATIVE, "s", 0.0, "Extra billed seconds per turn while a response streams."),
            number("ephemeral_storage_mb", Range.POSITIVE, "MB", 512.0, "Ephemeral storage; above 512 MB is billed per GB-second."),
            optionalNumber("provisioned_concurrency.count", Range.NON_NEGATIVE, "environments", "Provisioned concurrency (with hours)."),
            optionalNumber("provisioned_concurrency.hours", Range.NON_NEGATIVE, "hours/month", "Hours per month provisioned concurrency is on (with count).")
    )),
    API_GATEWAY(Category.EDGE, List.of(
            choice("type", "http", List.of("rest", "http", "websocket"), "API type; tiers differ."),
            number("requests_per_turn", Range.NON_NEGATIVE, "requests", 1.0, "API requests per turn (rest, http)."),
            optionalNumber("messages_per_turn", Range.NON_NEGATIVE, "messages", "WebSocket messages per turn (required for websocket)."),
            optionalNumber("connection_minutes_per_conversation", Range.NON_NEGATIVE, "minutes", "WebSocket connection minutes per conversation (required for websocket).")
    )),
    FARGATE(Category.COMPUTE, List.of(
            number("tasks", Range.NON_NEGATIVE, "tasks", null, "Tasks running all month."),
            number("vcpu", Range.NON_NEGATIVE, "vCPU", null, "vCPU per task."),
            number("memory_gb", Range.NON_NEGATIVE, "GB", null, "Memory per task."),
            choice("architecture", "x86_64", List.of("x86_64", "arm64"), "CPU architecture."),
            number("spot_share", Range.SHARE, "share", 0.0, "Share of task-hours on Fargate Spot."),
            optionalNumber("spot_discount", Range.SHARE, "share", "Spot discount off on-demand (required when spot_share > 0; AWS says up to 0.7).")
    )),
    EC2(Category.COMPUTE, List.of(
            instanceName("instance_type", false, "EC2 instance type, e.g. m6i.large."),
            number("instances", Range.NON_NEGATIVE, "instances", null, "Instances running all month.")
    )),
    ALB(Category.EDGE, List.of(
            number("count", Range.NON_NEGATIVE, "load balancers", null, "Application Load Balancers."),
            number("lcu", Range.NON_NEGATIVE, "LCU", null, "Average load balancer capacity units per hour.")
    )),
    ELASTICACHE(Category.STATE, List.of(
            instanceName("node_type", false, "Node type, e.g. cache.r6g.large (not with a serverless block)."),
            number("nodes", Range.NON_NEGATIVE, "nodes", null, "Nodes running all month (not with a serverless block)."),
            choice("serverless.engine", "valkey", List.of("valkey", "redis"), "ElastiCache Serverless engine (a serverless block replaces nodes)."),
            optionalNumber("serverless.gb", Range.NON_NEGATIVE, "GB", "Average data stored, billed per GB-hour all month (required with a serverless block)."),
            number("serverless.ecpus_per_turn", Range.NON_NEGATIVE, "ECPUs", 0.0, "ElastiCache Processing Units per turn.")
    )),
    AURORA(Category.STATE, List.of(
            instanceName("instance_class", false, "DB instance class, e.g. db.r6g.large."),
            number("instances", Range.NON_NEGATIVE, "instances", null, "Instances (writer and readers)."),
            number("storage_gb", Range.NON_NEGATIVE, "GB", null, "Stored data."),
            number("io_per_turn", Range.NON_NEGATIVE, "I/O requests", null, "Storage I/O requests per turn (Aurora Standard).")
    )),
    NAT_GATEWAY(Category.NETWORK, List.of(
            number("count", Range.NON_NEGATIVE, "gateways", null, "NAT gateways."),
            optionalNumber("nat_kb_per_turn", Range.NON_NEGATIVE, "KB", "Bytes processed by NAT per turn. Absent: the workload's payload_kb_per_turn (calls to Bedrock leave through NAT).")
    )),
    VPC_ENDPOINTS(Category.NETWORK, List.of(
            number("count", Range.NON_NEGATIVE, "endpoints", null, "Interface endpoints."),
            number("azs", Range.NON_NEGATIVE, "AZs", null, "Availability Zones each endpoint is in."),
            number("endpoint_kb_per_turn", Range.NON_NEGATIVE, "KB", null, "Bytes processed by the endpoints per turn.")
    )),
    DATA_TRANSFER(Category.NETWORK, List.of()),
    CLOUDWATCH(Category.OBSERVABILITY, List.of()),
    AGENTCORE(Category.PLATFORM, List.of(
            number("vcpu", Range.NON_NEGATIVE, "vCPU", null, "vCPU while a turn is actively computing."),
            number("active_cpu_seconds_per_turn", Range.NON_NEGATIVE, "s", null, "Active CPU seconds per turn (I/O wait is free)."),
            number("memory_gb", Range.NON_NEGATIVE, "GB", null, "Session memory, billed for the whole session."),
            number("session_seconds", Range.NON_NEGATIVE, "s", null, "Session length."),
            number("list_tools_per_session", Range.NON_NEGATIVE, "calls", null, "Gateway ListTools calls per session."),
            number("gateway_searches_per_session", Range.NON_NEGATIVE, "searches", 0.0, "Gateway search calls per session."),
            number("memory_events_per_turn", Range.NON_NEGATIVE, "events", 0.0, "Short-term memory events per turn."),
            number("long_term_records_per_conversation", Range.NON_NEGATIVE, "records", 0.0, "Long-term memory records per conversation (stored one month)."),
            number("memory_retrievals_per_turn", Range.NON_NEGATIVE, "retrievals", 0.0, "Long-term memory retrievals per turn."),
            number("policy_checks_per_turn", Range.NON_NEGATIVE, "checks", 0.0, "Policy authorization requests per turn.")
    )),
    LICENSE(Category.LICENSE, List.of(
            number("monthly_usd", Range.NON_NEGATIVE, "USD/month", 0.0, "Flat licence fee (give this or per_conversation_usd)."),
            number("per_conversation_usd", Range.NON_NEGATIVE, "USD", 0.0, "Licence fee per billed conversation.")
    )),
    // retrieval, knowledge bases and vector stores (issue 16, decision 0024)
    RETRIEVAL(Category.INFERENCE, List.of(
            number("retrievals_per_turn", Range.NON_NEGATIVE, "queries", 1.0, "Retrieval queries per turn; each embeds query_tokens (and is one vector-store query)."),
            number("query_tokens", Range.NON_NEGATIVE, "tokens", null, "Tokens of one retrieval query, embedded with embedding_model."),
            number("retrieved_tokens_per_call", Range.NON_NEGATIVE, "tokens", null, "Retrieved chunk tokens added to each LLM call's fresh input (retries, batch and the model mix apply; never cached, never re-sent in history; part of the call's input for long-context prices)."),
            catalogName("embedding_model", "titan-text-embeddings-v2", "Embedding model of the queries, from the catalog's embedding prices (e.g. titan-text-embeddings-v2, cohere-embed-english-v3)."),
            choice("rerank", "none", List.of("none", "amazon-rerank-1", "cohere-rerank-3-5"), "Rerank model called once per retrieval query, or none.")
    )),
    KNOWLEDGE_BASE(Category.INFERENCE, List.of(
            number("corpus_gb", Range.NON_NEGATIVE, "GB", null, "Extracted text of the corpus the knowledge base embeds."),
            number("tokens_per_gb", Range.POSITIVE, "tokens/GB", 268_435_456.0, "Tokens per GB of extracted text (default: 4 bytes of English text per token)."),
            number("reindex_share_per_month", Range.SHARE, "share", 0.0, "Share of the corpus re-embedded every month (changed or re-chunked documents)."),
            catalogName("embedding_model", "titan-text-embeddings-v2", "Embedding model of the corpus (the same as retrieval's when both are present).")
    )),
    OPENSEARCH_SERVERLESS(Category.STATE, List.of(
            choice("redundancy", "true", List.of("true", "false"), "Redundant replicas (production). false: the dev/test minimum of 0.5 + 0.5 OCUs."),
            optionalNumber("indexing_ocus", Range.NON_NEGATIVE, "OCUs", "Indexing OCUs running all month. Absent: the minimum (1 with redundancy, 0.5 without); below it is an error."),
            optionalNumber("search_ocus", Range.NON_NEGATIVE, "OCUs", "Search OCUs running all month. Absent: the minimum (1 with redundancy, 0.5 without); below it is an error."),
            number("storage_gb", Range.NON_NEGATIVE, "GB", null, "Index data in managed storage (vectors, text and graph).")
    )),
    S3_VECTORS(Category.STATE, List.of(
            number("vectors", Range.NON_NEGATIVE, "vectors", null, "Vectors stored, all indexes together."),
            number("indexes", Range.AT_LEAST_ONE, "indexes", 1.0, "Vector indexes the vectors are split across evenly; a query searches one index."),
            number("dimensions", Range.AT_LEAST_ONE, "dimensions", 1024.0, "Dimensions per vector (4 bytes each)."),
            number("filterable_metadata_kb", Range.NON_NEGATIVE, "KB", 0.0, "Filterable metadata per vector (stored, and processed by every query)."),
            number("non_filterable_metadata_kb", Range.NON_NEGATIVE, "KB", 0.0, "Non-filterable metadata per vector (stored only)."),
            number("key_kb", Range.NON_NEGATIVE, "KB", 0.0, "Key per vector (1 byte per character)."),
            optionalNumber("queries_per_turn", Range.NON_NEGATIVE, "queries", "Query API calls per turn. Absent: retrieval's retrievals_per_turn (required without a retrieval component)."),
            number("put_share_per_month", Range.SHARE, "share", 0.0, "Share of the stored vectors uploaded again every month (PUT).")
    )),
    // storage and orchestration (issue 16, decision 0025)
    S3(Category.STATE, List.of(
            choice("storage_class", "standard", List.of("standard", "standard_ia", "one_zone_ia", "glacier_instant_retrieval",
                    "glacier_flexible_retrieval", "glacier_deep_archive"), "Storage class of the data; prices of storage, requests and retrievals differ."),
            number("storage_gb", Range.NON_NEGATIVE, "GB", null, "Data stored all month (documents, datasets, model artifacts); fixed infrastructure (× the non-production multiplier)."),
            number("put_requests_per_turn", Range.NON_NEGATIVE, "requests", 0.0, "PUT, COPY, POST and LIST requests per turn."),
            number("get_requests_per_turn", Range.NON_NEGATIVE, "requests", 0.0, "GET, SELECT and other requests per turn."),
            number("put_requests_per_month", Range.NON_NEGATIVE, "requests/month", 0.0, "PUT, COPY, POST and LIST requests per month whatever the traffic (ingestion, batch jobs); fixed."),
            number("get_requests_per_month", Range.NON_NEGATIVE, "requests/month", 0.0, "GET requests per month whatever the traffic; fixed."),
            number("retrieved_kb_per_get", Range.NON_NEGATIVE, "KB", 0.0, "Data read per GET, billed per GB retrieved in standard_ia, one_zone_ia and glacier_instant_retrieval.")
    )),
    STEP_FUNCTIONS(Category.COMPUTE, List.of(
            choice("workflow_type", "standard", List.of("standard", "express"), "standard: billed per state transition; express: per request and GB-second of duration."),
            optionalNumber("transitions_per_turn", Range.NON_NEGATIVE, "transitions", "State transitions per turn, retries included (required for standard)."),
            number("executions_per_turn", Range.NON_NEGATIVE, "executions", 1.0, "Workflow executions started per turn (express: each is a billed request)."),
            optionalNumber("duration_ms", Range.NON_NEGATIVE, "ms", "Duration of an express execution, billed rounded up to 100 ms (required for express)."),
            number("memory_mb", Range.POSITIVE, "MB", 64.0, "Memory of an express execution, billed in 64 MB chunks.")
    )),
    GUARDRAILS(Category.PLATFORM, List.of(
            choice("content_filters", "both", GuardrailPolicies.BOTH_WAYS, "Content filters (text) on the user input, the model output, both or off."),
            choice("denied_topics", "off", GuardrailPolicies.BOTH_WAYS, "Denied topics on input, output, both or off."),
            choice("sensitive_information", "off", GuardrailPolicies.BOTH_WAYS, "Sensitive information (PII) filters on input, output, both or off; regex-only filters are free."),
            choice("contextual_grounding", "off", GuardrailPolicies.OUTPUT_ONLY, "Contextual grounding checks of the output (output or off)."),
            choice("automated_reasoning", "off", GuardrailPolicies.OUTPUT_ONLY, "Automated Reasoning checks of the output (output or off); no published price, so it is reported missing."),
            optionalNumber("input_tokens_per_evaluation", Range.NON_NEGATIVE, "tokens", "Tokens of text one input evaluation checks. Absent: the workload's user_tokens_per_turn."),
            optionalNumber("output_tokens_per_evaluation", Range.NON_NEGATIVE, "tokens", "Tokens of text one output evaluation checks. Absent: the workload's output_tokens_per_call."),
            number("input_evaluations_per_turn", Range.NON_NEGATIVE, "evaluations", 1.0, "Input evaluations per turn (1: the user's message once)."),
            number("output_evaluations_per_turn", Range.NON_NEGATIVE, "evaluations", 1.0, "Output evaluations per turn (1: the final answer once)."),
            number("grounding_source_tokens_per_evaluation", Range.NON_NEGATIVE, "tokens", 0.0, "Grounding source and query tokens a contextual grounding check also reads."),
            number("characters_per_token", Range.POSITIVE, "characters", 4.0, "Characters per token, to turn tokens into text units of 1,000 characters.")
    )),
    SECRETS_MANAGER(Category.PLATFORM, List.of(
            number("secrets", Range.NON_NEGATIVE, "secrets", null, "Secrets stored all month; fixed infrastructure (× the non-production multiplier)."),
            number("api_calls_per_turn", Range.NON_NEGATIVE, "API calls", 0.0, "GetSecretValue and other API calls per turn (0 when clients cache)."),
            number("api_calls_per_month", Range.NON_NEGATIVE, "API calls/month", 0.0, "API calls per month whatever the traffic (cache refreshes, rotation); fixed.")
    ));

    private final Category category;
    private final List<KeySpec> keys;

    ComponentType(Category category, List<KeySpec> keys) {
        this.category = category;
        this.keys = keys;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Category category() {
        return category;
    }

    public List<KeySpec> keys() {
        return keys;
    }

    public KeySpec keySpec(String name) {
        for (KeySpec k : keys) if (k.name().equals(name)) return k;
        return null;
    }

    public static ComponentType fromKey(String key) {
        for (ComponentType t : values()) if (t.key().equals(key)) return t;
        return null;
    }
}
