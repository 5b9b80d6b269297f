package io.agentcost.pricing.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Source;
import io.agentcost.pricing.Tier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a refreshed snapshot: the base snapshot's JSON with its region, date and description
 * replaced, a {@code refresh} record added, and the refreshed prices rewritten. Everything else
 * (models, allowances, prices not refreshed) is copied as written — numbers keep their exact
 * text — so a snapshot only changes where the Price List said so. Written atomically and read
 * back with {@link CatalogStore} before it replaces anything.
 */
public final class SnapshotWriter {

    private SnapshotWriter() {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The layout of the bundled snapshot: two-space indent, {@code "key": value}, one array element per line. */
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** What a refresh changes in the base snapshot. */
    /**
     * @param added  prices the base does not have (those of models the refresh discovered), written in key order
     * @param models Bedrock models the base does not have, written after its own
     */
    public record Changes(String region, LocalDate date, String description, Map<String, Object> refreshRecord,
                          Map<String, Price> refreshed, Set<String> removed, Map<String, Price> added, List<BedrockModel> models) {

        public Changes(String region, LocalDate date, String description, Map<String, Object> refreshRecord,
                       Map<String, Price> refreshed, Set<String> removed) {
            this(region, date, description, refreshRecord, refreshed, removed, Map.of(), List.of());
        }
    }

    /** Writes {@code target} from {@code base} with the changes; the target is untouched on any failure. */
    public static void write(Path base, Path target, Changes changes) throws CatalogException {
        ObjectNode root;
        try {
            JsonNode tree = JSON.readTree(base.toFile());
            if (!(tree instanceof ObjectNode o)) throw new CatalogException(base + ": not a JSON object");
            root = o;
        } catch (IOException e) {
            throw new CatalogException("cannot read " + base + ": " + e.getMessage(), e);
        }
        ObjectNode out = apply(root, changes);
        try {
            byte[] bytes = (PRETTY.writeValueAsString(out) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.replace(target, stream -> stream.write(bytes), written -> {
                try {
                    new CatalogStore(written.getParent()).read(written);
                } catch (CatalogException e) {
                    throw new IOException("the new snapshot does not read back: " + e.getMessage(), e);
                }
            }, base);
        } catch (IOException e) {
            throw new CatalogException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode apply(ObjectNode base, Changes c) {
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> e : base.properties()) {
            switch (e.getKey()) {
                case "region" -> out.put("region", c.region());
                case "snapshot_date" -> out.put("snapshot_date", c.date().toString());
                case "description" -> out.put("description", c.description());
                case "refresh" -> { } // the base's own refresh record is replaced below
                case "prices" -> out.set("prices", prices(e.getValue(), c));
                case "bedrock_models" -> out.set("bedrock_models", models(e.getValue(), c));
                default -> out.set(e.getKey(), e.getValue());
            }
        }
        if (!out.has("snapshot_date")) out.put("snapshot_date", c.date().toString());
        if (!out.has("description")) out.put("description", c.description());
        out.set("refresh", JSON.valueToTree(c.refreshRecord()));
        return out;
    }

    private static ObjectNode prices(JsonNode base, Changes c) {
        // the base's prices in their order, then the added ones each at its place in key order (the base is sorted)
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : base.properties()) {
            if (c.removed().contains(e.getKey())) continue;
            Price p = c.refreshed().get(e.getKey());
            all.put(e.getKey(), p == null ? e.getValue() : price(p));
        }
        Map<String, JsonNode> sorted = c.added().isEmpty() ? all : new TreeMap<>(all);
        c.added().forEach((k, p) -> sorted.put(k, price(p)));
        ObjectNode prices = JSON.createObjectNode();
        sorted.forEach(prices::set);
        return prices;
    }

    private static JsonNode models(JsonNode base, Changes c) {
        if (c.models().isEmpty() || !(base instanceof ObjectNode o)) return base;
        ObjectNode out = o.deepCopy();
        for (BedrockModel m : c.models()) {
            ObjectNode n = out.putObject(m.alias());
            if (m.modelId() != null) n.put("model_id", m.modelId());
            n.put("name", m.name());
            n.put("batch", m.batch());
            ArrayNode endpoints = n.putArray("endpoints");
            m.endpoints().forEach(endpoints::add);
            if (m.source() != null) n.put("source", m.source());
        }
        return out;
    }

    /** A price in the catalog format (docs/pricing-catalog.md), numbers as plain decimals. */
    static ObjectNode price(Price p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("unit", p.unit());
        if (p.tiers().size() == 1) {
            n.put("usd", decimal(p.firstRate()));
        } else {
            ArrayNode tiers = n.putArray("tiers");
            for (Tier t : p.tiers()) {
                ObjectNode tn = tiers.addObject();
                if (t.upTo() == Double.POSITIVE_INFINITY) tn.putNull("up_to");
                else tn.put("up_to", decimal(t.upTo()));
                tn.put("usd", decimal(t.usd()));
            }
        }
        Map<String, String> source = new LinkedHashMap<>();
        Source s = p.source();
        source.put("kind", s.kind());
        source.put("service_code", s.serviceCode());
        source.put("usage_type", s.usageType());
        source.put("reference", s.reference());
        ObjectNode sn = n.putObject("source");
        source.forEach((k, v) -> {
            if (v != null) sn.put(k, v);
        });
        putIfPresent(n, "effective_date", p.effectiveDate());
        putIfPresent(n, "fetched_date", p.fetchedDate());
        putIfPresent(n, "confidence", p.confidence());
        putIfPresent(n, "note", p.note());
        return n;
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    /** The shortest decimal that reads back as the same double, without exponent (0.0000166667, 6000000000). */
    static BigDecimal decimal(double d) {
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
