package io.agentcost.report;

import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.model.KeySpec;
import io.agentcost.model.Limits;
import io.agentcost.model.Preset;
import io.agentcost.model.WorkloadKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * docs/scenario-keys.md, generated from the tables the loader validates against, so the reference
 * cannot drift from the code ({@code agentcost keys} prints it; a test compares it with the file).
 */
public final class KeyReference {

    private KeyReference() {
    }

    private static final List<String[]> TOP = List.of(
            new String[]{"name", "text", "file name", "Scenario name shown in reports."},
            new String[]{"description", "text", "(none)", "Free text."},
            new String[]{"region", "region code", "us-east-1", "Price catalog region: `pricing-cache/<region>/<date>.json` must exist."},
            new String[]{"hours_per_month", "hours", "730", "Hours in a month of fixed infrastructure (0 < H ≤ 744)."},
            new String[]{"free_tier", "true/false", "false", "Apply AWS always-free allowances: Lambda 1M requests + 400,000 GB-s (not with provisioned concurrency), 100 GB internet egress carved out of the first tier. Each architecture is its own account."},
            new String[]{"simulation", "mapping", "see below", "Monte Carlo settings."},
            new String[]{"budget", "mapping", "(none)", "`monthly_usd` (budget line, P(total > budget)) and `kill_switch_usd` (P(kill switch trips))."},
            new String[]{"workload", "mapping", "(none)", "Workload inputs shared by every phase (table below)."},
            new String[]{"phases", "mapping", "one phase `default`", "`phase name: {workload overrides}`; each phase is estimated separately."},
            new String[]{"timeline", "list", "(none)", "`{phase, months, monthly_growth}` entries for the monthly forecast; `months` a whole number ≥ 1 (240 in all at most), `monthly_growth` a number or distribution > −1 and ≤ 1 (default 0), compounded monthly inside the phase."},
            new String[]{"start_month", "YYYY-MM", "(none)", "Calendar month of forecast month 1, e.g. `2027-01`: the forecast (CLI `date` field, workbook) shows Jan 2027, Feb 2027 …; without it months are numbered."},
            new String[]{"fiscal_year_start_month", "1 to 12", "1", "Month fiscal years begin in (4 = April), for the workbook's fiscal-year totals (with `start_month`)."},
            new String[]{"correlations", "list", "(none)", "`[input_a, input_b, rho]`: Spearman rank correlation (−1..1) between two workload inputs, applied wherever they are uncertain."},
            new String[]{"agents", "list", "(none)", "Fleet: `{name, count, …workload overrides}`. With agents only the agents' conversations are billed: C of an agent = count × its monthly_conversations × (1 + non_prod_usage_share). Results are attributed per agent. A sub-agent has `spawned_by: {agent: NAME, per_turn: x}` instead of count and monthly_conversations: its conversations are the parent's billed conversations × the parent's turns per conversation × x (SPEC §12); no cycles."},
            new String[]{"architectures", "mapping", "required", "`name: {preset, one_time_usd, team_monthly_usd, custom, commitments, <component>: {keys}}` (below)."},
            new String[]{"price_overrides", "mapping", "{}", "`price key: USD` replacing a catalog price (flat), e.g. a negotiated rate. `agentcost pricing show` lists the keys."},
            new String[]{"discount", "share", "0", "0..1 off every AWS line (Bedrock and SageMaker included), after the non-production multiplier; not licence, people or custom lines."});

