package io.agentcost.pricing.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.pricing.Allowance;
import io.agentcost.pricing.BedrockModel;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.CatalogSource;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.RegionCode;
import io.agentcost.pricing.Source;
import io.agentcost.pricing.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads dated price snapshots from {@code <cache>/<region>/<yyyy-mm-dd>.json}; the newest date
 * wins. Format: docs/pricing-catalog.md.
 */
public final class CatalogStore implements CatalogSource {

    public static final String FORMAT = "agentcost-price-catalog/1";
    private static final Pattern SNAPSHOT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");

    /** Where snapshots are read from, the bundled one first; later roots win a tie of dates. */
    private final List<Path> roots;
    /** Where `pricing refresh` writes. */
    private final Path cacheDir;
    /**
     * Snapshots are read with Jackson's streaming parser into the tree ObjectMapper.readTree gives, without
     * an ObjectMapper: setting one up took about a tenth of the CPU time of a CLI estimate (decision 0015).
     */
    private static final JsonFactory JSON = new JsonFactory();

    public CatalogStore(Path cacheDir) {
        this(List.of(cacheDir), cacheDir);
    }

    /**
     * Snapshots read from every root (the newest date of a region wins, a later root on the same date),
     * refreshes written to {@code writable}.
     */
    public CatalogStore(List<Path> roots, Path writable) {
        this.roots = List.copyOf(roots);
        this.cacheDir = writable;
    }

    /**
     * An installation's store: its bundled cache, and when that cannot be written (an installed app under
     * /opt or Program Files) a per-user cache beside it, where refreshes go and from which newer
     * snapshots are read (decision 0013).
     */
    public static CatalogStore forInstallation(Path bundled, Path perUser) {
        if (Files.isWritable(bundled)) return new CatalogStore(bundled);
        return new CatalogStore(List.of(bundled, perUser), perUser);
    }

    /** Where a refresh writes its snapshot. */
    public Path cacheDir() {
        return cacheDir;
    }

    public List<Path> roots() {
        return roots;
    }

    /** Whether some root has a directory for the region (with or without snapshots). */
    public boolean hasRegionDirectory(String region) {
        return roots.stream().anyMatch(r -> Files.isDirectory(r.resolve(region)));
    }

    /** A snapshot's name relative to its root: {@code <region>/<date>.json}. */
    public String relativeName(Path snapshot) {
        return snapshot.getParent().getFileName() + "/" + snapshot.getFileName();
    }

