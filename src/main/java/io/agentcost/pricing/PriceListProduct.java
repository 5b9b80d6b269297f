package io.agentcost.pricing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One product of the AWS Price List with its On-Demand terms, as a GetProducts PriceList document
 * or a bulk offer file describes it (aws-pricing-facts.md §9.3, bulk_offer_file_format.md §3).
 * Reserved and other term types are not kept: the catalog holds on-demand list prices only.
 */
public record PriceListProduct(String sku, String serviceCode, String productFamily, Map<String, String> attributes,
                               List<Term> onDemand, String version, String publicationDate) {

    public PriceListProduct {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        onDemand = List.copyOf(onDemand);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public String usageType() {
        return attributes.get("usagetype");
    }

    /** One On-Demand offer term: its code (JRTCKXETXF), effective date and price dimensions. */
    public record Term(String offerTermCode, String effectiveDate, List<Dimension> dimensions) {
        public Term {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * A price dimension: {@code usd} per {@code unit} for quantities from {@code beginRange} to
     * {@code endRange} (null for "Inf"), in the Price List's own unit.
     */
    public record Dimension(String rateCode, String description, BigDecimal beginRange, BigDecimal endRange, String unit,
                            BigDecimal usd) {
    }
}