    private static final List<String[]> STRUCTURAL = List.of(
            new String[]{"history", "`full` or `{window_turns, summary_tokens}`", "full", "History re-sent each turn: all earlier turns, or the last `window_turns` plus a summary of `summary_tokens` (default 0) once older turns exist. Both numbers may be distributions."},
            new String[]{"prompt_caching", "true/false", "false", "Bill the cacheable prefix (system prompt + history) as cache reads (share `cache_hit_rate`) and cache writes (the rest; the input price where the model has no write price)."},
            new String[]{"bedrock_endpoint", "`regional` \\| `global`", "regional", "Price level where a model has both (Claude 4.5+: regional = global × 1.10, which also prices a kind the catalog lists at global only, decision 0031); one-price models use it for both."},
            new String[]{"model_mix", "`model: share`", "required with bedrock", "Share of LLM calls per model (alias or full Bedrock model id); shares add up to 1 (± 1e-6). Aliases: see `bedrock_models` in the catalog."},
            new String[]{"db_consistency", "`eventual` \\| `strong`", "eventual", "Eventually consistent reads cost half a read unit."},
            new String[]{"cross_region_destination", "region code", "us-west-2", "Where cross-region bytes go (the catalog prices us-east-2, us-west-2, eu-west-1 from us-east-1)."},
            new String[]{"loop_context", "`independent` \\| `accumulate`", "independent", "`accumulate`: call j of a turn re-sends the outputs of calls 1..j−1 of that turn; either way the later calls of a turn see its tool results (SPEC §12)."},
            new String[]{"history_tool_results", "`keep` \\| `drop`", "keep", "`keep`: later turns re-send an earlier turn's tool results (and, with `accumulate`, its intermediate outputs); `drop`: only its user message and final answer."},
            new String[]{"bedrock_service_tier", "`standard` \\| `flex` \\| `priority`", "standard", "Bedrock service tier (SPEC §13): `flex` bills the catalog's flex prices, or 50% of standard at the chosen `bedrock_endpoint` with a warning where none is listed; `priority` bills the catalog's priority prices, reported missing where none is listed. `batch_share` is billed at the standard batch price whatever the tier."},
            new String[]{"cache_ttl", "`5m` \\| `1h`", "5m", "Prompt-cache lifetime whose write price applies with `prompt_caching` (Claude: 1.25× input for 5 minutes, 2× for 1 hour); a model with a 5-minute write price and no 1-hour one reports the 1-hour price missing."});

    private static final List<String[]> SIMULATION = List.of(
            new String[]{"iterations", "whole number 1 to 50,000,000", "10000", "Monte Carlo iterations."},
            new String[]{"seed", "whole number 0 to 2,147,483,647", "42", "Master seed: the same seed gives the same results on any number of threads."},
            new String[]{"sampling", "`random` \\| `latin_hypercube` \\| `sobol`", "latin_hypercube", "Sampling method (randomised Sobol)."},
            new String[]{"target_relative_error", "0 < x < 1", "(none)", "Run in batches until the P90's relative standard error is below this, or `max_iterations`."},
            new String[]{"max_iterations", "whole number ≥ iterations", "1000000", "Ceiling for `target_relative_error`."});