    /** The regions that have at least one snapshot in any root, sorted (none when nothing can be listed). */
    public List<String> regions() {
        SortedSet<String> out = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> dirs = Files.list(root)) {
                dirs.filter(Files::isDirectory).forEach(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        if (files.anyMatch(p -> SNAPSHOT.matcher(p.getFileName().toString()).matches())) out.add(dir.getFileName().toString());
                    } catch (IOException e) {
                        // an unreadable directory offers no region
                    }
                });
            } catch (IOException e) {
                // a missing per-user cache offers nothing
            }
        }
        return List.copyOf(out);
    }

    /** The newest snapshot of a region. */
    @Override
    public Catalog load(String region) throws CatalogException {
        return read(latest(region));
    }

    public Path latest(String region) throws CatalogException {
        // the region becomes a directory name: "" or "../x" must not reach the file system (a scenario's loader reports
        // this message at its region line, as any other catalog problem)
        if (!RegionCode.valid(region)) throw new CatalogException("'" + region + "': " + RegionCode.problem(region));
        if (!hasRegionDirectory(region)) {
            Path dir = roots.get(0).resolve(region);
            throw new CatalogException("no price snapshot for region " + region + " in " + describeRoots()
                    + " (expected " + dir + "/<yyyy-mm-dd>.json; run `agentcost pricing refresh --region " + region + "`)");
        }
        Path best = null;
        for (Path root : roots) {
            Path dir = root.resolve(region);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                Path newest = files.filter(p -> SNAPSHOT.matcher(p.getFileName().toString()).matches())
                        .max(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
                // a later root wins the same date: a refresh of today beside the bundled snapshot of today
                if (newest != null && (best == null || newest.getFileName().toString().compareTo(best.getFileName().toString()) >= 0)) {
                    best = newest;
                }
            } catch (IOException e) {
                throw new CatalogException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        if (best == null) throw new CatalogException("no <yyyy-mm-dd>.json snapshot for " + region + " in " + describeRoots());
        return best;
    }

    private String describeRoots() {
        return roots.size() == 1 ? roots.get(0).toString() : roots.stream().map(Path::toString).collect(Collectors.joining(" or "));
    }

    public Catalog read(Path file) throws CatalogException {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            root = tree(parser);
        } catch (JsonProcessingException e) {
            throw new CatalogException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(root, file.toString());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new CatalogException(file + ": " + e.getMessage(), e);
        }
    }

    /** The first JSON value of the input as a tree (missing when there is none), as ObjectMapper.readTree reads it. */
    static JsonNode tree(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        return first == null ? MissingNode.getInstance() : value(parser, first);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT:
                ObjectNode object = nodes.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, value(parser, parser.nextToken()));   // a repeated name: the last value, as readTree
                }
                return object;
            case START_ARRAY:
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) array.add(value(parser, t));
                return array;
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IllegalStateException("unexpected " + token + " at " + parser.currentLocation());
        }
    }

    private Catalog parse(JsonNode root, String origin) {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("format must be \"" + FORMAT + "\" (got \"" + root.path("format").asText() + "\")");
        }
        String region = required(root, "region").asText();
        LocalDate date = LocalDate.parse(required(root, "snapshot_date").asText());
        Map<String, Price> prices = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = required(root, "prices").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            prices.put(e.getKey(), price(e.getKey(), e.getValue()));
        }
        Map<String, Allowance> allowances = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("allowances").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            allowances.put(e.getKey(), new Allowance(e.getKey(), required(e.getValue(), "quantity").asDouble(),
                    e.getValue().path("unit").asText()));
        }
        List<BedrockModel> models = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("bedrock_models").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = e.getValue();
            List<String> endpoints = new ArrayList<>();
            m.path("endpoints").forEach(n -> endpoints.add(n.asText()));
            if (endpoints.isEmpty()) endpoints.add("regional");
            JsonNode threshold = m.get("long_context_threshold");
            if (threshold != null && !(threshold.isNumber() && threshold.asDouble() > 0)) {
                throw new IllegalArgumentException("bedrock model " + e.getKey() + ": long_context_threshold must be a positive number of tokens");
            }
            // a model a refresh discovered has no model id (the Price List names none): it is known by its alias
            models.add(new BedrockModel(e.getKey(), m.path("model_id").asText(null), m.path("name").asText(e.getKey()),
                    endpoints, m.path("batch").asText("half_price"), threshold == null ? null : threshold.asDouble(),
                    m.path("source").asText(null)));
        }
        return new Catalog(region, date, origin, prices, allowances, models);
    }

    private static Price price(String key, JsonNode n) {
        List<Tier> tiers = new ArrayList<>();
        if (n.has("usd")) {
            tiers.add(new Tier(Double.POSITIVE_INFINITY, number(key, n.get("usd"))));
        } else if (n.has("tiers")) {
            for (JsonNode t : n.get("tiers")) {
                JsonNode upTo = t.get("up_to");
                tiers.add(new Tier(upTo == null || upTo.isNull() ? Double.POSITIVE_INFINITY : number(key, upTo),
                        number(key, t.get("usd"))));
            }
        } else {
            throw new IllegalArgumentException("price " + key + " has neither usd nor tiers");
        }
        JsonNode s = n.path("source");
        Source source = new Source(s.path("kind").asText(null), s.path("service_code").asText(null),
                s.path("usage_type").asText(null), s.path("reference").asText(null));
        return new Price(key, required(n, "unit").asText(), tiers, source, n.path("effective_date").asText(null),
                n.path("confidence").asText("high"), n.path("note").asText(null), n.path("fetched_date").asText(null));
    }

    private static double number(String key, JsonNode n) {
        if (n == null || !n.isNumber()) throw new IllegalArgumentException("price " + key + ": usd must be a number");
        return n.asDouble();
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing field \"" + field + "\"");
        return v;
    }
}
