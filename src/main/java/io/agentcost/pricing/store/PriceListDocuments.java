package io.agentcost.pricing.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.agentcost.pricing.PriceListProduct;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses AWS Price List documents: the JSON strings of a GetProducts {@code PriceList} (each is
 * JSON again, aws-pricing-facts.md §9.3), and the per-SKU terms of a bulk offer file, which have
 * the same shape. Only On-Demand terms are kept.
 */
public final class PriceListDocuments {

    private PriceListDocuments() {
    }

    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** One PriceList document; {@link IllegalArgumentException} (with the reason) when it is malformed. */
    public static PriceListProduct parse(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a JSON object");
        JsonNode product = root.get("product");
        if (product == null || !product.isObject()) throw new IllegalArgumentException("no \"product\" object");
        String serviceCode = text(root, "serviceCode");
        if (serviceCode == null) serviceCode = text(product.path("attributes"), "servicecode");
        JsonNode terms = root.path("terms");
        if (!terms.isObject()) throw new IllegalArgumentException("no \"terms\" object");
        return product(product, serviceCode, terms.path("OnDemand"), text(root, "version"), text(root, "publicationDate"));
    }

    /** The GetProducts response body's PriceList strings (for tests and saved responses). */
    public static List<String> priceListOf(String response) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode n : JSON.readTree(response).path("PriceList")) out.add(n.asText());
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A product node ({@code sku}, {@code productFamily}, {@code attributes}) with the On-Demand terms
     * of its SKU ({@code "<SKU>.<offerTermCode>" → term}), as both formats have them.
     */
    static PriceListProduct product(JsonNode product, String serviceCode, JsonNode onDemandOfSku, String version, String published) {
        String sku = text(product, "sku");
        if (sku == null) throw new IllegalArgumentException("the product has no sku");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : product.path("attributes").properties()) {
            if (e.getValue().isValueNode()) attributes.put(e.getKey(), e.getValue().asText());
        }
        List<PriceListProduct.Term> terms = new ArrayList<>();
        if (!onDemandOfSku.isMissingNode() && !onDemandOfSku.isNull()) {
            if (!onDemandOfSku.isObject()) throw new IllegalArgumentException(sku + ": \"OnDemand\" is not an object");
            for (JsonNode term : onDemandOfSku) terms.add(term(sku, term));
        }
        return new PriceListProduct(sku, serviceCode, text(product, "productFamily"), attributes, terms, version, published);
    }

    private static PriceListProduct.Term term(String sku, JsonNode term) {
        JsonNode dims = term.get("priceDimensions");
        if (dims == null || !dims.isObject()) throw new IllegalArgumentException(sku + ": a term has no \"priceDimensions\" object");
        List<PriceListProduct.Dimension> out = new ArrayList<>();
        for (JsonNode d : dims) {
            JsonNode usd = d.path("pricePerUnit").get("USD");
            if (usd == null || usd.isNull()) throw new IllegalArgumentException(sku + ": a price dimension has no USD price");
            out.add(new PriceListProduct.Dimension(text(d, "rateCode"), text(d, "description"),
                    range(sku, d.get("beginRange"), BigDecimal.ZERO), range(sku, d.get("endRange"), null),
                    text(d, "unit"), decimal(sku, "USD price", usd.asText())));
        }
        return new PriceListProduct.Term(text(term, "offerTermCode"), text(term, "effectiveDate"), out);
    }

    /** "Inf" (or absent end) is unbounded. */
    private static BigDecimal range(String sku, JsonNode n, BigDecimal absent) {
        if (n == null || n.isNull() || n.asText().isBlank()) return absent;
        String s = n.asText().trim();
        if (s.equalsIgnoreCase("Inf")) return null;
        return decimal(sku, "range", s);
    }

    private static BigDecimal decimal(String sku, String what, String s) {
        try {
            BigDecimal v = new BigDecimal(s.trim());
            if (v.signum() < 0) throw new IllegalArgumentException(sku + ": negative " + what + " \"" + s + "\"");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sku + ": " + what + " \"" + s + "\" is not a number");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