    /** What a top-level, workload-choice or simulation key means, in plain text (null for other keys). */
    public static String description(String key) {
        for (List<String[]> table : List.of(TOP, STRUCTURAL, SIMULATION)) {
            for (String[] row : table) if (row[0].equals(key)) return row[3].replace("`", "");
        }
        return null;
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Scenario file key reference\n\n")
                .append("Generated from the code (`agentcost keys`); `KeyReferenceDocTest` fails when this file is out of date.\n")
                .append("Keys are snake_case with the unit last. Unknown keys are errors with a \"did you mean\" suggestion.\n")
                .append("Every numeric workload and component key may be a plain number or a distribution:\n\n")
                .append("| form | parameters | notes |\n|---|---|---|\n")
                .append("| number | `42`, `10_000`, `1e6` | fixed |\n")
                .append("| `{uniform: [min, max]}` | min ≤ max | |\n")
                .append("| `{triangular: [min, mode, max]}` | min ≤ mode ≤ max | |\n")
                .append("| `{pert: [min, mode, max]}` | min ≤ mode ≤ max | Beta-PERT, λ = 4 |\n")
                .append("| `{normal: {mean, sd}}` | sd > 0, mean ≥ −6 sd | conditioned on ≥ 0 (not clipped); not allowed for shares |\n")
                .append("| `{lognormal: {median, p90}}` or `{lognormal: {mean, sd}}` | median > 0, p90 > median; mean, sd > 0 | |\n")
                .append("| `{discrete: {values: [...], weights: [...]}}` | weights ≥ 0 (default equal) | median = lower median |\n")
                .append("| `{percentiles: {p10, p50, p90}}` | p10 < p50 < p90 | two-piece curve through all three: lognormal halves when p10 > 0, normal halves otherwise (decision 0004) |\n")
                .append("| `{varies: D}` | D any form above, numeric parameters | only `turns_per_conversation` and `llm_calls_per_turn`: conversations (turns) differ as D within the month, and the month's cost is the mean over D, computed once before a run: exact sums over a discrete D, the midpoint rule on 1,000 equal-probability points otherwise, the step budget applied to each point first (SPEC §12, decision 0016) |\n\n")
                .append("The nominal estimate evaluates every input at its true median, then applies ceilings, tiers and caps.\n\n")
                .append("**Bounds** (decision 0017). Every number lies in the interval its unit column gives; a distribution's whole range must, ")
                .append("or for normal, lognormal and percentiles its P10 and P90 (their draws beyond the bound are cut at it). A file has at most ")
                .append(Limits.MAX_PHASES).append(" phases, ").append(Limits.MAX_ARCHITECTURES).append(" architectures, ")
                .append(Limits.MAX_AGENTS).append(" agents and ").append(String.format(Locale.ROOT, "%,d", Limits.MAX_COMBINATIONS))
                .append(" phase × architecture × agent combinations, ").append(Limits.MAX_TIMELINE_MONTHS).append(" timeline months, ")
                .append(String.format(Locale.ROOT, "%,d", Limits.MAX_ITERATIONS)).append(" iterations, ")
                .append(Limits.MAX_CUSTOM_LINES).append(" custom lines per architecture, ").append(Limits.MAX_CORRELATIONS).append(" correlations and ")
                .append(String.format(Locale.ROOT, "%,d", Limits.MAX_DISCRETE_VALUES)).append(" values in a discrete distribution. ")
                .append("Names of phases, agents, architectures and custom lines have 1 to ").append(Limits.MAX_NAME_LENGTH)
                .append(" characters and no control or invisible character; the scenario name at most ").append(Limits.MAX_TITLE_LENGTH)
                .append(", the description ").append(String.format(Locale.ROOT, "%,d", Limits.MAX_DESCRIPTION_LENGTH)).append(".\n\n");
        md.append("## Top level\n\n");
        table(md, TOP);
        md.append("\n### simulation\n\n");
        table(md, SIMULATION);
        md.append("\n## Workload inputs (workload, phases, agents)\n\n")
                .append("Overrides apply workload → phase → agent. Shares and rates are 0..1. C below = monthly conversations × (1 + non_prod_usage_share).\n\n")
                .append("| key | unit | default | meaning |\n|---|---|---|---|\n");
        for (WorkloadKey k : WorkloadKey.values()) row(md, k.spec());
        for (String[] r : STRUCTURAL) md.append("| `").append(r[0]).append("` | ").append(r[1]).append(" | ").append(r[2]).append(" | ").append(r[3]).append(" |\n");
        md.append("\n## Architectures\n\n")
                .append("| key | unit | default | meaning |\n|---|---|---|---|\n")
                .append("| `preset` | ").append(List.of(Preset.values()).stream().map(p -> "`" + p.key() + "`").collect(Collectors.joining(" \\| ")))
                .append(" | (none) | Adds components with defaults (below); the architecture's own keys override them. Without a preset an architecture has exactly the components it lists. |\n")
                .append("| `one_time_usd` | USD | (none) | Build cost, month 0 of the forecast; not in monthly totals. |\n")
                .append("| `team_monthly_usd` | USD/month | (none) | People cost to run it (category people). |\n")
                .append("| `custom` | list | (none) | `{name, category, monthly_usd}` lines; category one of inference, state, compute, edge, network, observability, platform, license, people, other (default other). |\n")
                .append("| `commitments` | list | (none) | Savings plans and reserved instances (SPEC §13, below). |\n");
        commitments(md);
        md.append("\n### Components\n\n")
                .append("A key without a default is required when its component is used (conditions in the meaning column). ")
                .append("Components without keys take `{}`.\n");
        for (ComponentType t : ComponentType.values()) {
            md.append("\n#### ").append(t.key()).append(" (").append(t.category().key()).append(")\n\n");
            if (t.keys().isEmpty()) {
                md.append(t == ComponentType.BEDROCK ? "No keys: uses the workload's token keys, model_mix, caching, batch_share and endpoint.\n"
                        : t == ComponentType.DATA_TRANSFER ? "No keys: uses payload_kb_per_turn, cross_az_share, cross_region_share, cross_region_destination, internet_egress_kb_per_turn.\n"
                        : "No keys: uses log_kb_per_turn, log_sampling, log_retention_days, trace_sampling.\n");
                continue;
            }
            md.append("| key | unit | default | meaning |\n|---|---|---|---|\n");
            for (KeySpec k : t.keys()) row(md, k);
        }
        md.append("\n## Preset defaults\n\n| preset | components and default keys |\n|---|---|\n");
        for (Preset p : Preset.values()) {
            md.append("| `").append(p.key()).append("` | ");
            md.append(p.components().entrySet().stream().map(KeyReference::component).collect(Collectors.joining("; "))).append(" |\n");
        }
        md.append("\nThe reasons for these defaults are in docs/decisions/0003-defaults.md.\n");
        return md.toString();
    }

