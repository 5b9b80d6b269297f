package io.agentcost.pricing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A dated price snapshot for one region. */
public final class Catalog {

    /** A snapshot older than this many days is stale: the app and `pricing show` warn (SPEC §6). */
    public static final int STALE_AFTER_DAYS = 90;

    private final String region;
    private final LocalDate snapshotDate;
    private final String origin;
    private final Map<String, Price> prices;
    private final Map<String, Allowance> allowances;
    private final Map<String, BedrockModel> models;

    public Catalog(String region, LocalDate snapshotDate, String origin, Map<String, Price> prices,
                   Map<String, Allowance> allowances, List<BedrockModel> models) {
        this.region = region;
        this.snapshotDate = snapshotDate;
        this.origin = origin;
        this.prices = Collections.unmodifiableMap(new TreeMap<>(prices));
        this.allowances = Collections.unmodifiableMap(new TreeMap<>(allowances));
        Map<String, BedrockModel> m = new LinkedHashMap<>();
        for (BedrockModel b : models) m.put(b.alias(), b);
        this.models = Collections.unmodifiableMap(m);
    }

    public String region() { return region; }

    public LocalDate snapshotDate() { return snapshotDate; }

    /** Where the snapshot was read from (a path), for messages. */
    public String origin() { return origin; }

    public Map<String, Price> prices() { return prices; }

    public Optional<Price> price(String key) {
        return Optional.ofNullable(prices.get(key));
    }

    public Optional<Allowance> allowance(String priceKey) {
        return Optional.ofNullable(allowances.get(priceKey));
    }

    public Map<String, Allowance> allowances() { return allowances; }

    public Map<String, BedrockModel> models() { return models; }

    /** A model by alias or by full model id (with or without a us./global. inference profile prefix). */
    public Optional<BedrockModel> model(String aliasOrId) {
        BedrockModel m = models.get(aliasOrId);
        if (m != null) return Optional.of(m);
        String id = aliasOrId.replaceFirst("^(us|eu|apac|jp|au|global)\\.", "");
        for (BedrockModel b : models.values()) if (id.equals(b.modelId())) return Optional.of(b);
        return Optional.empty();
    }

    /** This catalog with more Bedrock models (a refresh's discoveries); prices and allowances unchanged. */
    public Catalog withModels(List<BedrockModel> more) {
        List<BedrockModel> all = new ArrayList<>(models.values());
        all.addAll(more);
        return new Catalog(region, snapshotDate, origin, prices, allowances, all);
    }

    /** Instance types (or node types, classes) the catalog prices for a key prefix such as "sagemaker.hosting.". */
    public List<String> namesUnder(String prefix) {
        List<String> out = new ArrayList<>();
        for (String k : prices.keySet()) if (k.startsWith(prefix)) out.add(k.substring(prefix.length()));
        return out;
    }

    public long ageInDays(LocalDate today) {
        return ChronoUnit.DAYS.between(snapshotDate, today);
    }

    public boolean isStale(LocalDate today) {
        return ageInDays(today) > STALE_AFTER_DAYS;
    }
}
