package io.agentcost.pricing.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.agentcost.pricing.PriceListProduct;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Streams a Price List bulk offer file (bulk_offer_file_format.md §3): {@code offerCode},
 * {@code version}, {@code publicationDate}, {@code products{SKU: {...}}} then
 * {@code terms{OnDemand{SKU: {...}}, Reserved{...}}}. Offer files run to gigabytes (EC2), so only
 * the products a predicate keeps, and their On-Demand terms, are held in memory.
 */
public final class BulkOfferFile {

    private BulkOfferFile() {
    }

    /** The kept products of one offer file, and products skipped as malformed. */
    public record Contents(String offerCode, String version, String publicationDate, List<PriceListProduct> products,
                           List<String> warnings) {
        public Contents {
            products = List.copyOf(products);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads the file, keeping the products {@code keep} accepts (it sees a product without terms).
     * Throws {@link IOException} when the stream fails and {@link IllegalArgumentException} when the
     * file is not an offer file at all.
     */
    public static Contents read(InputStream in, Predicate<PriceListProduct> keep) throws IOException {
        try (JsonParser p = PriceListDocuments.JSON.getFactory().createParser(in)) {
            p.setCodec(PriceListDocuments.JSON);
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a JSON object: not an offer file");
            String offerCode = null, version = null, published = null;
            Map<String, JsonNode> kept = new LinkedHashMap<>();
            Map<String, JsonNode> onDemand = new HashMap<>();
            boolean productsSeen = false;
            List<String> warnings = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "offerCode" -> offerCode = p.getValueAsString();
                    case "version" -> version = p.getValueAsString();
                    case "publicationDate" -> published = p.getValueAsString();
                    case "products" -> {
                        expectObject(value, "products");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String sku = p.currentName();
                            p.nextToken();
                            JsonNode product = p.readValueAsTree();
                            try {
                                PriceListProduct bare = PriceListDocuments.product(product, serviceCode(offerCode, product),
                                        MissingNode.getInstance(), version, published);
                                if (keep.test(bare)) kept.put(sku, product);
                            } catch (IllegalArgumentException e) {
                                warnings.add("skipped malformed product " + sku + ": " + e.getMessage());
                            }
                        }
                        productsSeen = true;
                    }
                    case "terms" -> {
                        expectObject(value, "terms");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String type = p.currentName();
                            p.nextToken();
                            if (!type.equals("OnDemand")) {
                                p.skipChildren();
                                continue;
                            }
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String sku = p.currentName();
                                p.nextToken();
                                // terms before products (not the documented order) means keeping them all
                                if (!productsSeen || kept.containsKey(sku)) onDemand.put(sku, p.readValueAsTree());
                                else p.skipChildren();
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!productsSeen) throw new IllegalArgumentException("no \"products\": not an offer file");
            List<PriceListProduct> products = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : kept.entrySet()) {
                try {
                    products.add(PriceListDocuments.product(e.getValue(), serviceCode(offerCode, e.getValue()),
                            onDemand.getOrDefault(e.getKey(), MissingNode.getInstance()), version, published));
                } catch (IllegalArgumentException ex) {
                    warnings.add("skipped malformed product " + e.getKey() + ": " + ex.getMessage());
                }
            }
            return new Contents(offerCode, version, published, products, warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
    }

    /** The offer code from the head of a file, reading no further than needed. */
    public static String offerCode(InputStream in) throws IOException {
        try (JsonParser p = PriceListDocuments.JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("offerCode")) return p.getValueAsString();
                if (field.equals("products") || field.equals("terms")) return null;
                p.skipChildren();
            }
            return null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String serviceCode(String offerCode, JsonNode product) {
        return offerCode != null ? offerCode : product.path("attributes").path("servicecode").asText(null);
    }

    private static void expectObject(JsonToken t, String field) {
        if (t != JsonToken.START_OBJECT) throw new IllegalArgumentException("\"" + field + "\" is not an object: not an offer file");
    }
}
