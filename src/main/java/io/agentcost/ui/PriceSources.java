package io.agentcost.ui;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the prices behind the results come from, for the status bar: how many of the prices the estimate uses came
 * from AWS Price List data, from a published AWS pricing page and from third-party figures, and when. The snapshot's
 * date alone ("5 days old") said nothing of that: a snapshot compiled last week can hold a price of 2024, and none
 * of it need have been fetched from AWS.
 *
 * @param line   one line for the status bar
 * @param detail the dates and the third-party prices, for its tooltip
 */
record PriceSources(String line, String detail) {

    /** The catalog's source kinds, in order of trust, with the words the window uses for them. */
    private static final Map<String, String> KINDS = Map.of("price_list", "AWS Price List", "page", "AWS page",
            "third_party", "third-party");
    private static final List<String> ORDER = List.of("price_list", "page", "third_party");

    static PriceSources of(Catalog catalog, EstimateReport estimate, LocalDate today) {
        TreeSet<String> used = new TreeSet<>();
        for (Estimate e : estimate.results()) {
            for (LineItem l : e.lines()) if (l.priceKey() != null) used.add(l.priceKey());
        }
        Map<String, List<Price>> byKind = new TreeMap<>();
        int scenarioOwn = 0;
        TreeSet<LocalDate> fetched = new TreeSet<>();
        for (String key : used) {
            Price p = catalog.price(key).orElse(null);
            if (p == null) {
                scenarioOwn++; // a price the scenario sets itself (an override) or one reported missing
                continue;
            }
            byKind.computeIfAbsent(p.source() == null ? "unknown" : p.source().kind(), k -> new ArrayList<>()).add(p);
            LocalDate f = date(p.fetchedDate());
            if (f != null) fetched.add(f);
        }
        List<String> counts = new ArrayList<>();
        for (String kind : ORDER) if (byKind.containsKey(kind)) counts.add(byKind.get(kind).size() + " " + KINDS.get(kind));
        byKind.keySet().stream().filter(k -> !KINDS.containsKey(k)).forEach(k -> counts.add(byKind.get(k).size() + " " + k));
        if (scenarioOwn > 0) counts.add(scenarioOwn + " not in the catalog");
        String when = fetched.isEmpty()
                ? "compiled " + catalog.snapshotDate() + ", none fetched live"
                : "fetched from AWS " + fetched.last() + " (" + ChronoUnit.DAYS.between(fetched.last(), today) + " days ago)";
        String line = "Prices " + catalog.region() + ": " + String.join(" · ", counts) + " · " + when;

        StringBuilder d = new StringBuilder("The " + used.size() + " prices the estimate uses, by where they come from:\n");
        for (String kind : byKind.keySet()) {
            List<Price> prices = byKind.get(kind);
            TreeSet<String> effective = new TreeSet<>();
            for (Price p : prices) if (p.effectiveDate() != null) effective.add(p.effectiveDate());
            d.append(kind.equals("page") ? "Published AWS pricing pages" : KINDS.getOrDefault(kind, kind)).append(": ").append(prices.size())
                    .append(effective.isEmpty() ? "" : ", effective " + effective.first() + (effective.size() > 1 ? " to " + effective.last() : ""));
            if (kind.equals("third_party")) {
                d.append(" — no AWS source backs these: ").append(String.join(", ", prices.stream().map(Price::key).toList()));
            }
            d.append('\n');
        }
        d.append("Snapshot ").append(catalog.region()).append(" of ").append(catalog.snapshotDate()).append(", ")
                .append(catalog.ageInDays(today)).append(" days old. ");
        d.append(fetched.isEmpty() ? "No price in it was fetched from the AWS Price List by a refresh: the AWS Price List figures"
                + " were taken from published Price List files when it was compiled. Refresh prices… fetches current ones."
                : fetched.size() == 1 ? "Refreshed from the AWS Price List on " + fetched.first() + "."
                : "Refreshed from the AWS Price List between " + fetched.first() + " and " + fetched.last() + ".");
        return new PriceSources(line, d.toString());
    }

    private static LocalDate date(String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
