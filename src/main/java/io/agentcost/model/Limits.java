package io.agentcost.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/**
 * The largest (and, for divisors, the smallest) values a scenario may hold. Each bound is far above
 * any real workload and chosen so that every bound at once still gives finite figures: the worst
 * case of all of them is about 1e110 USD a month, far below the 1.8e308 a double holds, so no
 * figure overflows to Infinity or NaN. Decision 0017 gives the reasoning; {@code BoundsTest} runs
 * every key at its bound.
 */
public final class Limits {

    /** A closed interval a number or every draw of a distribution must lie in. */
    public record Bound(double min, double max) {
        public double clamp(double x) {
            return Math.min(Math.max(x, min), max);
        }
    }

    /** Ceilings by unit: the unit says what a quantity counts, so new keys of that unit get the same ceiling. */
    private static final Map<String, Double> CEILINGS = Map.ofEntries(
            Map.entry("conversations/month", 1e12),
            Map.entry("turns", 1e4),
            Map.entry("calls", 1e4),
            Map.entry("retries", 100.0),
            Map.entry("tokens", 1e7),
            Map.entry("tokens/s", 1e9),
            Map.entry("KB", 1e9),
            Map.entry("MB", 1e7),
            Map.entry("GB", 1e9),
            Map.entry("ms", 1e9),
            Map.entry("s", 1e7),
            Map.entry("minutes", 1e6),
            Map.entry("days", 36_500.0),
            Map.entry("hours/month", 1e6),
            Map.entry("share of production", 1e3),
            Map.entry("environments", 1e3),
            Map.entry("instances", 1e5),
            Map.entry("tasks", 1e5),
            Map.entry("nodes", 1e5),
            Map.entry("gateways", 1e5),
            Map.entry("endpoints", 1e5),
            Map.entry("load balancers", 1e5),
            Map.entry("AZs", 1e5),
            Map.entry("vCPU", 1e4),
            Map.entry("agents", 1e6),
            Map.entry("runs per turn", 100.0),
            Map.entry("iterations", (double) 50_000_000),
            Map.entry("USD", 1e12),
            Map.entry("USD/month", 1e12),
            // a savings plan's hourly commitment: 1e9 an hour is 7.3e11 a month, within the USD ceiling
            Map.entry("USD/hour", 1e9),
            Map.entry("share per month", 1.0),
            // retrieval and vector stores (issue 16): S3 Vectors holds up to 2B vectors per index, 10,000 indexes per bucket
            Map.entry("tokens/GB", 1e12),
            Map.entry("vectors", 1e13),
            Map.entry("indexes", 1e8),
            Map.entry("dimensions", 4096.0),
            // monthly request counts of storage and secrets (decision 0025): a busy bucket takes billions
            Map.entry("requests/month", 1e12),
            Map.entry("API calls/month", 1e12),
            Map.entry("characters", 100.0));

    /** Anything else counted per turn, session or conversation (reads, writes, requests, events...). */
    private static final double DEFAULT_CEILING = 1e6;

    /** Floors of divisors (Range.POSITIVE): below them a cost line divides by almost nothing. */
    private static final Map<String, Double> FLOORS = Map.of("MB", 1.0, "tokens/s", 1e-3, "iterations", 1.0, "agents", 1.0, "characters", 0.5);
    private static final double DEFAULT_FLOOR = 1e-6;

    /** Largest iterations of one simulation or forecast (file or command line). */
    public static final int MAX_ITERATIONS = 50_000_000;
    public static final int MAX_PHASES = 12;
    public static final int MAX_ARCHITECTURES = 12;
    public static final int MAX_AGENTS = 100;
    /** Levels of spawned_by below an agent users start (SPEC §12 sub-agents). */
    public static final int MAX_SUB_AGENT_DEPTH = 4;
    /** Phases × architectures × agents: each is a column of line items in every report. */
    public static final int MAX_COMBINATIONS = 1_000;
    public static final int MAX_CUSTOM_LINES = 100;
    public static final int MAX_CORRELATIONS = 200;
    /** Months of the whole timeline: 20 years. With growth ≤ 100% a month this keeps the forecast finite. */
    public static final int MAX_TIMELINE_MONTHS = 240;
    /** Phase, agent, architecture and custom line names (they become column headers and sheet names). */
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;
    /** Values of a discrete distribution. */
    public static final int MAX_DISCRETE_VALUES = 10_000;

    private Limits() {
    }

    /** The bound of a numeric key of the given range and unit. */
    public static Bound of(Range range, String unit) {
        double ceiling = CEILINGS.getOrDefault(unit, DEFAULT_CEILING);
        return switch (range) {
            case NON_NEGATIVE -> new Bound(0, ceiling);
            case POSITIVE -> new Bound(FLOORS.getOrDefault(unit, DEFAULT_FLOOR), ceiling);
            case AT_LEAST_ONE -> new Bound(1, ceiling);
            case SHARE -> new Bound(0, 1);
            case POSITIVE_SHARE -> new Bound(1e-3, 1);
            case GROWTH -> new Bound(-1 + 1e-9, 1);
            case CORRELATION -> new Bound(-1, 1);
        };
    }

    /**
     * The widest bound of any key of this name (workload, component or the few others), for cutting
     * the unbounded tails of draws (decision 0017); null for a name no bound is known for.
     */
    public static Bound forKey(String key) {
        WorkloadKey w = WorkloadKey.fromKey(key);
        if (w != null) return w.bound();
        switch (key) {
            case "window_turns": return of(Range.NON_NEGATIVE, "turns");
            case "summary_tokens": return of(Range.NON_NEGATIVE, "tokens");
            case "monthly_growth": return of(Range.GROWTH, "share per month");
            case "one_time_usd", "team_monthly_usd", "monthly_usd": return of(Range.NON_NEGATIVE, "USD");
            default: break;
        }
        Bound widest = null;
        for (ComponentType t : ComponentType.values()) {
            KeySpec k = t.keySpec(key);
            if (k == null || k.bound() == null) continue;
            Bound b = k.bound();
            widest = widest == null ? b : new Bound(Math.min(widest.min(), b.min()), Math.max(widest.max(), b.max()));
        }
        return widest;
    }

    /** "at most 1e12" or "between 0.001 and 1": how the key reference and messages state a bound. */
    public static String text(Range range, String unit) {
        Bound b = of(range, unit);
        return switch (range) {
            case NON_NEGATIVE -> "0 to " + num(b.max());
            case POSITIVE, AT_LEAST_ONE -> num(b.min()) + " to " + num(b.max());
            case SHARE -> "between 0 and 1";
            case POSITIVE_SHARE -> num(b.min()) + " to 1";
            case GROWTH -> "greater than -1, at most 1";
            case CORRELATION -> "between -1 and 1";
        };
    }

    /** A bound or a value beside it, readably: 10,000 and 50,000,000, but 1e12 and 1.5e308. */
    public static String num(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (Math.abs(v) >= 1e10) {
            String t = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toString();
            return t.replace("E+", "e").replace("E", "e");
        }
        if (v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
        return Distribution.num(v);
    }
}
