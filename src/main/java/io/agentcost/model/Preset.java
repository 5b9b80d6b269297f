package io.agentcost.model;

import static io.agentcost.model.ComponentType.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deployment patterns (SPEC §3). A preset adds components with default keys; the architecture's
 * own keys override them. The defaults are listed in docs/scenario-keys.md and argued in
 * docs/decisions/0003-preset-defaults.md.
 */
public enum Preset {
    SERVERLESS(Map.of(
            API_GATEWAY, Map.of("type", "http", "requests_per_turn", 1.0),
            LAMBDA, Map.of("architecture", "x86_64", "memory_mb", 1024.0, "duration_ms", 3000.0, "invocations_per_turn", 1.0),
            DYNAMODB, Map.of(), BEDROCK, Map.of(), CLOUDWATCH, Map.of(), DATA_TRANSFER, Map.of()),
            List.of(API_GATEWAY, LAMBDA, DYNAMODB, BEDROCK, CLOUDWATCH, DATA_TRANSFER)),
    HYBRID(Map.of(
            ALB, Map.of("count", 1.0, "lcu", 1.0),
            FARGATE, Map.of("tasks", 2.0, "vcpu", 1.0, "memory_gb", 2.0, "architecture", "x86_64"),
            ELASTICACHE, Map.of("node_type", "cache.r6g.large", "nodes", 1.0),
            DYNAMODB, Map.of(), BEDROCK, Map.of(), CLOUDWATCH, Map.of(), DATA_TRANSFER, Map.of(),
            NAT_GATEWAY, Map.of("count", 1.0)),
            List.of(ALB, FARGATE, ELASTICACHE, DYNAMODB, BEDROCK, CLOUDWATCH, DATA_TRANSFER, NAT_GATEWAY)),
    ENTERPRISE(Map.of(
            ALB, Map.of("count", 1.0, "lcu", 1.0),
            EC2, Map.of("instance_type", "m6i.large", "instances", 2.0),
            ELASTICACHE, Map.of("node_type", "cache.r6g.large", "nodes", 1.0),
            AURORA, Map.of("instance_class", "db.r6g.large", "instances", 2.0, "storage_gb", 50.0, "io_per_turn", 10.0),
            BEDROCK, Map.of(), CLOUDWATCH, Map.of(), DATA_TRANSFER, Map.of(),
            NAT_GATEWAY, Map.of("count", 1.0)),
            List.of(ALB, EC2, ELASTICACHE, AURORA, BEDROCK, CLOUDWATCH, DATA_TRANSFER, NAT_GATEWAY)),
    /**
     * enterprise with Bedrock Guardrails on every turn (content filters on the input and the output, the guardrails
     * defaults) and one secret, the Aurora master credentials Secrets Manager keeps (decision 0028). A separate pattern,
     * not new defaults of enterprise: SPEC §3 fixes enterprise's components, and every scenario using it keeps its bill.
     */
    ENTERPRISE_GUARDED(Map.of(
            ALB, Map.of("count", 1.0, "lcu", 1.0),
            EC2, Map.of("instance_type", "m6i.large", "instances", 2.0),
            ELASTICACHE, Map.of("node_type", "cache.r6g.large", "nodes", 1.0),
            AURORA, Map.of("instance_class", "db.r6g.large", "instances", 2.0, "storage_gb", 50.0, "io_per_turn", 10.0),
            BEDROCK, Map.of(), GUARDRAILS, Map.of(), SECRETS_MANAGER, Map.of("secrets", 1.0),
            CLOUDWATCH, Map.of(), DATA_TRANSFER, Map.of(),
            NAT_GATEWAY, Map.of("count", 1.0)),
            List.of(ALB, EC2, ELASTICACHE, AURORA, BEDROCK, GUARDRAILS, SECRETS_MANAGER, CLOUDWATCH, DATA_TRANSFER, NAT_GATEWAY)),
    AGENTCORE(Map.of(
            ComponentType.AGENTCORE, Map.of("vcpu", 1.0, "active_cpu_seconds_per_turn", 1.0, "memory_gb", 1.0,
                    "session_seconds", 300.0, "list_tools_per_session", 1.0),
            BEDROCK, Map.of(), DYNAMODB, Map.of(), CLOUDWATCH, Map.of(), DATA_TRANSFER, Map.of()),
            List.of(ComponentType.AGENTCORE, BEDROCK, DYNAMODB, CLOUDWATCH, DATA_TRANSFER)),
    SELF_HOSTED(Map.of(
            ALB, Map.of("count", 1.0, "lcu", 1.0),
            FARGATE, Map.of("tasks", 2.0, "vcpu", 1.0, "memory_gb", 2.0, "architecture", "x86_64"),
            DYNAMODB, Map.of(),
            SAGEMAKER, Map.of("mode", "autoscale"),
            CLOUDWATCH, Map.of(), DATA_TRANSFER, Map.of()),
            List.of(ALB, FARGATE, DYNAMODB, SAGEMAKER, CLOUDWATCH, DATA_TRANSFER)),
    MARKETPLACE(Map.of(LICENSE, Map.of(), BEDROCK, Map.of(), CLOUDWATCH, Map.of()),
            List.of(LICENSE, BEDROCK, CLOUDWATCH));

    private final Map<ComponentType, Map<String, Object>> defaults;

    Preset(Map<ComponentType, Map<String, Object>> defaults, List<ComponentType> order) {
        // keep the SPEC's component order for reports
        Map<ComponentType, Map<String, Object>> ordered = new LinkedHashMap<>();
        for (ComponentType t : order) ordered.put(t, defaults.get(t));
        this.defaults = ordered;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Components in report order, each with its default keys (a Double or a String per key). */
    public Map<ComponentType, Map<String, Object>> components() {
        return defaults;
    }

    public static Preset fromKey(String key) {
        for (Preset p : values()) if (p.key().equals(key)) return p;
        return null;
    }
}
