package io.agentcost.estimate;

import io.agentcost.model.Scenario;
import io.agentcost.pricing.Allowance;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pricing pass for one architecture in one phase: resolves every line's price once (overrides,
 * batch factor, unit check), groups lines that share a price so tiers and free allowances apply
 * to the account's total (all agents, SPEC §11.9), then splits each group's cost back over its
 * lines in proportion to quantity. Works on arrays so a simulation can call it per iteration.
 */
public final class Pricer {

    private final List<LineSpec> lines;
    private final int[] groupOf;
    private final Price[] groupPrice;
    private final double[] groupAllowance;
    private final boolean[] groupCarve;
    private final boolean[] aws;
    private final String[] missing;
    private final double discount;
    private final double[] groupQuantity;
    private final double[] groupCost;

    public Pricer(List<LineSpec> lines, Catalog catalog, Scenario scenario) {
        this.lines = List.copyOf(lines);
        this.discount = scenario.discount();
        int n = lines.size();
        groupOf = new int[n];
        aws = new boolean[n];
        missing = new String[n];
        Map<String, Integer> groups = new LinkedHashMap<>();
        List<Price> prices = new ArrayList<>();
        List<Double> allowances = new ArrayList<>();
        List<Boolean> carve = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LineSpec l = lines.get(i);
            aws[i] = l.category().isAws();
            if (l.priceKey() == null) {
                groupOf[i] = -1;
                continue;
            }
            String id = l.priceKey() + "|" + l.priceFactor() + "|" + l.allowance();
            Integer g = groups.get(id);
            if (g == null) {
                g = groups.size();
                groups.put(id, g);
                Optional<Price> p = resolve(l, catalog, scenario);
                prices.add(p.orElse(null));
                Optional<Allowance> a = l.allowance() == null ? Optional.empty() : catalog.allowance(l.allowance());
                allowances.add(a.map(Allowance::quantity).orElse(0.0));
                carve.add(l.allowanceMode() == LineSpec.AllowanceMode.CARVE);
            }
            groupOf[i] = g;
            if (prices.get(g) == null) missing[i] = l.priceKey();
            else if (!prices.get(g).unit().equals(l.unit())) missing[i] = l.priceKey() + " (catalog unit '" + prices.get(g).unit()
                    + "', the model needs '" + l.unit() + "')";
        }
        groupPrice = prices.toArray(new Price[0]);
        groupAllowance = allowances.stream().mapToDouble(Double::doubleValue).toArray();
        groupCarve = new boolean[carve.size()];
        for (int g = 0; g < groupCarve.length; g++) groupCarve[g] = carve.get(g);
        groupQuantity = new double[groupPrice.length];
        groupCost = new double[groupPrice.length];
    }

    private static Optional<Price> resolve(LineSpec l, Catalog catalog, Scenario s) {
        Optional<Price> p = catalog.price(l.priceKey());
        Double override = s.priceOverrides().get(l.priceKey());
        if (override != null && p.isPresent()) {
            Price base = p.get();
            p = Optional.of(Price.flat(base.key(), base.unit(), override, base.source(), base.effectiveDate()));
        }
        return l.priceFactor() == 1.0 ? p : p.map(x -> x.scaled(l.priceFactor()));
    }

    public List<LineSpec> lines() {
        return lines;
    }

    /** Why a line has no price (null when it has one). */
    public String missing(int line) {
        return missing[line];
    }

    public boolean tiered(int line) {
        int g = groupOf[line];
        return g >= 0 && groupPrice[g] != null && (groupPrice[g].isTiered() || groupAllowance[g] > 0);
    }

    /**
     * Prices quantities: {@code listUsd} before and {@code usd} after the discount, NaN where the price
     * is missing; {@code unitPrice} is the list rate (blended through tiers and allowances).
     */
    public void price(double[] q, double[] listUsd, double[] usd, double[] unitPrice) {
        java.util.Arrays.fill(groupQuantity, 0);
        for (int i = 0; i < q.length; i++) if (groupOf[i] >= 0) groupQuantity[groupOf[i]] += q[i];
        for (int g = 0; g < groupPrice.length; g++) {
            Price p = groupPrice[g];
            if (p == null) continue;
            double total = groupQuantity[g];
            double free = groupAllowance[g];
            groupCost[g] = groupCarve[g]
                    ? p.cost(total) - p.cost(Math.min(total, free))
                    : p.cost(Math.max(0, total - free));
        }
        for (int i = 0; i < q.length; i++) {
            int g = groupOf[i];
            double list;
            if (g < 0) {
                list = q[i];
                unitPrice[i] = 1;
            } else if (missing[i] != null) {
                list = Double.NaN;
                unitPrice[i] = Double.NaN;
            } else {
                double total = groupQuantity[g];
                double rate = total > 0 ? groupCost[g] / total : (groupAllowance[g] > 0 ? 0 : groupPrice[g].firstRate());
                unitPrice[i] = rate;
                list = q[i] * rate;
            }
            listUsd[i] = list;
            usd[i] = aws[i] ? list * (1 - discount) : list;
        }
    }
}
