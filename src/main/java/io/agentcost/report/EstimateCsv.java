package io.agentcost.report;

import static io.agentcost.report.Csv.safe;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One CSV row per line item, for spreadsheets and scripts (RFC 4180, as {@link SimulationCsv}). */
public final class EstimateCsv {

    private static final List<String> COLUMNS = List.of("phase", "architecture", "agent", "component", "category", "name",
            "quantity", "unit", "price_key", "unit_price_usd", "list_usd", "usd");

    private EstimateCsv() {
    }

    public static String render(EstimateReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Estimate e : r.results()) {
            for (LineItem l : e.lines()) {
                rows.add(Arrays.asList(safe(l.phase()), safe(l.architecture()), l.agent() == null ? "" : safe(l.agent()),
                        safe(l.service()), l.category().key(), safe(l.name()), l.quantity(), safe(l.unit()),
                        l.priceKey() == null ? "" : safe(l.priceKey()), l.missingPrice() ? "" : l.unitPriceUsd(),
                        l.missingPrice() ? "" : Format.cents(l.listUsd()), l.missingPrice() ? "" : Format.cents(l.usd())));
            }
        }
        return Csv.write(COLUMNS, rows);
    }
}
