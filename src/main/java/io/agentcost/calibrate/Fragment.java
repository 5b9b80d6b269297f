package io.agentcost.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fitted inputs as a scenario file (decision 0026): the workload (or one agent per agent tag), a timeline when the logs
 * span months, and a Bedrock-only architecture so the file validates and estimates on its own; every value carries a
 * comment with its source, record count and fit quality. Written as text, not through a YAML library, so the comments
 * sit beside the values they explain.
 *
 * @param text     the scenario
 * @param warnings what the user should know (models the catalog does not price, left out of the mix)
 */
public record Fragment(String text, List<String> warnings) {

    public Fragment {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param alias  a logged model id → the catalog's alias, empty when the catalog does not price it
     * @param source what was read, for the header
     */
    public static Fragment of(Fitted f, Function<String, Optional<String>> alias, String source, String today) {
        List<String> warnings = new ArrayList<>();
        StringBuilder y = new StringBuilder();
        y.append("# Fitted by agentcost calibrate on ").append(today).append(" from ").append(f.records()).append(" Bedrock model invocation log records\n");
        y.append("# in ").append(f.files()).append(" file(s) under ").append(clean(source)).append(", ").append(f.firstTimestamp())
                .append(" to ").append(f.lastTimestamp()).append(".\n");
        y.append("# Spreads: the empirical counts or a lognormal rounded to whole numbers, whichever has the lower AIC (decision 0026).\n");
        y.append("# Merge `workload`").append(f.byAgent() ? " and `agents`" : "").append(" into your scenario; `bedrock_only` lets this file estimate alone.\n");
        y.append("name: Calibrated from invocation logs\n");
        String lastMonth = f.coverage().lastKey();
        if (!f.byAgent()) {
            y.append("workload:\n");
            body(y, "  ", f.agents().get(0), f, lastMonth, alias, warnings);
        } else {
            y.append("agents:\n");
            for (AgentFit a : f.agents()) {
                y.append("  - name: ").append(quote(a.name())).append("\n");
                y.append("    count: 1\n");
                body(y, "    ", a, f, lastMonth, alias, warnings);
            }
        }
        if (f.monthlyGrowth() != null && f.monthlyGrowth() > 1) {
            // a pilot ramping from a handful of conversations: past the scenario's bound (decision 0017), so no timeline
            warnings.add("conversations grew " + pct(f.monthlyGrowth()) + " a month, more than the 100% a month a timeline allows;"
                    + " no timeline written");
            y.append("# conversations grew ").append(pct(f.monthlyGrowth())).append(" a month (").append(String.join(" → ",
                    f.conversationsByMonth().values().stream().map(v -> num(v, 0)).toList())).append("): a ramp-up, not a growth"
                    + " rate to plan with; no timeline written\n");
        } else if (f.monthlyGrowth() != null) {
            Map<String, Double> m = f.conversationsByMonth();
            y.append("timeline:\n");
            y.append("  - {phase: default, months: 12, monthly_growth: ").append(num(f.monthlyGrowth(), 4)).append("}")
                    .append("   # growth of conversations ").append(String.join(" → ", m.keySet())).append(": ")
                    .append(String.join(" → ", m.values().stream().map(v -> num(v, 0)).toList()))
                    .append(" (each month scaled to its whole), geometric mean; 12 months is a horizon to edit\n");
        }
        y.append("architectures:\n");
        y.append("  bedrock_only: {bedrock: {}}   # only the model calls the logs show; use your own architectures\n");
        return new Fragment(y.toString(), warnings);
    }

    private static void body(StringBuilder y, String in, AgentFit a, Fitted f, String lastMonth,
                             Function<String, Optional<String>> alias, List<String> warnings) {
        double conv = a.conversationsByMonth().getOrDefault(lastMonth, 0.0);
        double cov = f.coverage().get(lastMonth);
        if (cov < 0.25) warnings.add(a.name() + ": the logs cover " + pct(cov) + " of " + lastMonth
                + "; monthly_conversations is extrapolated from them");
        y.append(in).append("monthly_conversations: ").append(num(conv, 0)).append("   # ")
                .append(a.conversations()).append(" conversations in all; ").append(lastMonth).append(" scaled to the whole month (logs cover ")
                .append(pct(cov)).append(" of it)").append(a.ungrouped() > 0 ? "; " + a.ungrouped() + " calls without a conversation key not counted" : "")
                .append("\n");
        spread(y, in, "turns_per_conversation", a.turnsPerConversation(), "conversations");
        spread(y, in, "llm_calls_per_turn", a.callsPerTurn(), "turns");
        if (a.withBody() == 0)
            y.append(in).append("# no input bodies logged: every call is counted as a turn of its own (one call per turn)\n");
        if (a.split()) {
            y.append(in).append("system_prompt_tokens: ").append(num(a.systemTokens(), 0)).append("   # intercept ").append(num(a.intercept(), 1))
                    .append(" of the first-call input on turn − 1 (").append(a.regressionCalls()).append(" turn starts, R² ")
                    .append(num(a.r2(), 3)).append(") less the user tokens\n");
            y.append(in).append("user_tokens_per_turn: ").append(num(a.userTokens(), 0)).append("   # slope ").append(num(a.slope(), 1))
                    .append(" tokens per turn (full history: U + O) less the output per call")
                    .append(a.slope() < a.outputMean() ? "; the slope is below the output, so history is windowed or trimmed: check `history`" : "")
                    .append("\n");
        } else {
            y.append(in).append("system_prompt_tokens: 0   # fewer than 3 turn starts, all in one turn (or no bodies): system prompt and user input cannot be told apart\n");
            y.append(in).append("user_tokens_per_turn: ").append(num(a.userTokens(), 0)).append("   # mean input of a turn's first call, ")
                    .append(a.regressionCalls() > 0 ? a.regressionCalls() + " turn starts" : a.calls() + " calls").append("\n");
        }
        y.append(in).append("output_tokens_per_call: ").append(num(a.outputMean(), 0)).append("   # mean of ").append(a.calls())
                .append(" calls (sd ").append(num(a.outputSd(), 0)).append(")\n");
        y.append(in).append("retry_rate: ").append(num(a.retryRate(), 4)).append("   # ").append(a.failed()).append(" failed of ")
                .append(a.calls() + a.failed()).append(" attempts (errorCode)\n");
        if (a.caching()) {
            y.append(in).append("prompt_caching: true   # cache reads ").append(pct(a.cacheReadShare())).append(", cache writes ")
                    .append(pct(a.cacheWriteShare())).append(" of all input tokens\n");
            y.append(in).append("cache_hit_rate: ").append(num(a.cacheHitRate(), 4)).append("   # cache reads / (reads + writes)\n");
        } else {
            y.append(in).append("prompt_caching: false   # no cache read or write tokens logged\n");
        }
        mix(y, in, a, alias, warnings);
    }

    private static void spread(StringBuilder y, String in, String key, CountFit c, String of) {
        y.append(in).append(key).append(": ");
        if (c.fixed()) {
            y.append(c.counts().firstKey()).append("   # every one of ").append(c.n()).append(" ").append(of).append("\n");
            return;
        }
        String quality = "AIC lognormal " + num(c.aicLognormal(), 1) + ", empirical " + num(c.aicDiscrete(), 1)
                + "; lognormal KS " + num(c.ks(), 4) + "; mean " + num(c.mean(), 3);
        if (c.lognormalChosen()) {
            y.append("{varies: {lognormal: {median: ").append(num(c.median(), 4)).append(", p90: ").append(num(c.p90(), 4)).append("}}}");
        } else {
            y.append("{varies: {discrete: {values: [").append(String.join(", ", c.counts().keySet().stream().map(String::valueOf).toList()))
                    .append("], weights: [").append(String.join(", ", c.counts().values().stream().map(String::valueOf).toList())).append("]}}}");
        }
        y.append("   # ").append(c.n()).append(" ").append(of).append("; ").append(c.lognormalChosen() ? "lognormal" : "empirical")
                .append(" by AIC (").append(quality).append(")\n");
    }

    private static void mix(StringBuilder y, String in, AgentFit a, Function<String, Optional<String>> alias, List<String> warnings) {
        Map<String, Long> known = new LinkedHashMap<>();
        long unknown = 0;
        for (var e : a.models().entrySet().stream()
                // most calls first, ties by id: the same logs give the same file
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList()) {
            Optional<String> name = alias.apply(e.getKey());
            if (name.isPresent()) {
                known.merge(name.get(), e.getValue(), Long::sum);
            } else {
                unknown += e.getValue();
                warnings.add(a.name() + ": model " + e.getKey() + " (" + e.getValue() + " calls) is not in the price catalog; left out of model_mix");
                y.append(in).append("# not priced by the catalog, left out of model_mix: ").append(clean(e.getKey())).append(" (")
                        .append(e.getValue()).append(" calls)\n");
            }
        }
        if (known.isEmpty()) {
            warnings.add(a.name() + ": no logged model is in the price catalog; model_mix is empty and the file will not validate");
            y.append(in).append("model_mix: {}\n");
            return;
        }
        long total = known.values().stream().mapToLong(Long::longValue).sum();
        // six decimals, the remainder on the largest share: the printed shares add up to exactly 1
        List<String> names = new ArrayList<>(known.keySet());
        long[] micro = new long[names.size()];
        long sum = 0;
        for (int i = 0; i < micro.length; i++) {
            micro[i] = Math.round(1e6 * known.get(names.get(i)) / total);
            sum += micro[i];
        }
        micro[0] += 1_000_000 - sum;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < micro.length; i++) parts.add(names.get(i) + ": " + num(micro[i] / 1e6, 6));
        y.append(in).append("model_mix: {").append(String.join(", ", parts)).append("}   # share of ").append(total).append(" calls")
                .append(unknown > 0 ? " (" + unknown + " calls to unpriced models left out)" : "").append("\n");
    }

    static String num(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private static String pct(double share) {
        return num(100 * share, 1) + "%";
    }

    /** A YAML double-quoted scalar (agent names come from the logs). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else if (ch < 0x20) b.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
            else b.append(ch);
        }
        return b.append('"').toString();
    }

    /** Text from the logs inside a comment: one line, no control characters. */
    static String clean(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
