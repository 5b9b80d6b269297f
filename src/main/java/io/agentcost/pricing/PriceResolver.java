package io.agentcost.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Picks the catalog price a {@link PriceQuery} asks for among the products a source returned,
 * and converts it to catalog units. It never guesses: no matching product, products that
 * disagree, a unit it cannot convert, gaps between tiers or a $0 price all give a reason instead
 * of a price. Pure: the same for the Query API and the bulk files.
 */
public final class PriceResolver {

    private PriceResolver() {
    }

    /** A refreshed price, or why there is none. */
    public record Resolution(Price price, String reason) {
        public boolean found() {
            return price != null;
        }

        static Resolution notFound(String reason) {
            return new Resolution(null, reason);
        }
    }

    /**
     * @param old        the catalog's current price for the key (its unit, note and source kind carry over)
     * @param products   every product the source returned for the query's request
     * @param origin     where the products came from, for the new source reference
     * @param fetchedOn  the refresh date (ISO), also used when a term has no effective date
     */
    public static Resolution resolve(PriceQuery q, Price old, List<PriceListProduct> products, String origin, String fetchedOn) {
        if (!old.unit().equals(q.catalogUnit())) {
            return Resolution.notFound("the catalog unit \"" + old.unit() + "\" is not the unit the query produces (\"" + q.catalogUnit() + "\")");
        }
        List<PriceListProduct> matching = products.stream()
                .filter(p -> q.rules().stream().allMatch(r -> r.accepts(p)))
                .toList();
        if (matching.isEmpty()) {
            return Resolution.notFound(products.isEmpty()
                    ? "no product matched " + describe(q)
                    : "none of the " + products.size() + " products returned for " + describe(q) + " matched " + rules(q));
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (PriceListProduct p : matching) {
            if (p.onDemand().isEmpty()) {
                problems.add(p.sku() + ": no On-Demand term");
                continue;
            }
            for (PriceListProduct.Term t : p.onDemand()) {
                try {
                    List<Tier> tiers = tiers(q, t.dimensions());
                    Candidate c = new Candidate(p, t, tiers);
                    candidates.merge(tiers.toString(), c, (a, b) -> a.plus(b));
                } catch (IllegalArgumentException e) {
                    problems.add(p.sku() + " (" + p.usageType() + "): " + e.getMessage());
                }
            }
        }
        if (candidates.isEmpty()) {
            return Resolution.notFound("no usable price: " + String.join("; ", problems));
        }
        if (candidates.size() > 1) {
            return Resolution.notFound("ambiguous: " + candidates.size() + " different prices match (" + candidates.values().stream()
                    .map(c -> c.product.usageType() + " = " + c.tiers.get(0).usd()).collect(Collectors.joining(", ")) + ")");
        }
        Candidate c = candidates.values().iterator().next();
        PriceListProduct p = c.product;
        StringBuilder ref = new StringBuilder(origin).append(": SKU ").append(p.sku());
        if (c.others > 0) ref.append(" (and ").append(c.others).append(" more with the same price)");
        String rate = c.term.dimensions().stream().map(PriceListProduct.Dimension::rateCode).filter(r -> r != null && !r.isBlank())
                .findFirst().orElse(null);
        if (rate != null) ref.append(", rate code ").append(rate);
        if (p.version() != null) ref.append(", offer version ").append(p.version());
        if (p.publicationDate() != null) ref.append(", published ").append(p.publicationDate());
        String effective = c.term.effectiveDate() != null && c.term.effectiveDate().length() >= 10
                ? c.term.effectiveDate().substring(0, 10) : fetchedOn;
        String note = old.note();
        if (note != null && !"price_list".equals(old.source().kind())) note = "before this refresh (" + old.source().kind() + "): " + note;
        Source source = new Source("price_list", q.serviceCode(), p.usageType(), ref.toString());
        return new Resolution(new Price(old.key(), old.unit(), c.tiers, source, effective, "high", note, fetchedOn), null);
    }

    /**
     * The On-Demand dimensions as catalog tiers: sorted by beginRange, leading $0 dimensions
     * (free tiers) dropped — the catalog keeps allowances apart, never as a $0 tier — contiguous,
     * in one convertible unit, the last unbounded, the first above $0.
     */
    static List<Tier> tiers(PriceQuery q, List<PriceListProduct.Dimension> dimensions) {
        List<PriceListProduct.Dimension> dims = new ArrayList<>(dimensions);
        if (dims.isEmpty()) throw new IllegalArgumentException("no price dimension");
        dims.sort(Comparator.comparing(d -> d.beginRange() == null ? BigDecimal.ZERO : d.beginRange()));
        while (!dims.isEmpty() && dims.get(0).usd().signum() == 0) dims.remove(0);
        if (dims.isEmpty()) throw new IllegalArgumentException("only $0 (free-tier) dimensions");
        List<Tier> tiers = new ArrayList<>();
        BigDecimal scale = null;
        BigDecimal previousEnd = null;
        for (PriceListProduct.Dimension d : dims) {
            BigDecimal s = scale(q, d);
            if (scale != null && s.compareTo(scale) != 0) throw new IllegalArgumentException("dimensions in different units");
            scale = s;
            if (previousEnd != null && (d.beginRange() == null || d.beginRange().compareTo(previousEnd) != 0)) {
                throw new IllegalArgumentException("tiers are not contiguous (" + previousEnd + " then " + d.beginRange() + ")");
            }
            BigDecimal usd = d.usd().multiply(s);
            double upTo = d.endRange() == null ? Double.POSITIVE_INFINITY : d.endRange().divide(s, MathContext.DECIMAL64).doubleValue();
            tiers.add(new Tier(upTo, usd.doubleValue()));
            previousEnd = d.endRange();
            if (d.endRange() == null) break;
        }
        if (tiers.get(tiers.size() - 1).upTo() != Double.POSITIVE_INFINITY) throw new IllegalArgumentException("the last tier is bounded");
        if (tiers.size() < dims.size()) throw new IllegalArgumentException("a dimension follows the unbounded one");
        return List.copyOf(tiers);
    }

    private static BigDecimal scale(PriceQuery q, PriceListProduct.Dimension d) {
        for (PriceQuery.UnitRule r : q.units()) if (r.accepts(d)) return r.scale();
        throw new IllegalArgumentException("unit \"" + d.unit() + "\" (" + d.description() + ") does not convert to " + q.catalogUnit());
    }

    private static String describe(PriceQuery q) {
        return q.serviceCode() + " " + q.filters();
    }

    private static String rules(PriceQuery q) {
        return q.rules().stream().filter(PriceQuery.Rule::include).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static final class Candidate {
        final PriceListProduct product;
        final PriceListProduct.Term term;
        final List<Tier> tiers;
        int others;

        Candidate(PriceListProduct product, PriceListProduct.Term term, List<Tier> tiers) {
            this.product = product;
            this.term = term;
            this.tiers = tiers;
        }

        Candidate plus(Candidate other) {
            others++;
            return this;
        }
    }
}
