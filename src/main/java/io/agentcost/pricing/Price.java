package io.agentcost.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One catalog price: flat ({@code tiers} has one unbounded tier) or tiered by monthly quantity
 * per account. Units are per unit of the line quantity ("1M tokens", "GB-seconds", ...).
 * {@code fetchedDate} is the day `pricing refresh` read it from the AWS Price List (null for a
 * price compiled by hand and never refreshed).
 */
public record Price(String key, String unit, List<Tier> tiers, Source source, String effectiveDate,
                    String confidence, String note, String fetchedDate) {

    public Price(String key, String unit, List<Tier> tiers, Source source, String effectiveDate, String confidence, String note) {
        this(key, unit, tiers, source, effectiveDate, confidence, note, null);
    }

    public Price {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) throw new IllegalArgumentException(key + ": a price needs a usd value or tiers");
        double prev = 0;
        for (Tier t : tiers) {
            if (!(t.upTo() > prev)) throw new IllegalArgumentException(key + ": tier boundaries must increase");
            if (!(t.usd() >= 0) || Double.isInfinite(t.usd())) throw new IllegalArgumentException(key + ": tier price must be 0 or more");
            prev = t.upTo();
        }
        if (tiers.get(tiers.size() - 1).upTo() != Double.POSITIVE_INFINITY)
            throw new IllegalArgumentException(key + ": the last tier must be unbounded");
    }

    public static Price flat(String key, String unit, double usd, Source source, String date) {
        return new Price(key, unit, List.of(new Tier(Double.POSITIVE_INFINITY, usd)), source, date, "high", null);
    }

    public boolean isTiered() {
        return tiers.size() > 1;
    }

    /** The first tier's rate (the whole price when flat). */
    public double firstRate() {
        return tiers.get(0).usd();
    }

    /** Cost of a monthly quantity through the tiers. */
    public double cost(double quantity) {
        if (tiers.size() == 1) return quantity * tiers.get(0).usd();
        double cost = 0;
        double lower = 0;
        for (Tier t : tiers) {
            if (quantity <= lower) break;
            cost += (Math.min(quantity, t.upTo()) - lower) * t.usd();
            lower = t.upTo();
        }
        return cost;
    }

    /**
     * The same price with every tier scaled (batch at 50% of on-demand, a regional price at 1.10 of global), in decimal, so
     * $6.00 × 1.10 is the $6.60 a person writes rather than the binary product 6.6000000000000005.
     */
    public Price scaled(double factor) {
        BigDecimal f = BigDecimal.valueOf(factor);
        return new Price(key, unit, tiers.stream().map(t -> new Tier(t.upTo(), BigDecimal.valueOf(t.usd()).multiply(f).doubleValue())).toList(),
                source, effectiveDate, confidence, note, fetchedDate);
    }

    /** Same tiers (boundaries and rates), whatever the source and dates say. */
    public boolean sameRates(Price other) {
        return tiers.equals(other.tiers);
    }
}
