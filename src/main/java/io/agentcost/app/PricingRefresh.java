package io.agentcost.app;

import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListQueries;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import io.agentcost.pricing.PriceResolver;
import io.agentcost.pricing.aws.AwsPriceList;
import io.agentcost.pricing.store.BulkPriceList;
import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.pricing.store.SnapshotWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * `pricing refresh`, shared by the CLI and the desktop app: for every price of a region's newest
 * snapshot, ask the Price List (Query API or bulk files) with the query of
 * {@link PriceListQueries}, resolve it with {@link PriceResolver}, and write a new snapshot dated
 * today. Prices not found keep their earlier value and source and are reported. Nothing is
 * written unless every request has been answered, and the new file replaces nothing until it is
 * complete and reads back (docs/decisions/0008-pricing-refresh.md).
 */
public final class PricingRefresh {

    public enum SourceKind { API, BULK }

    /**
     * What to refresh and from where.
     *
     * @param endpoint  Query API endpoint override (null: the standard endpoint of {@code apiRegion})
     * @param profile   credentials profile (null: the default credential chain)
     * @param apiRegion region of the Price List endpoint (null: us-east-1); not the catalog's region
     * @param bulk      bulk file locations (URLs, files, directories; empty: the AWS host)
     */
    public record Request(String region, SourceKind source, URI endpoint, String profile, String apiRegion, List<String> bulk) {
        public Request {
            bulk = bulk == null ? List.of() : List.copyOf(bulk);
        }

        public static Request api(String region) {
            return new Request(region, SourceKind.API, null, null, null, List.of());
        }
    }

    /** One price whose rates changed. */
    public record PriceChange(String key, Price before, Price after) {
    }

    /** One price that kept its earlier value, and why. */
    public record NotRefreshed(String key, String reason) {
    }

    /**
     * The outcome: the written snapshot, what changed, what was confirmed unchanged, and what
     * could not be refreshed.
     *
     * @param templateRegion the region whose snapshot gave the keys when {@code region} had none yet, else null
     */
    public record Report(String region, LocalDate date, Path base, Path written, boolean replacedSameDay, String source,
                         int prices, List<PriceChange> changed, List<String> unchanged, List<NotRefreshed> notRefreshed,
                         List<String> warnings, String templateRegion) {

        public int refreshed() {
            return changed.size() + unchanged.size();
        }
    }

    /** The refresh stopped; nothing was written and the old snapshot is still the one in use. */
    public static final class Failed extends Exception {
        private final PriceListException.Kind kind;
        private final List<NotRefreshed> notRefreshed;
        private final List<String> warnings;

        public Failed(String message, PriceListException.Kind kind, List<NotRefreshed> notRefreshed, List<String> warnings, Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.notRefreshed = List.copyOf(notRefreshed);
            this.warnings = List.copyOf(warnings);
        }

        /** The Price List failure behind it, or null (no snapshot, nothing found, cannot write). */
        public PriceListException.Kind kind() {
            return kind;
        }

        public List<NotRefreshed> notRefreshed() {
            return notRefreshed;
        }

        public List<String> warnings() {
            return warnings;
        }
    }

    private final CatalogStore store;
    private final Clock clock;

    public PricingRefresh(CatalogStore store) {
        this(store, Clock.systemDefaultZone());
    }

