package io.agentcost.calibrate.costs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.CostExport;
import io.agentcost.calibrate.CostLine;
import io.agentcost.calibrate.ServiceNames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CUR 2.0 export (columns of the AWS Data Exports data dictionary, https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-cur2.html:
 * {@code line_item_product_code}, {@code line_item_usage_type}, {@code line_item_unblended_cost}, {@code
 * line_item_usage_start_date} or {@code bill_billing_period_start_date}, optional {@code line_item_line_item_type},
 * {@code product_product_name}, {@code resource_tags} as a JSON map or {@code resource_tags_user_KEY} columns), a legacy
 * CUR ({@code lineItem/ProductCode} …, {@code resourceTags/user:KEY}) or a Cost Explorer CSV download (a first column of
 * dates, one column per service or tag value headed {@code NAME($)}).
 */
public final class CostFileReader {

    /** Line types the plan never estimates: listed, not compared. */
    static final Set<String> NOT_COMPARED = Set.of("Tax", "Credit", "Refund");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CostFileReader() {
    }

    private record Columns(String format, String product, String usage, String cost, String start, String period, String type,
                           String productName, String tagsMap) {
    }

    private static final Columns CUR2 = new Columns("CUR 2.0", "line_item_product_code", "line_item_usage_type", "line_item_unblended_cost",
            "line_item_usage_start_date", "bill_billing_period_start_date", "line_item_line_item_type", "product_product_name", "resource_tags");
    private static final Columns CUR1 = new Columns("CUR", "lineItem/ProductCode", "lineItem/UsageType", "lineItem/UnblendedCost",
            "lineItem/UsageStartDate", "bill/BillingPeriodStartDate", "lineItem/LineItemType", "product/ProductName", null);

