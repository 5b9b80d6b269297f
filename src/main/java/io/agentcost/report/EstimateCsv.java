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

    public static String render(EstimateReport r) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<List<Object>> rows = new ArrayList<>();
        for (Estimate e : r.results()) {
            for (LineItem l : e.lines()) {
                rows.add(Arrays.asList(l.phase(), l.architecture(), l.agent() == null ? "" : l.agent(),
                        l.service(), l.category().key(), l.name(), l.quantity(), l.unit(),
                        l.priceKey() == null ? "" : l.priceKey(), l.missingPrice() ? "" : l.unitPriceUsd(),
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