    public PricingRefresh(CatalogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Opens the source a request names (the SDK client or the bulk reader). */
    public static PriceListSource open(Request r) {
        return switch (r.source()) {
            case API -> AwsPriceList.create(new AwsPriceList.Settings(r.apiRegion(), r.endpoint(), r.profile()));
            case BULK -> new BulkPriceList(r.bulk(), r.region());
        };
    }

    public Report refresh(Request r, Consumer<String> progress, BooleanSupplier cancelled) throws Failed {
        try (PriceListSource source = open(r)) {
            return refresh(r.region(), source, progress, cancelled);
        }
    }

    public Report refresh(String region, PriceListSource source, Consumer<String> progress, BooleanSupplier cancelled) throws Failed {
        LocalDate today = LocalDate.now(clock);
        Base base = base(region);
        Catalog catalog = base.catalog();
        if (base.template() == null && catalog.snapshotDate().isAfter(today)) {
            throw failed("the newest " + region + " snapshot (" + base.file() + ") is dated after today (" + today
                    + "); a snapshot written today would be ignored. Check the system clock.", null, List.of(), List.of(), null);
        }
        String fetchedOn = today.toString();

        // one request per service code and filter set; many prices share one (a model's kinds, a Lambda group)
        Map<String, Map<List<PriceQuery.Filter>, List<PriceQuery>>> requests = new LinkedHashMap<>();
        List<NotRefreshed> notRefreshed = new ArrayList<>();
        for (String key : catalog.prices().keySet()) {
            Optional<PriceQuery> q = PriceListQueries.forKey(key, catalog);
            if (q.isEmpty()) {
                notRefreshed.add(new NotRefreshed(key, PriceListQueries.whyNoQuery(key)));
                continue;
            }
            requests.computeIfAbsent(q.get().serviceCode(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(q.get().filters(), f -> new ArrayList<>()).add(q.get());
        }

        Map<String, Price> refreshed = new TreeMap<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (Map.Entry<String, Map<List<PriceQuery.Filter>, List<PriceQuery>>> service : requests.entrySet()) {
            if (cancelled.getAsBoolean()) {
                throw failed("the refresh was cancelled; no snapshot was written", PriceListException.Kind.CANCELLED, notRefreshed,
                        List.copyOf(warnings), null);
            }
            List<List<PriceQuery.Filter>> filterSets = new ArrayList<>(service.getValue().keySet());
            int keys = service.getValue().values().stream().mapToInt(List::size).sum();
            progress.accept(service.getKey() + ": " + keys + (keys == 1 ? " price, " : " prices, ") + filterSets.size()
                    + (filterSets.size() == 1 ? " request" : " requests"));
            List<PriceListSource.Answer> answers;
            try {
                answers = source.fetch(service.getKey(), filterSets);
            } catch (PriceListException e) {
                throw failed(e.getMessage(), e.kind(), notRefreshed, List.copyOf(warnings), e);
            }
            for (int i = 0; i < filterSets.size(); i++) {
                PriceListSource.Answer a = answers.get(i);
                warnings.addAll(a.warnings());
                for (PriceQuery q : service.getValue().get(filterSets.get(i))) {
                    Price old = catalog.prices().get(q.key());
                    if (a.error() != null) {
                        notRefreshed.add(new NotRefreshed(q.key(), a.error() + unverified(q)));
                        continue;
                    }
                    PriceResolver.Resolution res = PriceResolver.resolve(q, old, a.products(), a.origin(), fetchedOn);
                    if (res.found()) refreshed.put(q.key(), res.price());
                    else notRefreshed.add(new NotRefreshed(q.key(), res.reason() + unverified(q)));
                }
            }
        }
        notRefreshed.sort(Comparator.comparing(NotRefreshed::key));
        if (refreshed.isEmpty()) {
            throw failed("no price could be refreshed from " + source.describe() + "; no snapshot was written", null, notRefreshed,
                    List.copyOf(warnings), null);
        }
        if (cancelled.getAsBoolean()) {
            throw failed("the refresh was cancelled; no snapshot was written", PriceListException.Kind.CANCELLED, notRefreshed,
                    List.copyOf(warnings), null);
        }

        List<PriceChange> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, Price> e : refreshed.entrySet()) {
            Price before = catalog.prices().get(e.getKey());
            if (before.sameRates(e.getValue())) unchanged.add(e.getKey());
            else changed.add(new PriceChange(e.getKey(), before, e.getValue()));
        }

        Path target = store.cacheDir().resolve(region).resolve(fetchedOn + ".json");
        boolean replacing = Files.exists(target);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("date", fetchedOn);
        record.put("source", source.describe());
        record.put("base_snapshot", store.relativeName(base.file()));
        record.put("refreshed", refreshed.size());
        record.put("changed", changed.size());
        Map<String, String> missing = new LinkedHashMap<>();
        for (NotRefreshed n : notRefreshed) missing.put(n.key(), n.reason());
        record.put("not_refreshed", missing);
        String description = "Refreshed on " + fetchedOn + " from " + source.describe() + ": " + refreshed.size() + " of "
                + catalog.prices().size() + " prices were fetched (they carry a fetched_date); "
                + (base.template() == null
                ? "the others keep the values and sources of " + base.file().getFileName() + "."
                : "keys, models and allowances come from the " + base.template() + " snapshot; prices not found are left out "
                + "(an estimate reports them as missing).")
                + " On-demand list prices, USD; free tiers are listed under allowances, never as tiers.";
        Set<String> removed = base.template() == null ? Set.of() : missing.keySet();
        try {
            SnapshotWriter.write(base.file(), target,
                    new SnapshotWriter.Changes(region, today, description, record, refreshed, removed));
        } catch (CatalogException e) {
            throw failed(e.getMessage() + "; the old snapshot is unchanged", null, notRefreshed, List.copyOf(warnings), e);
        }
        return new Report(region, today, base.file(), target, replacing, source.describe(), catalog.prices().size(), changed, unchanged,
                notRefreshed, List.copyOf(warnings), base.template());
    }

    private static String unverified(PriceQuery q) {
        return q.verified() ? "" : " [" + q.basis() + "]";
    }

    private record Base(Path file, Catalog catalog, String template) {
    }

    /** The region's newest snapshot; for a region without one, the newest of another region (us-east-1 first) as the key template. */
    private Base base(String region) throws Failed {
        try {
            Path file = store.latest(region);
            return new Base(file, store.read(file), null);
        } catch (CatalogException notThere) {
            if (store.hasRegionDirectory(region)) {
                throw failed(notThere.getMessage(), null, List.of(), List.of(), notThere);
            }
            List<String> regions = new ArrayList<>(store.regions());
            regions.sort(Comparator.comparing((String s) -> !s.equals("us-east-1")));
            for (String other : regions) {
                try {
                    Path file = store.latest(other);
                    Catalog c = store.read(file);
                    Catalog template = new Catalog(region, c.snapshotDate(), c.origin(), c.prices(), c.allowances(),
                            List.copyOf(c.models().values()));
                    return new Base(file, template, other);
                } catch (CatalogException ignored) {
                    // try the next region
                }
            }
            throw failed("no price snapshot in " + store.cacheDir() + " to take the price keys from", null, List.of(), List.of(), notThere);
        }
    }

    private static Failed failed(String message, PriceListException.Kind kind, List<NotRefreshed> notRefreshed, List<String> warnings,
                                 Throwable cause) {
        return new Failed(message, kind, notRefreshed, warnings, cause);
    }
}