    /** @param agentTag the cost-allocation tag key naming the agent (with or without {@code user:}), or null */
    public static CostExport read(Path file, String agentTag) throws BadFile {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) throw parquet(name);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1') throw parquet(name);
            InputStream in = magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            CsvMapper csv = new CsvMapper();
            try (MappingIterator<String[]> rows = csv.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (!rows.hasNext()) throw new BadFile(name + ": empty file (expected a CUR 2.0, CUR or Cost Explorer CSV export)");
                String[] header = rows.next();
                if (header.length > 0 && header[0].startsWith("\uFEFF")) header[0] = header[0].substring(1);
                Map<String, Integer> at = new HashMap<>();
                for (int i = 0; i < header.length; i++) at.putIfAbsent(header[i].strip(), i);
                if (at.containsKey(CUR2.cost()) || at.containsKey(CUR2.product())) return cur(name, CUR2, at, rows, agentTag);
                if (at.containsKey(CUR1.cost()) || at.containsKey(CUR1.product())) return cur(name, CUR1, at, rows, agentTag);
                if (header.length > 1 && header[header.length - 1].strip().endsWith("($)")) return CostExplorer.read(name, header, rows, agentTag);
                throw new BadFile(name + ":1: not a cost export: expected the CUR 2.0 columns " + CUR2.product() + ", " + CUR2.usage() + ", "
                        + CUR2.cost() + " and " + CUR2.start() + " (or the legacy CUR's lineItem/…), or a Cost Explorer download whose"
                        + " columns are headed NAME($)");
            }
        } catch (RuntimeJsonMappingException e) {
            throw new BadFile(name + ": not a CSV file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        } catch (JsonProcessingException e) {
            throw new BadFile(name + ":" + e.getLocation().getLineNr() + ": not a CSV file (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BadFile(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static BadFile parquet(String name) {
        return new BadFile(name + ": Parquet is not read (no Parquet reader without Hadoop's dependency tree is available; decision 0026):"
                + " export the CUR as CSV (Data Exports, file format text/CSV) or convert the file, e.g."
                + " duckdb -c \"COPY (FROM 'cur.parquet') TO 'cur.csv'\"");
    }

    private static CostExport cur(String file, Columns c, Map<String, Integer> at, MappingIterator<String[]> rows, String agentTag) throws BadFile {
        List<String> missing = new ArrayList<>();
        for (String col : new String[]{c.product(), c.usage(), c.cost()}) if (!at.containsKey(col)) missing.add(col);
        if (!at.containsKey(c.start()) && !at.containsKey(c.period())) missing.add(c.start() + " or " + c.period());
        if (!missing.isEmpty())
            throw new BadFile(file + ":1: a " + c.format() + " export needs the column(s) " + String.join(", ", missing)
                    + " (found: " + String.join(", ", at.keySet().stream().sorted().limit(12).toList()) + (at.size() > 12 ? ", …" : "") + ")");
        int product = at.get(c.product()), usage = at.get(c.usage()), cost = at.get(c.cost());
        int start = at.getOrDefault(c.start(), -1), period = at.getOrDefault(c.period(), -1);
        int type = at.getOrDefault(c.type(), -1), productName = at.getOrDefault(c.productName(), -1);
        String key = agentTag == null ? null : agentTag.startsWith("user:") ? agentTag.substring(5) : agentTag;
        int tagColumn = -1;
        if (key != null) {
            for (String col : List.of("resource_tags_user_" + key, "resource_tags_" + key, "resourceTags/user:" + key, "resourceTags/" + key))
                if (at.containsKey(col)) {
                    tagColumn = at.get(col);
                    break;
                }
        }
        int tagsMap = c.tagsMap() == null ? -1 : at.getOrDefault(c.tagsMap(), -1);
        if (key != null && tagColumn < 0 && tagsMap < 0)
            throw new BadFile(file + ":1: --agent-tag " + agentTag + ": no column resource_tags, resource_tags_user_" + key
                    + " or resourceTags/user:" + key + " (activate the tag as a cost-allocation tag and include resource tags in the export)");
        Sums sums = new Sums(file);
        long line = 1;
        while (rows.hasNext()) {
            String[] r = rows.next();
            // one row a line: CUR rows hold no line breaks
            line++;
            if (r.length == 1 && r[0].isBlank()) continue;
            String when = cell(r, start).isEmpty() ? cell(r, period) : cell(r, start);
            if (when.length() < 7 || !when.substring(0, 7).matches("\\d{4}-\\d{2}"))
                throw new BadFile(file + ":" + line + ": " + (start >= 0 ? c.start() : c.period()) + " is \"" + when
                        + "\" (expected a date such as 2026-11-01T00:00:00Z)");
            String costText = cell(r, cost);
            double usd;
            try {
                usd = Double.parseDouble(costText);
            } catch (NumberFormatException e) {
                throw new BadFile(file + ":" + line + ": " + c.cost() + " is \"" + costText + "\" (expected an amount in USD)");
            }
            if (!Double.isFinite(usd)) throw new BadFile(file + ":" + line + ": " + c.cost() + " is " + costText + " (expected a finite amount)");
            String agent = tagColumn >= 0 ? blankToNull(cell(r, tagColumn)) : tagsMap >= 0 ? tag(file, line, cell(r, tagsMap), key) : null;
            String lineType = cell(r, type);
            String service = ServiceNames.of(cell(r, product), cell(r, productName), cell(r, usage));
            sums.add(new CostLine(file, line, when.substring(0, 7), cell(r, product), cell(r, usage), lineType, service,
                    !NOT_COMPARED.contains(lineType), agent, usd));
        }
        return new CostExport(file, c.format(), sums.byMonth());
    }

    /** The tag's value in CUR 2.0's resource_tags map ({"user:agent": "triage"}), written as JSON in a CSV export. */
    private static String tag(String file, long line, String map, String key) throws BadFile {
        if (map.isBlank() || map.equals("{}")) return null;
        try {
            var node = JSON.readTree(map);
            var v = node.get("user:" + key);
            if (v == null) v = node.get(key);
            return v == null || v.asText().isBlank() ? null : v.asText();
        } catch (JsonProcessingException e) {
            throw new BadFile(file + ":" + line + ": resource_tags is not a JSON map (" + e.getOriginalMessage() + ")");
        }
    }

    static String cell(String[] r, int i) {
        return i < 0 || i >= r.length || r[i] == null ? "" : r[i].strip();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    /** Rows summed by month, product code, usage type, line type and agent; the first row of each sum keeps its line. */
    static final class Sums {
        private final String file;
        private final Map<String, Map<String, CostLine>> months = new LinkedHashMap<>();

        Sums(String file) {
            this.file = file;
        }

        void add(CostLine l) {
            String k = l.productCode() + "\u0000" + l.usageType() + "\u0000" + l.lineType() + "\u0000" + l.agent();
            months.computeIfAbsent(l.month(), m -> new LinkedHashMap<>()).merge(k, l, (a, b) -> new CostLine(a.file(), a.line(),
                    a.month(), a.productCode(), a.usageType(), a.lineType(), a.service(), a.compared(), a.agent(), a.usd() + b.usd()));
        }

        Map<String, List<CostLine>> byMonth() {
            Map<String, List<CostLine>> out = new LinkedHashMap<>();
            months.forEach((m, lines) -> out.put(m, List.copyOf(lines.values())));
            return out;
        }

        String file() {
            return file;
        }
    }
}
