package io.agentcost.cli;

import io.agentcost.app.PricingRefresh;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.BedrockRate;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.PriceKeys;
import io.agentcost.pricing.Source;
import io.agentcost.pricing.SourceClass;
import io.agentcost.pricing.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The text of `pricing show` and `pricing refresh`: plain tables a person reads. */
final class PricingText {

    private PricingText() {
    }

    static String catalog(Catalog c, Path file, LocalDate today, boolean references) {
        StringBuilder sb = new StringBuilder();
        long age = c.ageInDays(today);
        sb.append(c.region()).append(" price catalog, snapshot ").append(c.snapshotDate()).append(" (").append(age)
                .append(age == 1 ? " day" : " days").append(" old")
                .append(c.isStale(today) ? "; STALE: older than " + Catalog.STALE_AFTER_DAYS + " days" : "").append(")\n");
        sb.append("file: ").append(file).append('\n');
        Map<String, Integer> kinds = new TreeMap<>();
        int fetched = 0;
        for (Price p : c.prices().values()) {
            kinds.merge(p.source() == null || p.source().kind() == null ? "unknown" : p.source().kind(), 1, Integer::sum);
            if (p.fetchedDate() != null) fetched++;
        }
        List<String> counts = new ArrayList<>();
        kinds.forEach((k, n) -> counts.add(n + " " + k));
        sb.append(c.prices().size()).append(" prices (sources: ").append(String.join(", ", counts)).append("); ")
                .append(fetched).append(" fetched from the AWS Price List by `agentcost pricing refresh`\n");
        long secondary = c.prices().values().stream().filter(p -> !SourceClass.of(p).awsPrimary()).count();
        sb.append(secondary).append(secondary == 1 ? " price has" : " prices have").append(" no AWS-primary source, marked ")
                .append(NOT_AWS).append(" in BACKED BY\n");
        sb.append("BACKED BY  AWS Price List: the Price List's own records (fetched by `pricing refresh`, or copied from them)\n")
                .append("           AWS page: an AWS pricing page, or a faithful transcription of one\n")
                .append("           third party ").append(NOT_AWS).append(": secondary tables and pages only\n\n");

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"KEY", "USD", "PER", "BACKED BY", "SERVICE, USAGE TYPE", "EFFECTIVE", "FETCHED"});
        for (Price p : c.prices().values()) {
            List<String> usd = tiers(p);
            Source s = p.source();
            String source = s == null ? "" : join(s.serviceCode(), s.usageType());
            for (int i = 0; i < usd.size(); i++) {
                rows.add(i == 0
                        ? new String[]{p.key(), usd.get(0), p.unit(), backedBy(p), source, dash(p.effectiveDate()), dash(p.fetchedDate())}
                        : new String[]{"", usd.get(i), "", "", "", "", ""});
            }
            if (references && s != null && s.reference() != null) rows.add(new String[]{"    source: " + s.reference()});
        }
        sb.append(table(rows));
        return sb.toString();
    }

    /**
     * `pricing show --models`: one row per Bedrock model and price level, $ per 1M tokens. Batch "50%" means half the
     * on-demand price (no batch figure listed), "no" that the model has no batch offer; "= input" a cache write billed at the
     * input price (the model charges no write); "-" is a price the catalog lacks
     * (an estimate reports it missing); flex without a listed price bills 50% of standard, priority without one is missing.
     */
    static String models(Catalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.region()).append(" Bedrock models, snapshot ").append(c.snapshotDate()).append(": ").append(c.models().size())
                .append(" models, USD per 1M tokens (aliases and full model ids both work in model_mix)\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"MODEL", "LEVEL", "INPUT", "OUTPUT", "CACHE WRITE 5M", "CACHE WRITE 1H", "CACHE READ", "BATCH IN", "BATCH OUT",
                "FLEX IN/OUT", "PRIORITY IN/OUT", "LONG CONTEXT IN/OUT", "MODEL ID"});
        for (BedrockModel m : c.models().values()) {
            for (String level : m.endpoints()) {
                String batchIn;
                String batchOut;
                switch (m.batch()) {
                    case "listed" -> {
                        batchIn = rate(c, m, "regional", "batch_input");
                        batchOut = rate(c, m, "regional", "batch_output");
                    }
                    case "not_offered" -> batchIn = batchOut = "no";
                    default -> batchIn = batchOut = "50%";
                }
                String longContext = m.longContextThreshold() == null ? "" : "above " + boundary(m.longContextThreshold()) + ": "
                        + rate(c, m, level, "long_context_input") + " / " + rate(c, m, level, "long_context_output");
                // SPEC §4: a model with cache reads and no write price (Nova) bills its writes at the input price
                boolean writeAtInput = !rate(c, m, level, "cache_read").equals("-") && rate(c, m, level, "cache_write").equals("-")
                        && rate(c, m, level, "cache_write_1h").equals("-");
                String write5m = writeAtInput ? "= input" : rate(c, m, level, "cache_write");
                String write1h = writeAtInput ? "= input" : rate(c, m, level, "cache_write_1h");
                rows.add(new String[]{m.alias(), level, rate(c, m, level, "input"), rate(c, m, level, "output"), write5m, write1h, rate(c, m, level, "cache_read"), batchIn, batchOut,
                        rate(c, m, level, "flex_input") + " / " + rate(c, m, level, "flex_output"),
                        rate(c, m, level, "priority_input") + " / " + rate(c, m, level, "priority_output"), longContext, m.modelId() == null ? "- (alias only)" : m.modelId()});
            }
        }
        sb.append(table(rows));
        if (sb.indexOf(DERIVED) >= 0) {
            sb.append('\n').append(DERIVED).append(" the global price × 1.10: the sources list it at the global level only, and the regional level is priced 10% above global (SPEC §3, decision 0031)\n");
        }
        return sb.toString();
    }

    /** A model's rate at a level; a regional rate derived from the global one (decision 0031) carries {@link #DERIVED}. */
    private static String rate(Catalog c, BedrockModel m, String level, String kind) {
        BedrockRate r = BedrockRate.of(c, m, level, kind);
        return r.rate(c).map(x -> number(x) + (r.derived() ? DERIVED : "")).orElse("-");
    }

    /** The marker of a regional rate the catalog lists at the global level only, billed at global × 1.10. */
    static final String DERIVED = "†";

    /** The marker of a price no AWS-primary source backs. */
    static final String NOT_AWS = "!";

    static String backedBy(Price p) {
        SourceClass k = SourceClass.of(p);
        return k.awsPrimary() ? k.label() : k.label() + " " + NOT_AWS;
    }

    static String refreshReport(PricingRefresh.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Refreshed the ").append(r.region()).append(" price catalog from ").append(r.source()).append('\n');
        sb.append("  wrote ").append(r.written()).append(r.replacedSameDay() ? " (replaced the snapshot of the same day)" : "").append('\n');
        sb.append("  base  ").append(r.base());
        if (r.templateRegion() != null) sb.append(" (keys taken from the ").append(r.templateRegion()).append(" snapshot; changes compare with it)");
        sb.append('\n');
        sb.append("  ").append(r.refreshed()).append(" of ").append(r.prices()).append(" prices refreshed: ").append(r.changed().size())
                .append(" changed, ").append(r.unchanged().size()).append(" unchanged; ").append(r.notRefreshed().size())
                .append(r.templateRegion() == null ? " not refreshed (they keep their earlier value)\n" : " not found (left out)\n");
        if (!r.changed().isEmpty()) {
            sb.append("\nChanged (old → new):\n");
            List<String[]> rows = new ArrayList<>();
            for (PricingRefresh.PriceChange ch : r.changed()) {
                rows.add(new String[]{"  " + ch.key(), rates(ch.before()) + " → " + rates(ch.after()) + " per " + ch.after().unit(),
                        percent(ch.before(), ch.after())});
            }
            sb.append(table(rows));
        } else {
            sb.append("\nNo price changed.\n");
        }
        if (!r.discovered().isEmpty()) {
            sb.append("\nNew Bedrock models in the Price List (").append(r.discovered().size()).append(", ").append(r.added().size())
                    .append(" prices added; model_mix names them by alias, the Price List gives no model id):\n");
            List<String[]> rows = new ArrayList<>();
            for (BedrockModel m : r.discovered()) {
                long n = r.added().keySet().stream().filter(k -> k.startsWith("bedrock." + m.alias() + ".")).count();
                rows.add(new String[]{"  " + m.alias(), m.name(), String.join(", ", m.endpoints()), n + (n == 1 ? " price" : " prices"), m.source()});
            }
            sb.append(table(rows));
        }
        if (!r.notRefreshed().isEmpty()) {
            sb.append('\n').append(notRefreshed(r.notRefreshed()));
        }
        return sb.toString();
    }

    static String notRefreshed(List<PricingRefresh.NotRefreshed> list) {
        StringBuilder sb = new StringBuilder("Not refreshed (" + list.size() + "):\n");
        List<String[]> rows = new ArrayList<>();
        for (PricingRefresh.NotRefreshed n : list) rows.add(new String[]{"  " + n.key(), n.reason()});
        sb.append(table(rows));
        return sb.toString();
    }

    /** "3.5 (first 333)", "2.8 (to 1,000)", ... "1.51 (above 20,000)"; a flat price is one line. */
    static List<String> tiers(Price p) {
        List<Tier> tiers = p.tiers();
        if (tiers.size() == 1) return List.of(number(tiers.get(0).usd()));
        List<String> out = new ArrayList<>();
        double lower = 0;
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String range = t.upTo() == Double.POSITIVE_INFINITY ? "above " + boundary(lower)
                    : (i == 0 ? "first " : "to ") + boundary(t.upTo());
            out.add(number(t.usd()) + " (" + range + ")");
            lower = t.upTo();
        }
        return out;
    }

    private static String rates(Price p) {
        if (p.tiers().size() == 1) return number(p.firstRate());
        return "[" + String.join("; ", tiers(p)) + "]";
    }

    private static String percent(Price before, Price after) {
        if (before.tiers().size() != 1 || after.tiers().size() != 1 || before.firstRate() == 0) return "";
        double pct = (after.firstRate() - before.firstRate()) / before.firstRate() * 100;
        return String.format(Locale.ROOT, "(%+.1f%%)", pct);
    }

    /** The shortest decimal that is the same double, never in exponent notation. */
    static String number(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String boundary(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.format(Locale.ROOT, "%,d", (long) d);
        return number(d);
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) if (p != null && !p.isBlank()) present.add(p);
        return String.join(" ", present);
    }

    /** Left-aligned columns two spaces apart; the last column is not padded; a one-cell row is a free line. */
    static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) if (r.length == cols) for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            if (r.length != cols) {
                sb.append(r[0]).append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                line.append(r[i]);
                if (i < cols - 1) line.append(" ".repeat(width[i] - r[i].length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
