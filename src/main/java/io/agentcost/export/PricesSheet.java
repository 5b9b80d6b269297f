package io.agentcost.export;

import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Tier;
import java.util.LinkedHashMap;
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

    /** Where a price comes from, in words: AWS Price List, a published AWS page, a third party. */
    static String kind(Price p) {
        if (p.source() == null || p.source().kind() == null) return "unknown";
        return switch (p.source().kind()) {
            case "price_list" -> "AWS Price List";
            case "page" -> "published AWS page";
            case "third_party" -> "third-party (no AWS source)";
            default -> p.source().kind();
        };
    }

    private static String reference(Price p) {
        if (p.source() == null) return "";
        StringBuilder s = new StringBuilder();
        if (p.source().serviceCode() != null) s.append(p.source().serviceCode());
        if (p.source().usageType() != null) s.append(s.length() == 0 ? "" : " · ").append(p.source().usageType());
        String ref = p.source().reference();
        if (ref != null && !ref.isBlank()) s.append(s.length() == 0 ? "" : " — ").append(ref);
        return s.toString();
    }

    /**
     * Writes the sheet; returns one line that counts the prices by source ("12 prices: 3 from the AWS Price List, …"),
     * for the Summary.
     */
    static String write(Sheet sh, Styles st, Names names, Refs refs, Catalog catalog, Map<String, Price> prices, Map<String, Double> overrides) {
        String[] headers = {"Price key", "Tier", "Up to (per month)", "USD per unit", "Unit", "Source", "Reference (service · usage type — page)",
                "Effective date", "Fetched from the Price List", "Note"};
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : new String[]{"AWS Price List", "published AWS page", "third-party (no AWS source)", "scenario price_overrides"}) counts.put(k, 0);
        for (int c = 0; c < headers.length; c++) Cells.text(sh, 0, c, headers[c], st.header);
        sh.createFreezePane(0, 1);
        Cells.text(sh, 0, headers.length, "Catalog " + catalog.region() + " of " + catalog.snapshotDate(), st.note);
        int r = 1;
        for (Map.Entry<String, Price> e : new TreeMap<>(prices).entrySet()) {
            Price p = e.getValue();
            String kind = overrides.containsKey(e.getKey()) ? "scenario price_overrides" : kind(p);
            counts.merge(kind, 1, Integer::sum);
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
                Cells.text(sh, r, 5, kind, st.wrap);
                Cells.text(sh, r, 6, reference(p), st.wrap);
                Cells.text(sh, r, 7, p.effectiveDate(), null);
                Cells.text(sh, r, 8, p.fetchedDate(), null);
                Cells.text(sh, r, 9, p.note(), st.wrapNote);
                r++;
            }
            refs.rates.put(e.getKey(), rate);
            refs.bounds.put(e.getKey(), bound);
        }
        int[] widths = {34, 5, 14, 14, 16, 18, 34, 12, 13, 24};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
        Cells.row(sh, 0).setHeightInPoints(45);
        int total = prices.size();
        StringBuilder line = new StringBuilder("Prices used: " + total + " — ");
        String sep = "";
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() == 0) continue;
            String what = switch (c.getKey()) {
                case "scenario price_overrides" -> "from the scenario's price_overrides";
                case "AWS Price List" -> "from the AWS Price List";
                case "published AWS page" -> "from published AWS pages";
                default -> "third-party (no AWS-primary source)";
            };
            line.append(sep).append(c.getValue()).append(" ").append(what);
            sep = ", ";
        }
        return line.append(" (catalog ").append(catalog.region()).append(" of ").append(catalog.snapshotDate()).append("; see the Prices sheet)").toString();
    }
}
