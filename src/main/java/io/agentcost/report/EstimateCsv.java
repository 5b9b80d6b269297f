package io.agentcost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One CSV row per line item, for spreadsheets and scripts. */
public final class EstimateCsv {

    private static final List<String> COLUMNS = List.of("phase", "architecture", "agent", "component", "category", "name",
            "quantity", "unit", "price_key", "unit_price_usd", "list_usd", "usd");

    private EstimateCsv() {
    }

    /**
     * Text a spreadsheet would run as a formula when the CSV is opened (it starts with =, +, -, @, a tab
     * or a carriage return) gets a leading apostrophe, OWASP's rule against CSV injection: a name such
     * as "=HYPERLINK(...)" then shows as text. Numbers are written as numbers and are not touched.
     */
    static String safe(String text) {
        if (text == null || text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    public static String render(EstimateReport r) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<List<Object>> rows = new ArrayList<>();
        for (Estimate e : r.results()) {
            for (LineItem l : e.lines()) {
                rows.add(Arrays.asList(safe(l.phase()), safe(l.architecture()), l.agent() == null ? "" : safe(l.agent()),
                        safe(l.service()), l.category().key(), safe(l.name()), l.quantity(), safe(l.unit()),
                        l.priceKey() == null ? "" : safe(l.priceKey()), l.missingPrice() ? "" : l.unitPriceUsd(),
                        l.missingPrice() ? "" : Format.cents(l.listUsd()), l.missingPrice() ? "" : Format.cents(l.usd())));
            }
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
