package io.agentcost.scenario;

import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.model.KeySpec;
import io.agentcost.model.OpenSearchMinimum;
import java.util.List;
import java.util.Map;

/**
 * Keys a component needs once preset defaults are merged: keys without a default, and keys that
 * only become necessary with another setting (fixed vs autoscale, spot, cold starts, websocket).
 */
final class ComponentChecks {

    private final Problems problems;
    private final Located architecture;
    private final Map<String, Located> userKeys;

    ComponentChecks(Problems problems, Located architecture, Map<String, Located> userKeys) {
        this.problems = problems;
        this.architecture = architecture;
        this.userKeys = userKeys;
    }

    void check(ComponentSpec c, Map<ComponentType, ComponentSpec> all) {
        boolean serverlessCache = c.type() == ComponentType.ELASTICACHE && c.has("serverless.gb");
        for (KeySpec k : c.type().keys()) {
            if (k.required() && !k.name().contains(".") && !c.has(k.name()) && !serverlessCache) missing(c, k.name(), "");
        }
        switch (c.type()) {
            case SAGEMAKER -> {
                if ("fixed".equals(c.word("mode"))) need(c, "instances", "when mode is fixed");
                if ("autoscale".equals(c.word("mode"))) need(c, "throughput_tokens_per_second", "when mode is autoscale");
                boolean training = c.numbers().keySet().stream().anyMatch(k -> k.startsWith("training."))
                        || c.words().keySet().stream().anyMatch(k -> k.startsWith("training."));
                if (training) {
                    need(c, "training.instance_type", "with a training block");
                    need(c, "training.hours_per_month", "with a training block");
                    if (positive(c.number("training.spot_share"))) need(c, "training.spot_savings", "when training.spot_share > 0");
                }
                Distribution serves = c.number("serves_share");
                if (serves.lowerBound() < 1 && !all.containsKey(ComponentType.BEDROCK)) {
                    problems.add(at(c), "serves_share can be below 1 but the architecture has no bedrock component to serve the"
                            + " other calls: add `bedrock: {}` or set serves_share to 1");
                }
            }
            case LAMBDA -> {
                if (positive(c.number("cold_start_rate"))) need(c, "init_duration_ms", "when cold_start_rate > 0");
                boolean count = c.has("provisioned_concurrency.count");
                boolean hours = c.has("provisioned_concurrency.hours");
                if (count != hours) need(c, count ? "provisioned_concurrency.hours" : "provisioned_concurrency.count",
                        "with provisioned concurrency");
            }
            case API_GATEWAY -> {
                if ("websocket".equals(c.word("type"))) {
                    need(c, "messages_per_turn", "for a websocket API");
                    need(c, "connection_minutes_per_conversation", "for a websocket API");
                }
            }
            case ELASTICACHE -> {
                boolean block = c.numbers().keySet().stream().anyMatch(k -> k.startsWith("serverless."))
                        || c.words().keySet().stream().anyMatch(k -> k.startsWith("serverless."));
                if (block) need(c, "serverless.gb", "with a serverless block");
                if (serverlessCache && (written(c, "node_type") || written(c, "nodes"))) {
                    problems.add(at(c), "give node_type and nodes, or a serverless block, not both");
                }
            }
            case FARGATE -> {
                if (positive(c.number("spot_share"))) need(c, "spot_discount", "when spot_share > 0");
            }
            case LICENSE -> {
                if (!c.has("monthly_usd") && !c.has("per_conversation_usd")
                        && !written(c, "monthly_usd") && !written(c, "per_conversation_usd")) {
                    problems.add(at(c), "give monthly_usd or per_conversation_usd (or both)");
                }
            }
            case KNOWLEDGE_BASE -> {
                ComponentSpec r = all.get(ComponentType.RETRIEVAL);
                String model = c.word("embedding_model");
                if (r != null && model != null && r.word("embedding_model") != null && !model.equals(r.word("embedding_model"))) {
                    Located at = keyAt(c, "embedding_model");
                    problems.add(at.line(), at.column(), at.path(), "the corpus is embedded with " + model + " but retrieval embeds"
                            + " its queries with " + r.word("embedding_model") + ": a vector store compares vectors of one model;"
                            + " give both the same embedding_model");
                }
            }
            case OPENSEARCH_SERVERLESS -> {
                // the service's floor (decision 0024): 1 indexing and 1 search OCU with redundant replicas, 0.5 each without
                double floor = OpenSearchMinimum.ocus(c.word("redundancy"));
                for (String key : List.of("indexing_ocus", "search_ocus")) {
                    Distribution d = c.number(key);
                    if (d == null || d.lowerBound() >= floor) continue;
                    Located at = keyAt(c, key);
                    problems.add(at.line(), at.column(), at.path(), Distribution.num(d.lowerBound()) + " OCUs is below the"
                            + " service's minimum of " + Distribution.num(floor) + " " + key.replace("_ocus", "") + " OCUs"
                            + ("true".equals(c.word("redundancy")) ? " with redundancy (redundancy: false allows 0.5)" : " without redundancy")
                            + "; the minimum runs all month whether queried or not");
                }
            }
            case S3_VECTORS -> {
                if (!all.containsKey(ComponentType.RETRIEVAL)) need(c, "queries_per_turn", "without a retrieval component");
            }
            case STEP_FUNCTIONS -> {
                if ("standard".equals(c.word("workflow_type"))) need(c, "transitions_per_turn", "for a standard workflow");
                if ("express".equals(c.word("workflow_type"))) need(c, "duration_ms", "for an express workflow");
            }
            default -> { }
        }
    }

    /** Where the user wrote a key (its value), else the component or the architecture. */
    private Located keyAt(ComponentSpec c, String key) {
        Located own = userKeys.get(c.type().key());
        if (own != null) {
            Located given = own.find(key.split("\\."));
            return given != null ? given : new Located(own.node(), own.child(key));
        }
        Located at = at(c);
        return new Located(at.node(), at.child(key));
    }

    private static boolean positive(Distribution d) {
        return d != null && d.upperBound() > 0;
    }

    private void need(ComponentSpec c, String key, String when) {
        if (!c.has(key)) missing(c, key, " " + when);
    }

    private void missing(ComponentSpec c, String key, String when) {
        if (written(c, key)) return; // the user gave it; its bad value is already reported
        Located at = at(c);
        problems.add(at.line(), at.column(), at.child(key), "required" + when + " (no default)");
    }

    /** Whether the user wrote this (possibly dotted) key in the component's own mapping. */
    private boolean written(ComponentSpec c, String key) {
        Located own = userKeys.get(c.type().key());
        return own != null && own.find(key.split("\\.")) != null;
    }

    /** The component's own node when the user wrote it, else the architecture (the preset brought it). */
    private Located at(ComponentSpec c) {
        Located own = userKeys.get(c.type().key());
        return own != null ? own : new Located(architecture.node(), architecture.child(c.type().key()));
    }
}
