package io.agentcost.properties;

import io.agentcost.model.Distribution;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.PriceKeys;
import io.agentcost.sampling.InverseCdf;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random scenarios over the keys of docs/scenario-keys.md, written as YAML text so that they go through
 * the real loader. A case is a function of (seed, index) only. Each case comes twice: as generated (numbers
 * and every distribution form) and with every numeric input replaced by a fixed value at its median,
 * written as a number or as a degenerate distribution ({@code {uniform: [x, x]}} and the like).
 *
 * <p>The generator knows the loader's rules (required keys, keys that become required with another
 * setting, model-mix shares adding up to 1, shares in 0..1, normal only where a value is unbounded above), so
 * every case must load: a refusal is a bug here, or in the loader. It records every key path it writes
 * ({@link Case#keys()}) so a test can check that the key reference is covered.
 */
final class RandomScenarios {

    /**
     * One generated scenario.
     *
     * @param yaml      the scenario as generated
     * @param fixedYaml the same scenario with every numeric input fixed at its median
     * @param keys      what it sets: "top.x", "simulation.x", "workload.x" / "phase.x" / "agent.x" (workload keys by
     *                  level), "architecture.x", "component.c" and "component.c.key", "preset.p", "form.f" and
     *                  "choice.path=word"
     */
    record Case(long seed, int index, String yaml, String fixedYaml, Set<String> keys) {
        String rerun() {
            return "-Dproperties.seed=" + seed + " -Dproperties.case=" + index;
        }
    }

    static final List<String> COMPONENTS = List.of("bedrock", "sagemaker", "dynamodb", "lambda", "api_gateway", "fargate", "ec2", "alb",
            "elasticache", "aurora", "nat_gateway", "vpc_endpoints", "data_transfer", "cloudwatch", "agentcore", "license",
            "s3", "step_functions", "guardrails", "secrets_manager", "retrieval", "knowledge_base", "opensearch_serverless", "s3_vectors");
    /** The components a reservation can name (SPEC §13), in a fixed order. */
    private static final List<String> RESERVABLE = List.of("ec2", "elasticache", "aurora", "sagemaker");

    /** The components each savings plan covers (SPEC §13), in a fixed order: the same seed gives the same scenarios. */
    private static final List<Map.Entry<String, List<String>>> PLAN_COVERS = List.of(
            Map.entry("compute_savings_plan", List.of("lambda", "fargate", "ec2")), Map.entry("sagemaker_savings_plan", List.of("sagemaker")),
            Map.entry("database_savings_plan", List.of("dynamodb", "aurora", "elasticache")));
    private static final List<String> PRESETS = List.of("serverless", "hybrid", "enterprise", "agentcore", "self_hosted", "marketplace",
            "enterprise_guarded");
    /** Components each preset brings, with the keys it gives them a default for (docs/scenario-keys.md, Preset defaults). */
    private static final Map<String, List<String>> PRESET_COMPONENTS = Map.of(
            "serverless", List.of("api_gateway", "lambda", "dynamodb", "bedrock", "cloudwatch", "data_transfer"),
            "hybrid", List.of("alb", "fargate", "elasticache", "dynamodb", "bedrock", "cloudwatch", "data_transfer", "nat_gateway"),
            "enterprise", List.of("alb", "ec2", "elasticache", "aurora", "bedrock", "cloudwatch", "data_transfer", "nat_gateway"),
            "enterprise_guarded", List.of("alb", "ec2", "elasticache", "aurora", "bedrock", "guardrails", "secrets_manager", "cloudwatch",
                    "data_transfer", "nat_gateway"),
            "agentcore", List.of("agentcore", "bedrock", "dynamodb", "cloudwatch", "data_transfer"),
            "self_hosted", List.of("alb", "fargate", "dynamodb", "sagemaker", "cloudwatch", "data_transfer"),
            "marketplace", List.of("license", "bedrock", "cloudwatch"));
    private static final List<String> PHASE_NAMES = List.of("dev", "pilot", "launch", "beta", "scale", "steady");
    private static final List<String> AGENT_NAMES = List.of("triage", "resolver", "planner", "researcher", "writer", "router");
    private static final List<String> CATEGORIES = List.of("inference", "state", "compute", "edge", "network", "observability", "platform",
            "license", "people", "other");

    private final List<BedrockModel> models;
    private final List<String> priceKeys;
    private final Map<String, Double> firstRates = new LinkedHashMap<>();
    private final List<String> destinations;
    private final List<String> hosting, training, ec2, elasticache, aurora;

    RandomScenarios(Catalog catalog) {
        models = List.copyOf(catalog.models().values());
        priceKeys = catalog.prices().keySet().stream().sorted().toList();
        catalog.prices().forEach((k, p) -> firstRates.put(k, p.firstRate()));
        destinations = catalog.namesUnder("data_transfer.inter_region.");
        hosting = PriceKeys.instanceNames(catalog, PriceKeys.SAGEMAKER_HOSTING);
        training = PriceKeys.instanceNames(catalog, PriceKeys.SAGEMAKER_TRAINING);
        ec2 = PriceKeys.instanceNames(catalog, PriceKeys.EC2);
        elasticache = PriceKeys.instanceNames(catalog, PriceKeys.ELASTICACHE).stream().filter(n -> n.startsWith("cache.")).toList();
        aurora = PriceKeys.instanceNames(catalog, PriceKeys.AURORA).stream().filter(n -> n.startsWith("db.")).toList();
    }

    Case generate(long seed, int index) {
        // one stream per case, so a case does not depend on how many came before it
        long s = new SplittableRandom(seed).split().nextLong() ^ (0x9E3779B97F4A7C15L * (index + 1));
        Generation g = new Generation(new SplittableRandom(s), new SplittableRandom(~s));
        Map<String, Object> root = g.scenario(index);
        String header = "# random scenario " + index + " of seed " + seed + "\n";
        return new Case(seed, index, header + Yaml.write(root, false), header + Yaml.write(root, true),
                Collections.unmodifiableSet(g.keys));
    }

    /** A numeric input: its distribution, its text as generated, and its text fixed at the median. */
    record Num(Distribution distribution, String text, String fixedText) {
    }

    /** The kinds of values a numeric key takes (docs/scenario-keys.md: "0 or more", "between 0 and 1", ...). */
    private enum Kind { AMOUNT, POSITIVE, SHARE, POSITIVE_SHARE, GROWTH }

    /** The state of one case. */
    private final class Generation {
        private final SplittableRandom r;
        /** Chooses how each fixed value is written, apart from r, so the generated text does not depend on it. */
        private final SplittableRandom fixedForms;
        final Set<String> keys = new LinkedHashSet<>();
        /** Conversations per month: most cases are moderate, some tiny, some big enough to cross price tiers. */
        private double scale;
        private List<String> phases = List.of();
        private int agents;
        private static final String DEFAULT_EMBEDDING = "titan-text-embeddings-v2";
        /** The embedding model of the scenario: its knowledge base and retrieval must agree (decision 0024). */
        private final String embedding;

        Generation(SplittableRandom r, SplittableRandom fixedForms) {
            this.r = r;
            this.fixedForms = fixedForms;
            this.embedding = fixedForms.nextBoolean() ? DEFAULT_EMBEDDING : "cohere-embed-english-v3";
        }

        Map<String, Object> scenario(int index) {
            Map<String, Object> root = new LinkedHashMap<>();
            double u = r.nextDouble();
            scale = u < 0.1 ? 20 : u < 0.8 ? 5_000 : 2_000_000;
            put(root, "top", "name", "Random scenario " + index);
            if (chance(0.3)) put(root, "top", "description", "generated for the property tests");
            if (chance(0.3)) put(root, "top", "region", "us-east-1");
            if (chance(0.4)) put(root, "top", "hours_per_month", pick(List.of("730", "720", "744", "672", "700.5")));
            if (chance(0.6)) put(root, "top", "free_tier", choice("top.free_tier", "true", "false"));
            if (chance(0.5)) put(root, "top", "simulation", simulation());
            if (chance(0.5)) put(root, "top", "budget", budget());
            // dated months without drawing from the generator (the other scenarios stay as they were)
            if (index % 3 == 0) put(root, "top", "start_month", List.of("2027-01", "2026-11", "2030-04").get(index % 9 / 3));
            if (index % 4 == 1) put(root, "top", "fiscal_year_start_month", List.of("1", "4", "10").get(index % 3));

            int phaseCount = 1 + r.nextInt(3);
            boolean named = phaseCount > 1 || chance(0.5);
            List<String> names = new ArrayList<>(PHASE_NAMES);
            shuffle(names);
            phases = named ? List.copyOf(names.subList(0, phaseCount)) : List.of("default");
            agents = r.nextInt(5);
            List<String> agentNames = new ArrayList<>(AGENT_NAMES);
            shuffle(agentNames);
            agentNames = agentNames.subList(0, agents);

            // required inputs (conversations, turns, tokens, the model mix): in workload, or else in every phase or every agent
            Map<String, String> requiredAt = new LinkedHashMap<>();
            for (String k : List.of("monthly_conversations", "turns_per_conversation", "user_tokens_per_turn", "output_tokens_per_call", "model_mix")) {
                double w = r.nextDouble();
                requiredAt.put(k, w < 0.8 || (w < 0.9 && !named) || (w >= 0.9 && agents == 0) ? "workload" : w < 0.9 ? "phase" : "agent");
            }
            Map<String, Object> workload = workload("workload", 0.6, requiredAt, "workload");
            if (!workload.isEmpty() || chance(0.8)) root.put("workload", workload);
            keys.add("top.workload");
            if (named) {
                Map<String, Object> ps = new LinkedHashMap<>();
                for (String p : phases) ps.put(p, workload("phase", 0.1, requiredAt, "phase"));
                put(root, "top", "phases", ps);
            }
            if (chance(0.6)) put(root, "top", "timeline", timeline());
            if (chance(0.4)) put(root, "top", "correlations", correlations());
            if (agents > 0) {
                List<Object> list = new ArrayList<>();
                for (String name : agentNames) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("name", name);
                    if (chance(0.9)) a.put("count", number(chance(0.1) ? 0 : chance(0.1) ? round(r.nextDouble() * 5) : 1 + r.nextInt(50)));
                    a.putAll(workload("agent", 0.12, requiredAt, "agent"));
                    list.add(a);
                }
                put(root, "top", "agents", list);
            }
            Map<String, Object> archs = new LinkedHashMap<>();
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                boolean preset = chance(0.55);
                String p = preset ? pick(PRESETS) : null;
                archs.put("a" + (i + 1) + (preset ? "_" + p : "_custom"), architecture(p));
            }
            put(root, "top", "architectures", archs);
            if (chance(0.3)) put(root, "top", "price_overrides", priceOverrides());
            if (chance(0.4)) put(root, "top", "discount", chance(0.2) ? "0" : number(round(r.nextDouble() * 0.3)));
            return root;
        }

        private Map<String, Object> simulation() {
            Map<String, Object> m = new LinkedHashMap<>();
            int iterations = 100 + r.nextInt(20_000);
            if (chance(0.7)) put(m, "simulation", "iterations", Integer.toString(iterations));
            if (chance(0.7)) put(m, "simulation", "seed", Integer.toString(r.nextInt(1000)));
            if (chance(0.7)) put(m, "simulation", "sampling", choice("simulation.sampling", "random", "latin_hypercube", "sobol"));
            if (chance(0.3)) put(m, "simulation", "target_relative_error", number(round(0.01 + 0.2 * r.nextDouble())));
            if (chance(0.3)) put(m, "simulation", "max_iterations", Integer.toString(Math.max(iterations, 20_000) + r.nextInt(100_000)));
            return m;
        }

        private Map<String, Object> budget() {
            Map<String, Object> m = new LinkedHashMap<>();
            double monthly = round(scale * (0.1 + 10 * r.nextDouble()));
            m.put("monthly_usd", number(monthly));
            if (chance(0.5)) m.put("kill_switch_usd", number(round(monthly * (1 + 3 * r.nextDouble()))));
            return m;
        }

        /** Workload keys at one level: each optional one with probability p, the required ones where requiredAt puts them. */
        private Map<String, Object> workload(String level, double p, Map<String, String> requiredAt, String here) {
            Map<String, Object> w = new LinkedHashMap<>();
            boolean required;
            required = requiredAt.get("monthly_conversations").equals(here);
            if (required || chance(p)) put(w, level, "monthly_conversations", chance(0.03) ? num(0) : amount(scale, 30));
            required = requiredAt.get("turns_per_conversation").equals(here);
            if (required || chance(p)) put(w, level, "turns_per_conversation", chance(0.03) ? num(0) : chance(0.1) ? amount(0.5, 1.5) : amount(5, 6));
            if (chance(p)) put(w, level, "llm_calls_per_turn", chance(0.3) ? calls() : amount(2, 4));
            if (chance(p)) put(w, level, "tool_calls_per_turn", amount(1.5, 4));
            if (chance(p)) put(w, level, "retry_rate", chance(0.03) ? num(1) : share(0.2));
            if (chance(p)) put(w, level, "max_retries", chance(0.2) ? amount(2.5, 2) : count(0, 5));
            if (chance(p)) put(w, level, "system_prompt_tokens", amount(2000, 4));
            required = requiredAt.get("user_tokens_per_turn").equals(here);
            if (required || chance(p)) put(w, level, "user_tokens_per_turn", amount(300, 5));
            required = requiredAt.get("output_tokens_per_call").equals(here);
            if (required || chance(p)) put(w, level, "output_tokens_per_call", amount(300, 5));
            if (chance(p)) put(w, level, "cache_hit_rate", share(0.8));
            if (chance(p)) put(w, level, "batch_share", chance(0.3) ? num(0) : share(0.3));
            if (chance(p)) put(w, level, "db_reads_per_turn", amount(8, 5));
            if (chance(p)) put(w, level, "db_writes_per_turn", amount(2, 5));
            if (chance(p)) put(w, level, "db_item_kb", amount(3, 6));
            if (chance(p)) put(w, level, "state_kb_per_conversation", amount(30, 5));
            if (chance(p)) put(w, level, "state_retention_days", count(0, 365));
            if (chance(p)) put(w, level, "payload_kb_per_turn", amount(20, 5));
            if (chance(p)) put(w, level, "cross_az_share", share(0.5));
            if (chance(p)) put(w, level, "cross_region_share", share(0.1));
            if (chance(p)) put(w, level, "internet_egress_kb_per_turn", amount(5, 10));
            if (chance(p)) put(w, level, "log_kb_per_turn", amount(4, 5));
            if (chance(p)) put(w, level, "log_sampling", share(0.5));
            if (chance(p)) put(w, level, "log_retention_days", count(0, 400));
            if (chance(p)) put(w, level, "trace_sampling", share(0.3));
            if (chance(p)) put(w, level, "non_prod_usage_share", amount(0.2, 5));
            if (chance(p)) put(w, level, "non_prod_environments", count(0, 3));
            if (chance(p)) put(w, level, "non_prod_uptime", share(0.5));
            if (chance(p)) put(w, level, "history", history(level));
            if (chance(p)) put(w, level, "prompt_caching", choice(level + ".prompt_caching", "true", "false"));
            if (chance(p)) put(w, level, "bedrock_endpoint", choice(level + ".bedrock_endpoint", "regional", "global"));
            // SPEC §13: flex without a catalog price bills 50% with a warning; priority and some 1-hour writes are missing prices
            if (chance(p)) put(w, level, "bedrock_service_tier", choice(level + ".bedrock_service_tier", "standard", "flex", "priority"));
            if (chance(p)) put(w, level, "cache_ttl", choice(level + ".cache_ttl", "5m", "1h"));
            required = requiredAt.get("model_mix").equals(here);
            if (required || chance(p)) put(w, level, "model_mix", modelMix());
            if (chance(p)) put(w, level, "db_consistency", choice(level + ".db_consistency", "eventual", "strong"));
            if (chance(p)) put(w, level, "cross_region_destination", pick(destinations));
            // agent loops (SPEC §12); a step budget stays a plain number, as beside a varying K it must
            if (chance(p)) put(w, level, "tool_result_tokens", amount(800, 5));
            if (chance(p)) put(w, level, "tool_schema_tokens", amount(500, 5));
            if (chance(p)) put(w, level, "reasoning_tokens_per_call", amount(300, 5));
            if (chance(p)) put(w, level, "step_budget", num(1 + r.nextInt(8)));
            if (chance(p)) put(w, level, "resolution_rate", share(0.7));
            if (chance(p)) put(w, level, "loop_context", choice(level + ".loop_context", "independent", "accumulate"));
            if (chance(p)) put(w, level, "history_tool_results", choice(level + ".history_tool_results", "keep", "drop"));
            return w;
        }

        /** Calls per turn that differ from turn to turn: a small discrete spread (the same text in the fixed case). */
        private Num calls() {
            if (chance(0.5)) {
                // a continuous spread: 1,000 points, formulas of its parameters on the workbook's Spreads sheet
                keys.add("form.varies");
                double median = 1 + r.nextInt(10);
                String text = switch (r.nextInt(3)) {
                    case 0 -> "{varies: {pert: [" + n(median / 2) + ", " + n(median) + ", " + n(median * 4) + "]}}";
                    case 1 -> "{varies: {lognormal: {median: " + n(median) + ", p90: " + n(median * (1.5 + r.nextInt(4))) + "}}}";
                    default -> "{varies: {triangular: [0, " + n(median) + ", " + n(median * 3) + "]}}";
                };
                return new Num(Distribution.fixed(median), text, text);
            }
            int n = 1 + r.nextInt(4);
            double[] values = new double[n];
            double[] weights = new double[n];
            StringBuilder v = new StringBuilder();
            StringBuilder wt = new StringBuilder();
            for (int i = 0; i < n; i++) {
                values[i] = r.nextInt(12);
                weights[i] = 1 + r.nextInt(5);
                v.append(i == 0 ? "" : ", ").append(n(values[i]));
                wt.append(i == 0 ? "" : ", ").append(n(weights[i]));
            }
            keys.add("form.varies");
            String text = "{varies: {discrete: {values: [" + v + "], weights: [" + wt + "]}}}";
            return new Num(new Distribution.Discrete(values, weights), text, text);
        }

        private Object history(String level) {
            if (chance(0.4)) {
                keys.add("choice." + level + ".history=full");
                return "full";
            }
            keys.add("choice." + level + ".history=window");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("window_turns", chance(0.3) ? amount(4, 3) : count(0, 10));
            if (chance(0.7)) m.put("summary_tokens", amount(400, 5));
            return m;
        }

        private Map<String, Object> modelMix() {
            List<BedrockModel> pool = new ArrayList<>(models);
            shuffle(pool);
            int n = 1 + r.nextInt(Math.min(4, pool.size()));
            // shares in twentieths: exact decimals that add up to 1
            int[] parts = new int[n];
            int left = 20 - n;
            for (int i = 0; i < n; i++) parts[i] = 1;
            while (left-- > 0) parts[r.nextInt(n)]++;
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                BedrockModel model = pool.get(i);
                String name = chance(0.1) ? model.modelId() : model.alias();
                // a model id holds ':' and '.': quoted, as a user would write it
                m.put(name.contains(":") ? "'" + name + "'" : name, number(parts[i] / 20.0));
            }
            return m;
        }

        private List<Object> timeline() {
            List<Object> out = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("phase", pick(phases));
                e.put("months", Integer.toString(1 + r.nextInt(8)));
                if (chance(0.6)) e.put("monthly_growth", growth());
                out.add(e);
            }
            return out;
        }

        /** Disjoint pairs of workload keys with small rank correlations, so the matrix stays positive definite. */
        private List<Object> correlations() {
            List<String> pool = new ArrayList<>(List.of("monthly_conversations", "turns_per_conversation", "llm_calls_per_turn",
                    "tool_calls_per_turn", "output_tokens_per_call", "user_tokens_per_turn", "cache_hit_rate", "retry_rate", "payload_kb_per_turn",
                    "system_prompt_tokens"));
            shuffle(pool);
            List<Object> out = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            // a pair applies to every uncertain input with those keys (up to 8 each): |rho| <= 0.1 keeps every such block valid
            for (int i = 0; i < n; i++) out.add(List.of(pool.get(2 * i), pool.get(2 * i + 1), number(round(0.2 * r.nextDouble() - 0.1))));
            return out;
        }

        private Map<String, Object> priceOverrides() {
            Map<String, Object> m = new LinkedHashMap<>();
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                String key = pick(priceKeys);
                m.put(key, number(round(firstRates.get(key) * (0.5 + r.nextDouble()))));
            }
            return m;
        }

        /** An architecture from a preset (its components' keys sometimes overridden, sometimes more components) or from a list. */
        private Map<String, Object> architecture(String preset) {
            Map<String, Object> a = new LinkedHashMap<>();
            List<String> components = new ArrayList<>();
            if (preset != null) {
                put(a, "architecture", "preset", preset);
                keys.add("preset." + preset);
                keys.add("choice.architecture.preset=" + preset);
                components.addAll(PRESET_COMPONENTS.get(preset));
                if (chance(0.25)) {
                    String extra = pick(COMPONENTS);
                    if (!components.contains(extra)) components.add(extra);
                }
            } else {
                List<String> pool = new ArrayList<>(COMPONENTS);
                shuffle(pool);
                components.addAll(pool.subList(0, 1 + r.nextInt(6)));
            }
            boolean bedrock = components.contains("bedrock");
            for (String c : components) {
                boolean fromPreset = preset != null && PRESET_COMPONENTS.get(preset).contains(c);
                Map<String, Object> keysOf = component(c, fromPreset, bedrock);
                keys.add("component." + c);
                // a preset's component is written only when something of it changes (or, sometimes, as an empty mapping)
                if (!fromPreset || !keysOf.isEmpty() || chance(0.1)) {
                    if (keysOf.isEmpty() && chance(0.3)) a.put(c, "");
                    else a.put(c, keysOf);
                }
            }
            if (chance(0.25)) put(a, "architecture", "one_time_usd", money(scale * 10));
            if (chance(0.25)) put(a, "architecture", "team_monthly_usd", money(5000));
            if (chance(0.3)) commitments(a, components);
            if (chance(0.2)) {
                List<Object> lines = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("name", "Custom line " + (i + 1));
                    if (chance(0.8)) line.put("category", pick(CATEGORIES));
                    line.put("monthly_usd", money(500));
                    lines.add(line);
                }
                put(a, "architecture", "custom", lines);
            }
            return a;
        }

        /**
         * Savings plans (SPEC §13) of the types whose components the architecture has, at most one of each type: plain
         * numbers (written as they are: no form of a distribution), as the key reference asks; a term now and then. And
         * reservations of the instance components, each within the instances the component's count can reach (decision
         * 0022's check: at most its count's upper bound, which non-production copies only raise; and its median, at which
         * the fixed-input variant writes it), 1 to 4.
         */
        private void commitments(Map<String, Object> a, List<String> components) {
            List<Object> plans = new ArrayList<>();
            for (String c : RESERVABLE) {
                if (!(a.get(c) instanceof Map<?, ?> m) || !chance(0.5)) continue;
                // the count the check bounds: an ElastiCache cluster's nodes, an autoscaled endpoint's max_instances, else
                // instances; where the count is not written (a preset's, a default), the generator does not know its bound
                Object count = m.get(c.equals("elasticache") ? "nodes" : "autoscale".equals(m.get("mode")) ? "max_instances" : "instances");
                // the check reads the count's upper bound, and the fixed-input variant writes the count at its median
                if (!(count instanceof Num n)) continue;
                int most = (int) Math.min(4, Math.floor(Math.min(n.distribution().upperBound(), InverseCdf.median(n.distribution()))));
                if (most < 1) continue;
                Map<String, Object> reservation = new LinkedHashMap<>();
                reservation.put("type", "reserved");
                reservation.put("component", c);
                reservation.put("instances", n(1 + r.nextInt(most)));
                reservation.put("discount", n(round(0.2 + 0.5 * r.nextDouble())));
                keys.addAll(List.of("commitment.type", "choice.commitment.type=reserved", "commitment.component", "choice.commitment.component=" + c,
                        "commitment.instances", "commitment.discount"));
                if (chance(0.3)) {
                    reservation.put("term_months", n(1 + r.nextInt(24)));
                    keys.add("commitment.term_months");
                }
                plans.add(reservation);
            }
            for (Map.Entry<String, List<String>> plan : PLAN_COVERS) {
                if (plan.getValue().stream().noneMatch(components::contains) || !chance(0.6)) continue;
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("type", plan.getKey());
                keys.add("commitment.type");
                keys.add("choice.commitment.type=" + plan.getKey());
                c.put("hourly_usd", n(round(Math.max(0.01, scale / 2000 * Math.pow(10, 2 * r.nextDouble() - 1)))));
                c.put("discount", n(round(0.05 + 0.6 * r.nextDouble())));
                keys.add("commitment.hourly_usd");
                keys.add("commitment.discount");
                if (chance(0.3)) {
                    c.put("start_month", n(1 + r.nextInt(6)));
                    keys.add("commitment.start_month");
                }
                if (chance(0.3)) {
                    c.put("term_months", n(1 + r.nextInt(24)));
                    keys.add("commitment.term_months");
                }
                plans.add(c);
            }
            if (!plans.isEmpty()) put(a, "architecture", "commitments", plans);
        }

        /**
         * The keys of one component. From a preset, only overrides (the preset gives the required ones, except
         * SageMaker's instance type and throughput); otherwise every required key, and optional ones at random.
         */
        private Map<String, Object> component(String c, boolean fromPreset, boolean bedrock) {
            Map<String, Object> m = new LinkedHashMap<>();
            double p = fromPreset ? 0.25 : 0.5;
            boolean need = !fromPreset;
            switch (c) {
                case "sagemaker" -> {
                    String mode = chance(0.6) ? "autoscale" : "fixed";
                    key(m, c, "instance_type", pick(hosting));
                    if (!fromPreset || mode.equals("fixed") || chance(0.3)) {
                        key(m, c, "mode", mode);
                        keys.add("choice.sagemaker.mode=" + mode);
                    } else {
                        keys.add("choice.sagemaker.mode=autoscale");
                    }
                    if (mode.equals("fixed")) key(m, c, "instances", count(0, 4));
                    // half the time a throughput that puts demand near the floor and the ceiling (about 1,000 instance-hours)
                    double throughput = chance(0.5) ? 500 : scale * 1e-3;
                    if (mode.equals("autoscale") || chance(0.5)) key(m, c, "throughput_tokens_per_second", positive(throughput, 4));
                    if (chance(p)) key(m, c, "prefill_tokens_per_second", positive(throughput * 10, 4));
                    if (chance(p)) key(m, c, "min_instances", count(0, 3));
                    if (chance(p)) key(m, c, "max_instances", count(1, 20));
                    if (chance(p)) key(m, c, "target_utilization", positiveShare(0.7));
                    if (chance(p)) key(m, c, "serves_share", bedrock ? share(0.7) : num(1));
                    if (chance(p)) {
                        Map<String, Object> t = new LinkedHashMap<>();
                        key(t, c, "training.instance_type", pick(training));
                        key(t, c, "training.hours_per_month", amount(40, 5));
                        boolean spot = chance(0.6);
                        if (spot || chance(0.3)) key(t, c, "training.spot_share", spot ? share(0.5) : num(0));
                        if (spot || chance(0.3)) key(t, c, "training.spot_savings", share(0.6));
                        m.put("training", t);
                    }
                }
                case "dynamodb" -> {
                    if (chance(p)) key(m, c, "read_cache_hit_rate", share(0.3));
                }
                case "lambda" -> {
                    if (chance(p)) key(m, c, "architecture", choice("lambda.architecture", "x86_64", "arm64"));
                    if (need || chance(p)) key(m, c, "memory_mb", chance(0.5) ? positive(1024, 3) : discrete(128, 512, 1024, 1536, 3008, 10240));
                    if (need || chance(p)) key(m, c, "duration_ms", amount(2000, 10));
                    if (chance(p)) key(m, c, "invocations_per_turn", amount(1.2, 3));
                    if (chance(p)) {
                        key(m, c, "cold_start_rate", share(0.05));
                        key(m, c, "init_duration_ms", amount(800, 3));
                    } else if (chance(0.1)) {
                        key(m, c, "init_duration_ms", amount(800, 3));
                    }
                    if (chance(p)) key(m, c, "streaming_seconds_per_turn", amount(2, 4));
                    if (chance(p)) key(m, c, "ephemeral_storage_mb", chance(0.5) ? positive(1024, 4) : discrete(512, 2048, 10240));
                    if (chance(p * 0.6)) {
                        Map<String, Object> pc = new LinkedHashMap<>();
                        key(pc, c, "provisioned_concurrency.count", count(0, 10));
                        key(pc, c, "provisioned_concurrency.hours", amount(300, 3));
                        m.put("provisioned_concurrency", pc);
                    }
                }
                case "api_gateway" -> {
                    String type = pick(List.of("rest", "http", "websocket"));
                    if (!fromPreset || chance(0.6)) {
                        key(m, c, "type", type);
                        keys.add("choice.api_gateway.type=" + type);
                    } else {
                        type = "http";
                    }
                    if (chance(p)) key(m, c, "requests_per_turn", amount(1.5, 3));
                    if (type.equals("websocket") || chance(0.1)) {
                        key(m, c, "messages_per_turn", amount(3, 3));
                        key(m, c, "connection_minutes_per_conversation", amount(5, 4));
                    }
                }
                case "fargate" -> {
                    if (need || chance(p)) key(m, c, "tasks", count(0, 8));
                    if (need || chance(p)) key(m, c, "vcpu", discrete(0.25, 0.5, 1, 2, 4));
                    if (need || chance(p)) key(m, c, "memory_gb", amount(4, 4));
                    if (chance(p)) key(m, c, "architecture", choice("fargate.architecture", "x86_64", "arm64"));
                    if (chance(p)) {
                        key(m, c, "spot_share", share(0.5));
                        key(m, c, "spot_discount", share(0.65));
                    }
                }
                case "ec2" -> {
                    if (need || chance(p)) key(m, c, "instance_type", pick(ec2));
                    if (need || chance(p)) key(m, c, "instances", count(0, 6));
                }
                case "alb" -> {
                    if (need || chance(p)) key(m, c, "count", count(0, 3));
                    if (need || chance(p)) key(m, c, "lcu", amount(2, 5));
                }
                case "elasticache" -> {
                    if (chance(0.4)) {
                        Map<String, Object> s = new LinkedHashMap<>();
                        if (chance(0.6)) {
                            String engine = pick(List.of("valkey", "redis"));
                            key(s, c, "serverless.engine", engine);
                            keys.add("choice.elasticache.serverless.engine=" + engine);
                        }
                        key(s, c, "serverless.gb", amount(5, 5));
                        if (chance(0.7)) key(s, c, "serverless.ecpus_per_turn", amount(30, 5));
                        m.put("serverless", s);
                    } else {
                        if (need || chance(p)) key(m, c, "node_type", pick(elasticache));
                        if (need || chance(p)) key(m, c, "nodes", count(0, 4));
                    }
                }
                case "aurora" -> {
                    if (need || chance(p)) key(m, c, "instance_class", pick(aurora));
                    if (need || chance(p)) key(m, c, "instances", count(0, 4));
                    if (need || chance(p)) key(m, c, "storage_gb", amount(100, 10));
                    if (need || chance(p)) key(m, c, "io_per_turn", amount(10, 5));
                }
                case "nat_gateway" -> {
                    if (need || chance(p)) key(m, c, "count", count(0, 3));
                    if (chance(p)) key(m, c, "nat_kb_per_turn", amount(10, 5));
                }
                case "vpc_endpoints" -> {
                    key(m, c, "count", count(0, 4));
                    key(m, c, "azs", count(1, 3));
                    key(m, c, "endpoint_kb_per_turn", amount(8, 5));
                }
                case "agentcore" -> {
                    if (need || chance(p)) key(m, c, "vcpu", discrete(0.5, 1, 2));
                    if (need || chance(p)) key(m, c, "active_cpu_seconds_per_turn", amount(1.5, 5));
                    if (need || chance(p)) key(m, c, "memory_gb", amount(1.5, 3));
                    if (need || chance(p)) key(m, c, "session_seconds", amount(300, 5));
                    if (need || chance(p)) key(m, c, "list_tools_per_session", amount(1.5, 3));
                    if (chance(p)) key(m, c, "gateway_searches_per_session", amount(2, 4));
                    if (chance(p)) key(m, c, "memory_events_per_turn", amount(2, 3));
                    if (chance(p)) key(m, c, "long_term_records_per_conversation", amount(2, 4));
                    if (chance(p)) key(m, c, "memory_retrievals_per_turn", amount(1, 4));
                    if (chance(p)) key(m, c, "policy_checks_per_turn", amount(2, 4));
                }
                case "license" -> {
                    double u = r.nextDouble();
                    if (u < 0.7) key(m, c, "monthly_usd", money(2000));
                    if (u >= 0.4) key(m, c, "per_conversation_usd", money(0.05));
                }
                case "s3" -> storage(m, c, p);
                case "step_functions" -> orchestration(m, c, p);
                case "guardrails" -> guardrails(m, c, p);
                case "secrets_manager" -> {
                    key(m, c, "secrets", count(0, 40));
                    if (chance(p)) key(m, c, "api_calls_per_turn", amount(0.5, 4));
                    if (chance(p)) key(m, c, "api_calls_per_month", amount(100_000, 10));
                }
                case "retrieval" -> {
                    key(m, c, "query_tokens", amount(40, 3));
                    key(m, c, "retrieved_tokens_per_call", amount(1500, 4));
                    if (chance(p)) key(m, c, "retrievals_per_turn", amount(1.2, 3));
                    // one model for the corpus and the queries of a scenario, or the loader refuses the pair: written
                    // always where it is not the default, so a knowledge base beside it cannot default to another
                    if (!embedding.equals(DEFAULT_EMBEDDING) || chance(p)) key(m, c, "embedding_model", embedding);
                    // Amazon Rerank 1.0 has no us-east-1 price (not offered there, decision 0028): leaving it out keeps the prices complete
                    // (the key reference reads no hyphenated word, so Cohere's name is written without a choice key)
                    if (chance(p)) key(m, c, "rerank", chance(0.5) ? choice("retrieval.rerank", "none") : "cohere-rerank-3-5");
                }
                case "knowledge_base" -> {
                    key(m, c, "corpus_gb", amount(5, 10));
                    if (chance(p)) key(m, c, "tokens_per_gb", positive(268_435_456, 1.5));
                    if (chance(p)) key(m, c, "reindex_share_per_month", share(0.1));
                    if (!embedding.equals(DEFAULT_EMBEDDING) || chance(p)) key(m, c, "embedding_model", embedding);
                }
                case "opensearch_serverless" -> {
                    String redundancy = chance(0.6) ? choice("opensearch_serverless.redundancy", "true", "false") : "true";
                    if (!redundancy.equals("true") || chance(0.5)) key(m, c, "redundancy", redundancy);
                    // at or above the service's minimum: 1 OCU with redundancy, 0.5 without (decision 0024)
                    double floor = redundancy.equals("true") ? 1 : 0.5;
                    if (chance(p)) key(m, c, "indexing_ocus", discrete(floor, floor + 0.5, 2, 4));
                    if (chance(p)) key(m, c, "search_ocus", discrete(floor, floor + 1, 3));
                    key(m, c, "storage_gb", amount(30, 5));
                }
                case "s3_vectors" -> {
                    key(m, c, "vectors", amount(2_000_000, 10));
                    if (chance(p)) key(m, c, "indexes", discrete(1, 2, 4, 8)); // at least 1: a count's spread could reach below
                    if (chance(p)) key(m, c, "dimensions", discrete(256, 512, 1024, 1536));
                    if (chance(p)) key(m, c, "filterable_metadata_kb", amount(0.5, 3));
                    if (chance(p)) key(m, c, "non_filterable_metadata_kb", amount(1, 3));
                    if (chance(p)) key(m, c, "key_kb", amount(0.05, 2));
                    // required where the architecture has no retrieval component to count the queries; allowed always
                    key(m, c, "queries_per_turn", amount(1.2, 3));
                    if (chance(p)) key(m, c, "put_share_per_month", share(0.05));
                }
                default -> { } // bedrock, data_transfer, cloudwatch: no keys
            }
            return m;
        }

        /** S3 (issue 16): storage around 20 TB so the Standard tier at 50 TB is crossed now and then. */
        private void storage(Map<String, Object> m, String c, double p) {
            key(m, c, "storage_gb", amount(20_000, 10));
            if (chance(0.6)) key(m, c, "storage_class", choice("s3.storage_class", "standard", "standard_ia", "one_zone_ia",
                    "glacier_instant_retrieval", "glacier_flexible_retrieval", "glacier_deep_archive"));
            if (chance(p)) key(m, c, "put_requests_per_turn", amount(1, 3));
            if (chance(p)) key(m, c, "get_requests_per_turn", amount(3, 3));
            if (chance(p)) key(m, c, "put_requests_per_month", amount(100_000, 10));
            if (chance(p)) key(m, c, "get_requests_per_month", amount(1_000_000, 10));
            if (chance(p)) key(m, c, "retrieved_kb_per_get", amount(200, 5));
        }

        /** Step Functions: a standard workflow needs its transitions, an express one its duration (the other's keys are allowed). */
        private void orchestration(Map<String, Object> m, String c, double p) {
            boolean written = chance(0.7);
            String type = written ? choice("step_functions.workflow_type", "standard", "express") : "standard";
            if (written) key(m, c, "workflow_type", type);
            if (type.equals("standard") || chance(0.1)) key(m, c, "transitions_per_turn", amount(6, 3));
            if (chance(p)) key(m, c, "executions_per_turn", amount(1.2, 3));
            if (type.equals("express") || chance(0.1)) key(m, c, "duration_ms", amount(1500, 5));
            if (chance(p)) key(m, c, "memory_mb", chance(0.5) ? positive(100, 3) : discrete(64, 65, 128, 200));
        }

        private void guardrails(Map<String, Object> m, String c, double p) {
            for (String policy : List.of("content_filters", "denied_topics", "sensitive_information")) {
                if (chance(0.5)) key(m, c, policy, choice("guardrails." + policy, "off", "input", "output", "both"));
            }
            for (String policy : List.of("contextual_grounding", "automated_reasoning")) {
                if (chance(0.4)) key(m, c, policy, choice("guardrails." + policy, "off", "output"));
            }
            if (chance(p)) key(m, c, "input_tokens_per_evaluation", amount(300, 4));
            if (chance(p)) key(m, c, "output_tokens_per_evaluation", amount(300, 4));
            if (chance(p)) key(m, c, "input_evaluations_per_turn", amount(1.2, 2));
            if (chance(p)) key(m, c, "output_evaluations_per_turn", amount(1.2, 2));
            if (chance(p)) key(m, c, "grounding_source_tokens_per_evaluation", amount(1500, 4));
            if (chance(p)) key(m, c, "characters_per_token", positive(4, 1.5));
        }

        // ---- numeric inputs ----------------------------------------------------------------------------------

        /** A non-negative amount around typical (spread: how many times smaller or larger it may be). */
        private Num amount(double typical, double spread) {
            return value(Kind.AMOUNT, typical * Math.pow(spread, 2 * r.nextDouble() - 1), false);
        }

        private Num positive(double typical, double spread) {
            return value(Kind.POSITIVE, typical * Math.pow(spread, 2 * r.nextDouble() - 1), false);
        }

        private Num money(double typical) {
            return chance(0.05) ? num(0) : amount(typical, 5);
        }

        /** A whole number in [lo, hi] (or a distribution over such numbers). */
        private Num count(int lo, int hi) {
            return value(Kind.AMOUNT, lo + r.nextInt(hi - lo + 1), true);
        }

        private Num share(double typical) {
            return value(Kind.SHARE, Math.min(1, Math.max(0, typical * (0.3 + 1.4 * r.nextDouble()))), false);
        }

        private Num positiveShare(double typical) {
            return value(Kind.POSITIVE_SHARE, Math.min(1, Math.max(0.05, typical * (0.5 + r.nextDouble()))), false);
        }

        private Num growth() {
            return value(Kind.GROWTH, round(-0.03 + 0.13 * r.nextDouble()), false);
        }

        private Num discrete(double... values) {
            double[] v = new double[1 + r.nextInt(Math.min(3, values.length))];
            for (int i = 0; i < v.length; i++) v[i] = values[r.nextInt(values.length)];
            if (v.length == 1) return num(v[0]);
            return form("discrete", new Distribution.Discrete(v, ones(v.length)), "{discrete: {values: " + list(v) + "}}");
        }

        /** A value near c: a plain number or one of the distribution forms the kind allows. */
        private Num value(Kind kind, double c, boolean whole) {
            c = whole ? Math.rint(c) : round(c);
            boolean bounded = kind == Kind.SHARE || kind == Kind.POSITIVE_SHARE;
            double lo = kind == Kind.GROWTH ? -0.5 : kind == Kind.POSITIVE || kind == Kind.POSITIVE_SHARE ? Math.max(c * 0.05, 1e-3) : 0;
            double hi = bounded ? 1 : Double.POSITIVE_INFINITY;
            if (kind == Kind.POSITIVE || kind == Kind.POSITIVE_SHARE) c = Math.max(c, lo);
            double u = r.nextDouble();
            if (u < 0.35) return num(c);
            // a spread around c that stays in [lo, hi]
            double a = Math.max(lo, whole ? Math.rint(c * (0.2 + 0.8 * r.nextDouble())) : round(c * (0.2 + 0.8 * r.nextDouble())));
            double b = Math.min(hi, whole ? Math.rint(c * (1 + 2 * r.nextDouble()) + 1) : round(c * (1 + 2 * r.nextDouble()) + (c == 0 ? 1 : 0)));
            if (kind == Kind.GROWTH) {
                a = round(c - 0.05 * r.nextDouble());
                b = round(c + 0.08 * r.nextDouble());
            }
            a = Math.min(a, c);
            b = Math.max(b, c);
            double positiveC = c > 0 ? c : bounded ? 0.5 : 1;
            if (u < 0.45) return form("uniform", new Distribution.Uniform(a, b), "{uniform: [" + n(a) + ", " + n(b) + "]}");
            if (u < 0.55) return form("triangular", new Distribution.Triangular(a, c, b), "{triangular: [" + n(a) + ", " + n(c) + ", " + n(b) + "]}");
            if (u < 0.65) return form("pert", new Distribution.Pert(a, c, b), "{pert: [" + n(a) + ", " + n(c) + ", " + n(b) + "]}");
            if (u < 0.73) {
                double[] v = whole ? new double[]{a, c, b} : new double[]{a, c, round((a + b) / 2), b};
                double[] w = new double[v.length];
                for (int i = 0; i < w.length; i++) w[i] = r.nextInt(4);
                w[r.nextInt(w.length)] += 1;
                boolean weights = chance(0.6);
                return form("discrete", new Distribution.Discrete(v, weights ? w : ones(v.length)),
                        "{discrete: {values: " + list(v) + (weights ? ", weights: " + list(w) : "") + "}}");
            }
            if (bounded) return num(c);
            if (kind == Kind.GROWTH) {
                if (u < 0.85) return form("uniform", new Distribution.Uniform(a, b), "{uniform: [" + n(a) + ", " + n(b) + "]}");
                double p50 = round(0.01 + 0.05 * r.nextDouble()), p10 = round(p50 * 0.5), p90 = round(p50 * 2);
                return form("percentiles", new Distribution.Percentiles(p10, p50, p90),
                        "{percentiles: {p10: " + n(p10) + ", p50: " + n(p50) + ", p90: " + n(p90) + "}}");
            }
            if (u < 0.8) {
                // conditioned on >= 0; a divisor (POSITIVE) keeps its mean well above 0 so draws stay away from it
                double sd = round(positiveC * (kind == Kind.POSITIVE ? 0.05 + 0.2 * r.nextDouble() : 0.05 + 1.2 * r.nextDouble()));
                double mean = kind == Kind.AMOUNT && chance(0.1) ? -sd / 2 : positiveC;
                return form("normal", new Distribution.Normal(mean, sd), "{normal: {mean: " + n(mean) + ", sd: " + n(sd) + "}}");
            }
            if (u < 0.87) {
                double p90 = round(positiveC * (1.1 + 3 * r.nextDouble()));
                return form("lognormal.median", Distribution.LogNormal.ofMedianP90(positiveC, p90),
                        "{lognormal: {median: " + n(positiveC) + ", p90: " + n(p90) + "}}");
            }
            if (u < 0.93) {
                double sd = round(positiveC * (0.1 + 1.4 * r.nextDouble()));
                return form("lognormal.mean", Distribution.LogNormal.ofMeanSd(positiveC, sd), "{lognormal: {mean: " + n(positiveC) + ", sd: " + n(sd) + "}}");
            }
            double p10 = round(positiveC * (0.2 + 0.7 * r.nextDouble())), p90 = round(positiveC * (1.2 + 3 * r.nextDouble()));
            return form("percentiles", new Distribution.Percentiles(p10, positiveC, p90),
                    "{percentiles: {p10: " + n(p10) + ", p50: " + n(positiveC) + ", p90: " + n(p90) + "}}");
        }

        private Num num(double v) {
            keys.add("form.number");
            return new Num(Distribution.fixed(v), n(v), fixed(v));
        }

        private Num form(String name, Distribution d, String text) {
            keys.add("form." + name);
            return new Num(d, text, fixed(InverseCdf.median(d)));
        }

        /** A fixed value as a number or a degenerate distribution: the loader must treat them all alike. */
        private String fixed(double m) {
            String x = n(m);
            double u = fixedForms.nextDouble();
            if (u < 0.5) return x;
            if (u < 0.7) return "{uniform: [" + x + ", " + x + "]}";
            if (u < 0.8) return "{triangular: [" + x + ", " + x + ", " + x + "]}";
            if (u < 0.9) return "{pert: [" + x + ", " + x + ", " + x + "]}";
            return "{discrete: {values: [" + x + "]}}";
        }

        // ---- helpers -----------------------------------------------------------------------------------------

        private void put(Map<String, Object> m, String level, String key, Object value) {
            m.put(key, value);
            keys.add(level + "." + key);
        }

        private void key(Map<String, Object> m, String component, String dotted, Object value) {
            m.put(dotted.contains(".") ? dotted.substring(dotted.indexOf('.') + 1) : dotted, value);
            keys.add("component." + component + "." + dotted);
        }

        private String choice(String path, String... words) {
            String w = words[r.nextInt(words.length)];
            keys.add("choice." + path + "=" + w);
            return w;
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        private <T> T pick(List<T> from) {
            return from.get(r.nextInt(from.size()));
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) Collections.swap(list, i, r.nextInt(i + 1));
        }
    }

    /** Three significant digits: readable YAML, and the same double after a round trip through the text. */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) return v;
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    /** The shortest text that reads back as the same double, without an exponent. */
    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).toPlainString();
    }

    private static String number(double v) {
        return n(v);
    }

    private static String list(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(n(v[i]));
        return sb.append(']').toString();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** Writes the tree: mappings as blocks down to the component level, everything below in flow style. */
    static final class Yaml {
        private Yaml() {
        }

        static String write(Map<String, Object> root, boolean fixed) {
            StringBuilder sb = new StringBuilder();
            block(root, 0, sb, fixed);
            return sb.toString();
        }

        private static void block(Map<String, Object> m, int indent, StringBuilder sb, boolean fixed) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                sb.append(" ".repeat(indent)).append(e.getKey()).append(':');
                Object v = e.getValue();
                if (v instanceof Map<?, ?> mm && !mm.isEmpty() && indent < 4 && !(mm.containsKey("window_turns"))) {
                    sb.append('\n');
                    @SuppressWarnings("unchecked") Map<String, Object> child = (Map<String, Object>) mm;
                    block(child, indent + 2, sb, fixed);
                } else {
                    String text = flow(v, fixed);
                    if (!text.isEmpty()) sb.append(' ').append(text);
                    sb.append('\n');
                }
            }
        }

        private static String flow(Object v, boolean fixed) {
            if (v instanceof Num x) return fixed ? x.fixedText() : x.text();
            if (v instanceof String s) return s;
            StringBuilder sb = new StringBuilder();
            if (v instanceof Map<?, ?> m) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(flow(e.getValue(), fixed));
                    first = false;
                }
                return sb.append('}').toString();
            }
            if (v instanceof List<?> l) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) sb.append(i == 0 ? "" : ", ").append(flow(l.get(i), fixed));
                return sb.append(']').toString();
            }
            throw new IllegalArgumentException("cannot write " + v);
        }
    }
}
