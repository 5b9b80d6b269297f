package io.agentcost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.app.ActualsReport;
import io.agentcost.calibrate.CostLine;
import java.util.List;

/** `agentcost actuals --format json`: amounts unrounded, like every amount in the CLI's JSON (SPEC §11.13). */
public final class ActualsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ActualsJson() {
    }

    public static String render(ActualsReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", r.file());
        root.put("format", r.format());
        root.put("month", r.month());
        root.put("phase", r.phase());
        root.put("phase_from", r.phaseReason());
        root.put("architecture", r.architecture());
        root.put("iterations", r.iterations());
        root.set("total", row(r.total()));
        rows(root.putArray("by_service"), r.services());
        rows(root.putArray("by_agent"), r.agents());
        lines(root.putArray("unknown_usage_types"), r.unknown());
        lines(root.putArray("not_compared"), r.notCompared());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void rows(ArrayNode a, List<ActualsReport.Row> rows) {
        rows.forEach(r -> a.add(row(r)));
    }

    private static ObjectNode row(ActualsReport.Row r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", r.name());
        o.put("actual_usd", r.actualUsd());
        o.put("plan_p10", r.p10());
        o.put("plan_p50", r.p50());
        o.put("plan_p90", r.p90());
        if (r.placement() == null) {
            o.putNull("percentile");
        } else {
            o.put("percentile", r.placement().percentile());
            o.put("outside_draws", r.placement().below() ? "below" : r.placement().above() ? "above" : null);
        }
        ArrayNode lines = o.putArray("lines");
        for (ActualsReport.Explain e : r.lines()) lines.addObject().put("side", e.side()).put("name", e.name()).put("usd", e.usd());
        return o;
    }

    private static void lines(ArrayNode a, List<CostLine> lines) {
        for (CostLine l : lines)
            a.addObject().put("file", l.file()).put("line", l.line()).put("product_code", l.productCode()).put("usage_type", l.usageType())
                    .put("line_item_type", l.lineType()).put("usd", l.usd());
    }
}