    private static String component(Map.Entry<ComponentType, Map<String, Object>> e) {
        if (e.getValue().isEmpty()) return e.getKey().key();
        String keys = e.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(k -> k.getKey() + " " + (k.getValue() instanceof Double d ? Distribution.fixed(d).describe() : k.getValue()))
                .collect(Collectors.joining(", "));
        return e.getKey().key() + " {" + keys + "}";
    }

    /** The keys of a savings plan or a reservation (SPEC §13; decision 0022). */
    private static void commitments(StringBuilder md) {
        md.append("\n### Commitments\n\n")
                .append("Each architecture's `commitments` is a list of savings plans `{type, hourly_usd, discount}` and reservations ")
                .append("`{type: reserved, component, instances, discount}`, at most one savings plan of each type. A plan's covered lines ")
                .append("(after the non-production multiplier) keep their quantity and list price and bill nothing; with u their on-demand USD ")
                .append("the plan bills its commitment hourly_usd·H and the overflow max(0, u·(1 − d) − hourly_usd·H)/(1 − d), whatever the use. ")
                .append("A reservation bills instances·H at (1 − d) of the instance price and the component's instance-hours beyond it on demand. ")
                .append("The scenario's `discount` applies after. The price catalog lists no plan rate, so `discount` is required.\n\n")
                .append("| key | unit | default | meaning |\n|---|---|---|---|\n")
                .append("| `type` | ").append(Arrays.stream(Commitment.Type.values()).map(t -> "`" + t.key() + "`").collect(Collectors.joining(" \\| ")))
                .append(" | required | compute_savings_plan covers lambda, fargate, ec2; sagemaker_savings_plan covers sagemaker endpoints and training; ")
                .append("database_savings_plan covers dynamodb, aurora, elasticache; reserved covers one component's instance-hours. |\n")
                .append("| `hourly_usd` | USD/hour | required (plans) | The plan's commitment per hour, billed every hour of its term. |\n")
                .append("| `discount` | share (0 to below 1) | required | The plan's or reservation's rate off on-demand for the usage it covers. |\n")
                .append("| `component` | `ec2` \\| `elasticache` \\| `aurora` \\| `sagemaker` | required (reserved) | The component whose instance-hours ")
                .append("(ElastiCache node-hours, SageMaker endpoint hours) the reservation covers; the architecture must have it (ElastiCache with nodes). |\n")
                .append("| `instances` | instances | required (reserved) | Reserved instances, billed all month used or not; a component's reservations add up ")
                .append("to at most its instances (nodes; an autoscaled endpoint's max_instances) × (1 + non_prod_environments). |\n")
                .append("| `start_month` | month (1 to ").append(Limits.MAX_TIMELINE_MONTHS).append(") | 1 | The forecast month the commitment starts in ")
                .append("(1 = the timeline's first month). |\n")
                .append("| `term_months` | months (1 to ").append(Limits.MAX_TIMELINE_MONTHS).append(") | (to the end) | How long it lasts; outside its term ")
                .append("its lines are on demand. The estimate and the simulation price a month within the term. |\n");
    }

    private static void row(StringBuilder md, KeySpec k) {
        String unit = switch (k.kind()) {
            case NUMBER -> k.unit() + (k.range() == null ? "" : " (" + Limits.text(k.range(), k.unit()) + ")");
            case CHOICE -> String.join(" \\| ", k.choices().stream().map(c -> "`" + c + "`").toList());
            case NAME -> "catalog name";
        };
        md.append("| `").append(k.name()).append("` | ").append(unit).append(" | ").append(k.defaultText()).append(" | ")
                .append(k.description()).append(" |\n");
    }

    private static void table(StringBuilder md, List<String[]> rows) {
        md.append("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (String[] r : rows) md.append("| `").append(r[0]).append("` | ").append(r[1]).append(" | ").append(r[2]).append(" | ").append(r[3]).append(" |\n");
    }
}
