package io.agentcost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;

/** The estimate in the JSON of SPEC §10; money rounded to the cent, quantities and unit prices unrounded. */
public final class EstimateJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EstimateJson() {
    }

    public static String render(EstimateReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("region", r.region());
        root.put("catalog_date", r.catalogDate().toString());
        root.put("hours_per_month", r.hoursPerMonth());
        root.put("discount", r.discount());
        ArrayNode results = root.putArray("results");
        for (Estimate e : r.results()) results.add(result(e));
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ObjectNode result(Estimate e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("phase", e.phase());
        o.put("architecture", e.architecture());
        o.put("total_usd", Format.cents(e.totalUsd()));
        // SPEC §12: unrounded, null without conversations
        putOrNull(o, "usd_per_conversation", e.usdPerConversation());
        putOrNull(o, "usd_per_resolved_conversation", e.usdPerResolvedConversation());
        ObjectNode cats = o.putObject("by_category");
        e.byCategory().forEach((c, v) -> cats.put(c.key(), Format.cents(v)));
        ObjectNode services = o.putObject("by_service");
        e.byComponent().forEach((c, v) -> services.put(c, Format.cents(v)));
        ObjectNode agents = o.putObject("by_agent");
        e.byAgent().forEach((a, v) -> agents.put(a, Format.cents(v)));
        ArrayNode lines = o.putArray("lines");
        for (LineItem l : e.lines()) {
            ObjectNode n = lines.addObject();
            n.put("component", l.service());
            n.put("category", l.category().key());
            n.put("name", l.name());
            if (l.agent() != null) n.put("agent", l.agent());
            n.put("quantity", l.quantity());
            n.put("unit", l.unit());
            if (l.priceKey() == null) n.putNull("price_key");
            else n.put("price_key", l.priceKey());
            if (l.missingPrice()) {
                n.putNull("unit_price_usd");
                n.putNull("usd");
            } else {
                n.put("unit_price_usd", l.unitPriceUsd());
                if (l.tiered()) n.put("tiered", true);
                n.put("list_usd", Format.cents(l.listUsd()));
                n.put("usd", Format.cents(l.usd()));
            }
        }
        ArrayNode missing = o.putArray("missing_prices");
        e.missingPrices().forEach(missing::add);
        return o;
    }

    static void putOrNull(ObjectNode o, String field, Double value) {
        if (value == null) o.putNull(field);
        else o.put(field, value);
    }
}
