package io.agentcost.ui;

import io.agentcost.model.WorkloadKey;
import io.agentcost.scenario.InputSite;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Human names for the inputs of a scenario ("Conversations a month — phase launch" for
 * phases.launch.monthly_conversations); the key path itself stays in the tooltip and in the editor's title, so a
 * reader can still find it in the YAML.
 */
final class InputLabels {

    /** Where the words of a key do not make a name by themselves. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("monthly_conversations", "Conversations a month"),
            Map.entry("turns_per_conversation", "Turns per conversation"),
            Map.entry("llm_calls_per_turn", "LLM calls per turn"),
            Map.entry("monthly_usd", "Budget a month (USD)"),
            Map.entry("kill_switch_usd", "Kill switch a month (USD)"),
            Map.entry("one_time_usd", "One-time cost (USD)"),
            Map.entry("team_monthly_usd", "Team cost a month (USD)"),
            Map.entry("per_conversation_usd", "Licence per conversation (USD)"),
            Map.entry("monthly_growth", "Growth a month"),
            Map.entry("step_budget", "Step budget (LLM calls a turn)"),
            Map.entry("lcu", "Load balancer capacity units"),
            Map.entry("count", "Number of agents"),
            Map.entry("correlation", "Correlation"),
            Map.entry("hours_per_month", "Hours a month"),
            Map.entry("discount", "Discount"));

    /** Abbreviations kept in capitals (or as AWS writes them). */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("kb", "KB"), Map.entry("mb", "MB"), Map.entry("gb", "GB"),
            Map.entry("usd", "USD"), Map.entry("ms", "ms"), Map.entry("az", "AZ"), Map.entry("db", "DB"), Map.entry("llm", "LLM"),
            Map.entry("nat", "NAT"), Map.entry("io", "I/O"), Map.entry("vcpu", "vCPU"), Map.entry("cpu", "CPU"));

    private InputLabels() {
    }

    /** The name of a key alone: "Cache hit rate", "Payload KB per turn". */
    static String of(String key) {
        String named = NAMED.get(key);
        if (named != null) return named;
        if (key.contains("-")) return "Model mix: " + key; // a model alias under model_mix
        String words = Arrays.stream(key.split("_")).map(w -> WORDS.getOrDefault(w, w)).collect(Collectors.joining(" "));
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The name with where it applies: "Conversations a month — phase launch", "Memory MB — serverless / lambda". */
    static String of(InputSite site) {
        String name = of(site.key());
        String[] p = site.path().split("\\.");
        if (site.path().startsWith("phases.") && p.length > 2) return name + " — phase " + p[1];
        if (site.path().startsWith("agents.") && p.length > 2) return name + " — agent " + p[1];
        if (site.path().startsWith("architectures.") && p.length > 3) return name + " — " + p[1] + " / " + p[2];
        if (site.path().startsWith("architectures.") && p.length > 2) return name + " — " + p[1];
        if (site.path().startsWith("timeline[")) return name + " — timeline step " + (index(site.path()) + 1);
        if (site.path().startsWith("simulation.")) return "Simulation " + name.toLowerCase(Locale.ROOT);
        if (site.path().startsWith("correlations[")) return "Correlation " + site.path().substring(site.path().indexOf(' ') + 1);
        return name;
    }

    /** The key path, what the key means (for workload keys) and its unit and range. */
    static String tooltip(InputSite site) {
        WorkloadKey k = WorkloadKey.fromKey(site.key());
        StringBuilder s = new StringBuilder(site.path());
        if (k != null) s.append("\n").append(k.spec().description().replace("`", ""));
        if (!site.unit().isEmpty()) s.append("\nUnit: ").append(site.unit()).append(", ").append(site.range().text());
        return s.toString();
    }

    private static int index(String path) {
        try {
            return Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
