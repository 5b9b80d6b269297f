package io.agentcost.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Source;
import io.agentcost.pricing.SourceClass;
import io.agentcost.pricing.Tier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** `pricing show --format json`: every price with its tiers, source, how far that source is from AWS, and dates. */
public final class CatalogJson {

    private CatalogJson() {
    }

    public static String render(Catalog c, Path file, LocalDate today) {
        ObjectNode root = SimulationJson.JSON.createObjectNode();
        root.put("region", c.region()).put("snapshot_date", c.snapshotDate().toString()).put("age_days", c.ageInDays(today))
                .put("stale", c.isStale(today)).put("file", file.toString());
        Map<SourceClass, Integer> counts = new EnumMap<>(SourceClass.class);
        for (SourceClass k : SourceClass.values()) counts.put(k, 0);
        ArrayNode prices = root.putArray("prices");
        for (Price p : c.prices().values()) {
            SourceClass k = SourceClass.of(p);
            counts.merge(k, 1, Integer::sum);
            ObjectNode o = prices.addObject();
            o.put("key", p.key()).put("unit", p.unit());
            if (p.isTiered()) {
                ArrayNode tiers = o.putArray("tiers");
                for (Tier t : p.tiers()) {
                    ObjectNode n = tiers.addObject();
                    if (t.upTo() == Double.POSITIVE_INFINITY) n.putNull("up_to");
                    else n.put("up_to", t.upTo());
                    n.put("usd", t.usd());
                }
            } else {
                o.put("usd", p.firstRate());
            }
            o.put("source_class", k.key()).put("aws_primary", k.awsPrimary());
            Source s = p.source();
            ObjectNode src = o.putObject("source");
            if (s != null) {
                put(src, "kind", s.kind());
                put(src, "service_code", s.serviceCode());
                put(src, "usage_type", s.usageType());
                put(src, "reference", s.reference());
            }
            put(o, "effective_date", p.effectiveDate());
            put(o, "fetched_date", p.fetchedDate());
            put(o, "confidence", p.confidence());
            put(o, "note", p.note());
        }
        ObjectNode by = root.putObject("by_source_class");
        counts.forEach((k, n) -> by.put(k.key(), n));
        root.put("not_aws_primary", counts.get(SourceClass.THIRD_PARTY) + counts.get(SourceClass.UNKNOWN));
        return SimulationJson.write(root);
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value == null) o.putNull(field);
        else o.put(field, value);
    }
}
