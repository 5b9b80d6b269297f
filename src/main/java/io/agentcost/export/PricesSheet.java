package io.agentcost.export;

import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Tier;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Every price the formulas read (SPEC §8), one row per tier, with unit, source and date; the rate
 * cells are named {@code p_<key>} (and {@code _t2}, … for further tiers), the tier bounds {@code upto_<key>}.
 * A price the scenario overrides shows the override, with its source marked.
 */
final class PricesSheet {

    private PricesSheet() {
    }

    private static String source(Price p) {
        if (p.source() == null) return "";
        String ref = p.source().reference();
        return p.source().kind() + (ref == null || ref.isBlank() ? "" : " — " + ref);
    }

    static void write(Sheet sh, Styles st, Names names, Refs refs, Catalog catalog, Map<String, Price> prices, Map<String, Double> overrides) {
        String[] headers = {"Price key", "Tier", "Up to (per month)", "USD per unit", "Unit", "Source", "Effective date", "Note"};
        for (int c = 0; c < headers.length; c++) Cells.text(sh, 0, c, headers[c], st.header);
        sh.createFreezePane(0, 1);
        Cells.text(sh, 0, 9, "Catalog " + catalog.region() + " of " + catalog.snapshotDate(), st.note);
        int r = 1;
        for (Map.Entry<String, Price> e : new TreeMap<>(prices).entrySet()) {
            Price p = e.getValue();
            String[] rate = new String[p.tiers().size()];
            String[] bound = new String[p.tiers().size()];
            for (int t = 0; t < p.tiers().size(); t++) {
                Tier tier = p.tiers().get(t);
                Cells.text(sh, r, 0, e.getKey(), null);
                Cells.number(sh, r, 1, t + 1, st.integer);
                if (Double.isFinite(tier.upTo())) {
                    Cells.number(sh, r, 2, tier.upTo(), st.number);
                    bound[t] = names.define("upto_", e.getKey() + (t == 0 ? "" : "_t" + (t + 1)), Cells.ref(sh, r, 2));
                } else {
                    Cells.text(sh, r, 2, p.isTiered() ? "and above" : "flat", st.note);
                }
                Cells.number(sh, r, 3, tier.usd(), st.inputPrice);
                rate[t] = names.define("p_", e.getKey() + (t == 0 ? "" : "_t" + (t + 1)), Cells.ref(sh, r, 3));
                Cells.text(sh, r, 4, p.unit(), null);
                boolean overridden = overrides.containsKey(e.getKey());
                Cells.text(sh, r, 5, overridden ? "scenario price_overrides" : source(p), null);
                Cells.text(sh, r, 6, p.effectiveDate(), null);
                Cells.text(sh, r, 7, p.note(), st.note);
                r++;
            }
            refs.rates.put(e.getKey(), rate);
            refs.bounds.put(e.getKey(), bound);
        }
        int[] widths = {46, 6, 18, 14, 22, 50, 14, 60};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    }
}
