package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** A command's JSON output holds only finite numbers, none of them written as text ("NaN"), and no negative amount. */
final class FiniteJson {

    private static final Set<String> NAMES = Set.of("scenario", "description", "phase", "architecture", "agent", "a", "b", "name",
            "line", "component", "service", "category", "unit", "price_key", "model", "input", "label", "cheapest", "region");

    private FiniteJson() {
    }

    static void check(String json, String where) {
        try {
            check(new ObjectMapper().readTree(json), where);
        } catch (IOException e) {
            throw new AssertionError(where + ": not JSON: " + e.getMessage());
        }
    }

    private static void check(JsonNode n, String where) {
        if (n.isNumber()) {
            assertThat(Double.isFinite(n.asDouble())).as(where).isTrue();
            return;
        }
        if (n.isTextual()) {
            // a number written as text; names (a scenario called "NaN") are the user's words
            if (!NAMES.contains(where.substring(where.lastIndexOf('.') + 1))) {
                assertThat(n.asText()).as(where).isNotIn("NaN", "Infinity", "-Infinity", "∞");
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = where + "." + f.getKey();
            if (f.getValue().isNumber() && money(f.getKey())) assertThat(f.getValue().asDouble()).as(path).isGreaterThanOrEqualTo(0);
            check(f.getValue(), path);
        }
        if (n.isArray()) for (int i = 0; i < n.size(); i++) check(n.get(i), where + "[" + i + "]");
    }

    /** Fields that hold an amount or a statistic of one (growth rates and correlations may be negative). */
    private static boolean money(String field) {
        return field.endsWith("usd") || field.equals("mean") || field.equals("min") || field.matches("p\\d+");
    }
}
