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
 * @param values   every fitted value the text writes, with its comment, in text order (the app's calibration dialog)
 */
public record Fragment(String text, List<String> warnings, List<Value> values) {

    public Fragment {
        warnings = List.copyOf(warnings);
        values = List.copyOf(values);
    }

    /**
     * One fitted value as the text writes it.
     *
     * @param agent   the agent it was fitted for, or null for the workload (and for the timeline's growth)
     * @param key     the workload key ({@code monthly_growth} for the timeline's growth)
     * @param value   the YAML value, flow style
     * @param comment its source, record count and fit quality
     */
    public record Value(String agent, String key, String value, String comment) {
    }

    /**
     * @param alias  a logged model id → the catalog's alias, empty when the catalog does not price it
     * @param source what was read, for the header
     */
    public static Fragment of(Fitted f, Function<String, Optional<String>> alias, String source, String today) {
        List<String> warnings = new ArrayList<>();
        List<Value> values = new ArrayList<>();
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
            body(y, "  ", null, f.agents().get(0), f, lastMonth, alias, warnings, values);
        } else {
            y.append("agents:\n");
            for (AgentFit a : f.agents()) {
                y.append("  - name: ").append(quote(a.name())).append("\n");
                y.append("    count: 1\n");
                body(y, "    ", a.name(), a, f, lastMonth, alias, warnings, values);
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
            String comment = "growth of conversations " + String.join(" → ", m.keySet()) + ": "
                    + String.join(" → ", m.values().stream().map(v -> num(v, 0)).toList())
                    + " (each month scaled to its whole), geometric mean; 12 months is a horizon to edit";
            values.add(new Value(null, "monthly_growth", num(f.monthlyGrowth(), 4), comment));
            y.append("timeline:\n");
            y.append("  - {phase: default, months: 12, monthly_growth: ").append(num(f.monthlyGrowth(), 4)).append("}")
                    .append("   # ").append(comment).append("\n");
        }
        y.append("architectures:\n");
        y.append("  bedrock_only: {bedrock: {}}   # only the model calls the logs show; use your own architectures\n");
        return new Fragment(y.toString(), warnings, values);
    }

    /** Writes {@code key: value   # comment} and records it. */
    private static final class Out {
        final StringBuilder y;
        final String in, agent;
        final List<Value> values;

        Out(StringBuilder y, String in, String agent, List<Value> values) {
            this.y = y;
            this.in = in;
            this.agent = agent;
            this.values = values;
        }

        void put(String key, String value, String comment) {
            y.append(in).append(key).append(": ").append(value).append("   # ").append(comment).append("\n");
            values.add(new Value(agent, key, value, comment));
        }

        void note(String comment) {
            y.append(in).append("# ").append(comment).append("\n");
        }
    }

    private static void body(StringBuilder y, String in, String agent, AgentFit a, Fitted f, String lastMonth,
                             Function<String, Optional<String>> alias, List<String> warnings, List<Value> values) {
        Out o = new Out(y, in, agent, values);
        double conv = a.conversationsByMonth().getOrDefault(lastMonth, 0.0);
        double cov = f.coverage().get(lastMonth);
        if (cov < 0.25) warnings.add(a.name() + ": the logs cover " + pct(cov) + " of " + lastMonth
                + "; monthly_conversations is extrapolated from them");
        o.put("monthly_conversations", num(conv, 0), a.conversations() + " conversations in all; " + lastMonth
                + " scaled to the whole month (logs cover " + pct(cov) + " of it)"
                + (a.ungrouped() > 0 ? "; " + a.ungrouped() + " calls without a conversation key not counted" : ""));
        spread(o, "turns_per_conversation", a.turnsPerConversation(), "conversations");
        spread(o, "llm_calls_per_turn", a.callsPerTurn(), "turns");
        if (a.withBody() == 0) o.note("no input bodies logged: every call is counted as a turn of its own (one call per turn)");
        if (a.split()) {
            o.put("system_prompt_tokens", num(a.systemTokens(), 0), "intercept " + num(a.intercept(), 1) + " of the first-call input on turn − 1 ("
                    + a.regressionCalls() + " turn starts, R² " + num(a.r2(), 3) + ") less the user tokens");
            o.put("user_tokens_per_turn", num(a.userTokens(), 0), "slope " + num(a.slope(), 1)
                    + " tokens per turn (full history: U + O) less the output per call"
                    + (a.slope() < a.outputMean() ? "; the slope is below the output, so history is windowed or trimmed: check `history`" : ""));
        } else {
            o.put("system_prompt_tokens", "0", "fewer than 3 turn starts, all in one turn (or no bodies): system prompt and user input cannot be told apart");
            o.put("user_tokens_per_turn", num(a.userTokens(), 0), "mean input of a turn's first call, "
                    + (a.regressionCalls() > 0 ? a.regressionCalls() + " turn starts" : a.calls() + " calls"));
        }
        o.put("output_tokens_per_call", num(a.outputMean(), 0), "mean of " + a.calls() + " calls (sd " + num(a.outputSd(), 0) + ")");
        o.put("retry_rate", num(a.retryRate(), 4), a.failed() + " failed of " + (a.calls() + a.failed()) + " attempts (errorCode)");
        if (a.caching()) {
            o.put("prompt_caching", "true", "cache reads " + pct(a.cacheReadShare()) + ", cache writes " + pct(a.cacheWriteShare()) + " of all input tokens");
            o.put("cache_hit_rate", num(a.cacheHitRate(), 4), "cache reads / (reads + writes)");
        } else {
            o.put("prompt_caching", "false", "no cache read or write tokens logged");
        }
        mix(o, a, alias, warnings);
    }

    private static void spread(Out o, String key, CountFit c, String of) {
        if (c.fixed()) {
            o.put(key, String.valueOf(c.counts().firstKey()), "every one of " + c.n() + " " + of);
            return;
        }
        String quality = "AIC lognormal " + num(c.aicLognormal(), 1) + ", empirical " + num(c.aicDiscrete(), 1)
                + "; lognormal KS " + num(c.ks(), 4) + "; mean " + num(c.mean(), 3);
        String value = c.lognormalChosen()
                ? "{varies: {lognormal: {median: " + num(c.median(), 4) + ", p90: " + num(c.p90(), 4) + "}}}"
                : "{varies: {discrete: {values: [" + String.join(", ", c.counts().keySet().stream().map(String::valueOf).toList())
                  + "], weights: [" + String.join(", ", c.counts().values().stream().map(String::valueOf).toList()) + "]}}}";
        o.put(key, value, c.n() + " " + of + "; " + (c.lognormalChosen() ? "lognormal" : "empirical") + " by AIC (" + quality + ")");
    }

    private static void mix(Out o, AgentFit a, Function<String, Optional<String>> alias, List<String> warnings) {
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
                o.note("not priced by the catalog, left out of model_mix: " + clean(e.getKey()) + " (" + e.getValue() + " calls)");
            }
        }
        if (known.isEmpty()) {
            warnings.add(a.name() + ": no logged model is in the price catalog; model_mix is empty and the file will not validate");
            o.y.append(o.in).append("model_mix: {}\n");
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
        o.put("model_mix", "{" + String.join(", ", parts) + "}", "share of " + total + " calls"
                + (unknown > 0 ? " (" + unknown + " calls to unpriced models left out)" : ""));
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
