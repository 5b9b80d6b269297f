package io.agentcost.app;

import io.agentcost.pricing.BedrockDiscovery;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.PriceKeys;
import io.agentcost.pricing.PriceListException;
import io.agentcost.pricing.PriceListProduct;
import io.agentcost.pricing.PriceListQueries;
import io.agentcost.pricing.PriceListSource;
import io.agentcost.pricing.PriceQuery;
import io.agentcost.pricing.PriceResolver;
import io.agentcost.pricing.Source;
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
     * @param discovered     Bedrock models the Price List offers that the base did not have: alias and Price List name
     * @param added          the prices of those models that were found, by key
     */
    public record Report(String region, LocalDate date, Path base, Path written, boolean replacedSameDay, String source,
                         int prices, List<PriceChange> changed, List<String> unchanged, List<NotRefreshed> notRefreshed,
                         List<String> warnings, String templateRegion, List<BedrockModel> discovered, Map<String, Price> added) {

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

        Set<String> warnings = new LinkedHashSet<>();
        List<NotRefreshed> notRefreshed = new ArrayList<>();
        // every Bedrock model of both service codes, not a fixed list (issue 15): the answers are kept for the queries below
        Reuse reuse = new Reuse(source);
        List<BedrockModel> discovered = discover(region, catalog, reuse, warnings, notRefreshed);
        Catalog priced = discovered.isEmpty() ? catalog : catalog.withModels(discovered);
        Set<String> newKeys = new LinkedHashSet<>();
        for (BedrockModel m : discovered) {
            for (String endpoint : m.endpoints()) for (String kind : PriceListQueries.BEDROCK_KINDS) newKeys.add(PriceKeys.bedrock(m, endpoint, kind));
        }

        // one request per service code and filter set; many prices share one (a model's kinds, a Lambda group)
        Map<String, Map<List<PriceQuery.Filter>, List<PriceQuery>>> requests = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(catalog.prices().keySet());
        wanted.addAll(newKeys);
        for (String key : wanted) {
            Optional<PriceQuery> q = PriceListQueries.forKey(key, priced);
            if (q.isEmpty()) {
                notRefreshed.add(new NotRefreshed(key, PriceListQueries.whyNoQuery(key)));
                continue;
            }
            requests.computeIfAbsent(q.get().serviceCode(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(q.get().filters(), f -> new ArrayList<>()).add(q.get());
        }

        Map<String, Price> refreshed = new TreeMap<>();
        Map<String, Price> added = new TreeMap<>();
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
                answers = reuse.fetch(service.getKey(), filterSets);
            } catch (PriceListException e) {
                throw failed(e.getMessage(), e.kind(), notRefreshed, List.copyOf(warnings), e);
            }
            for (int i = 0; i < filterSets.size(); i++) {
                PriceListSource.Answer a = answers.get(i);
                warnings.addAll(a.warnings());
                for (PriceQuery q : service.getValue().get(filterSets.get(i))) {
                    boolean isNew = newKeys.contains(q.key());
                    // a discovered model's price starts from nothing: the Price List gives its unit, source and dates
                    Price old = isNew ? Price.flat(q.key(), q.catalogUnit(), 0, new Source("price_list", q.serviceCode(), null, null), null)
                            : catalog.prices().get(q.key());
                    if (a.error() != null) {
                        if (!isNew) notRefreshed.add(new NotRefreshed(q.key(), a.error() + unverified(q)));
                        continue;
                    }
                    PriceResolver.Resolution res = PriceResolver.resolve(q, old, a.products(), a.origin(), fetchedOn);
                    // a kind a discovered model lacks (no cache, no batch) is simply not in the catalog: an estimate reports it missing
                    if (res.found()) (isNew ? added : refreshed).put(q.key(), res.price());
                    else if (!isNew) notRefreshed.add(new NotRefreshed(q.key(), res.reason() + unverified(q)));
                }
            }
        }
        notRefreshed.sort(Comparator.comparing(NotRefreshed::key));
        // a discovered model none of whose prices was found is left out (nothing to price it with)
        List<BedrockModel> priceable = discovered.stream().filter(m -> added.keySet().stream().anyMatch(k -> k.startsWith("bedrock." + m.alias() + "."))).toList();
        if (refreshed.isEmpty() && added.isEmpty()) {
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
        if (!priceable.isEmpty()) {
            record.put("discovered_models", priceable.stream().map(BedrockModel::alias).toList());
            record.put("added", added.size());
        }
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
                    new SnapshotWriter.Changes(region, today, description, record, refreshed, removed, added, priceable));
        } catch (CatalogException e) {
            throw failed(e.getMessage() + "; the old snapshot is unchanged", null, notRefreshed, List.copyOf(warnings), e);
        }
        return new Report(region, today, base.file(), target, replacing, source.describe(), catalog.prices().size(), changed, unchanged,
                notRefreshed, List.copyOf(warnings), base.template(), priceable, added);
    }

    /**
     * Reads every product of both Bedrock service codes in the region (one request each, the same request the catalog's
     * own Bedrock prices make) and returns the models the catalog lacks. A service that rejects the request only loses
     * its discoveries (a warning); a failure that stops every request stops the refresh, as for any price.
     */
    private static List<BedrockModel> discover(String region, Catalog catalog, Reuse source, Set<String> warnings,
                                               List<NotRefreshed> notRefreshed) throws Failed {
        List<PriceListProduct> products = new ArrayList<>();
        for (String service : List.of(BedrockDiscovery.BEDROCK, BedrockDiscovery.FOUNDATION_MODELS)) {
            PriceListSource.Answer a;
            try {
                a = source.fetch(service, List.of(List.of(new PriceQuery.Filter("regionCode", region)))).get(0);
            } catch (PriceListException e) {
                throw failed(e.getMessage(), e.kind(), notRefreshed, List.copyOf(warnings), e);
            }
            if (a.error() != null) warnings.add("no Bedrock models discovered under " + service + ": " + a.error());
            products.addAll(a.products());
        }
        return BedrockDiscovery.discover(catalog, products);
    }

    /** A source that answers a request it has answered before from memory: discovery and the prices share requests. */
    private static final class Reuse {
        private final PriceListSource source;
        private final Map<String, Map<List<PriceQuery.Filter>, PriceListSource.Answer>> seen = new LinkedHashMap<>();

        Reuse(PriceListSource source) {
            this.source = source;
        }

        List<PriceListSource.Answer> fetch(String service, List<List<PriceQuery.Filter>> requests) throws PriceListException {
            Map<List<PriceQuery.Filter>, PriceListSource.Answer> known = seen.computeIfAbsent(service, s -> new LinkedHashMap<>());
            List<List<PriceQuery.Filter>> missing = requests.stream().filter(r -> !known.containsKey(r)).toList();
            if (!missing.isEmpty()) {
                List<PriceListSource.Answer> answers = source.fetch(service, missing);
                for (int i = 0; i < missing.size(); i++) known.put(missing.get(i), answers.get(i));
            }
            return requests.stream().map(known::get).toList();
        }
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
