package io.agentcost.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How to find one catalog price in the AWS Price List: the service code and TERM_MATCH filters
 * sent to GetProducts (or applied to a bulk offer file), the attribute rules that pick the product
 * among those returned (usage type patterns, variants to leave out), and how a dimension's unit
 * converts to the catalog unit. Built only by {@link PriceListQueries}.
 *
 * @param catalogUnit the catalog unit this query produces; a catalog price with another unit is not refreshed
 * @param verified    whether the service code and attributes were seen used against the real Price List
 * @param basis       where the attributes come from (aws-pricing-facts.md section, or "unverified: …")
 */
public record PriceQuery(String key, String serviceCode, List<Filter> filters, List<Rule> rules, List<UnitRule> units,
                         String catalogUnit, boolean verified, String basis) {

    public PriceQuery {
        filters = List.copyOf(filters);
        rules = List.copyOf(rules);
        units = List.copyOf(units);
    }

    /** A TERM_MATCH filter: the attribute equals the value (productFamily is a product field, not an attribute). */
    public record Filter(String field, String value) {

        public boolean matches(PriceListProduct p) {
            String actual = switch (field) {
                case "productFamily" -> p.productFamily();
                case "serviceCode", "ServiceCode" -> p.serviceCode();
                default -> p.attribute(field);
            };
            return actual != null && actual.equalsIgnoreCase(value);
        }

        @Override
        public String toString() {
            return field + "=" + value;
        }
    }

    /** A pattern the product's attribute must ({@code include}) or must not contain (found anywhere in the value). */
    public record Rule(String attribute, Pattern pattern, boolean include) {

        public boolean accepts(PriceListProduct p) {
            String v = p.attribute(attribute);
            boolean found = v != null && pattern.matcher(v).find();
            return include == found;
        }

        @Override
        public String toString() {
            return attribute + (include ? " ~ /" : " !~ /") + pattern.pattern() + "/";
        }
    }

    /**
     * A dimension whose unit matches {@code unit} (and whose description matches {@code description},
     * when given) is converted with {@code scale}: one catalog unit is {@code scale} Price List units
     * (1M requests = 1,000,000 "Requests"; 1M tokens = 1,000 of the AmazonBedrock "1K tokens").
     */
    public record UnitRule(Pattern unit, Pattern description, BigDecimal scale) {

        public boolean accepts(PriceListProduct.Dimension d) {
            return d.unit() != null && unit.matcher(d.unit()).matches()
                    && (description == null || (d.description() != null && description.matcher(d.description()).find()));
        }
    }

    /** True when every filter matches: how a bulk offer file stands in for GetProducts. */
    public static boolean matchesAll(List<Filter> filters, PriceListProduct p) {
        for (Filter f : filters) if (!f.matches(p)) return false;
        return true;
    }
}
