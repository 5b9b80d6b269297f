package io.agentcost.estimate.priced;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Allowance;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The pricing pass for one architecture in one phase: resolves every line's price once (overrides, batch
 * factor, unit check), groups lines that share a price so tiers and free allowances apply to the account's
 * total (all agents, SPEC §11.9), then splits each group's cost back over its lines in proportion to
 * quantity (decision 0005). The nominal estimate prices quantities with {@link #price}; the simulation's
 * compiler reads the same rates and tiers ({@link #flatRate}, {@link #blendedRate}).
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
    private final double[][] tierBounds;
    private final double[][] tierRates;
    private final int[][] groupLines;

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
            // custom lines are the user's own USD, whatever category they name: the discount is for AWS prices
            aws[i] = (l.priceKey() != null || l.planLine()) && l.category().isAws();
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
        int groupCount = groupPrice.length;
        tierBounds = new double[groupCount][];
        tierRates = new double[groupCount][];
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
            if (groupPrice[g] == null) continue;
            tierBounds[g] = groupPrice[g].tiers().stream().mapToDouble(Tier::upTo).toArray();
            tierRates[g] = groupPrice[g].tiers().stream().mapToDouble(Tier::usd).toArray();
        }
        for (int i = 0; i < n; i++) if (tiered(i) && missing[i] == null) members.get(groupOf[i]).add(i);
        groupLines = members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static Optional<Price> resolve(LineSpec l, Catalog catalog, Scenario s) {
        Optional<Price> p = base(l.priceKey(), catalog, s);
        return l.priceFactor() == 1.0 ? p : p.map(x -> x.scaled(l.priceFactor()));
    }

    /** A catalog price with the scenario's price override applied (flat at the override), before any batch factor. */
    public static Optional<Price> base(String key, Catalog catalog, Scenario s) {
        Optional<Price> p = catalog.price(key);
        Double override = s.priceOverrides().get(key);
        if (override != null && p.isPresent()) {
            Price base = p.get();
            p = Optional.of(Price.flat(base.key(), base.unit(), override, base.source(), base.effectiveDate()));
        }
        return p;
    }

    public List<LineSpec> lines() {
        return lines;
    }

    /** The group of a priced line (lines sharing price key, factor and allowance), -1 for USD lines. */
    public int group(int line) {
        return groupOf[line];
    }

    /** A group's free allowance (0 when none) and whether it is carved out of the first tier. */
    public double allowance(int group) {
        return groupAllowance[group];
    }

    public boolean carves(int group) {
        return groupCarve[group];
    }

    /** Whether the discount applies to the line (AWS prices; not licence, people or custom lines). */
    public boolean aws(int line) {
        return aws[line];
    }

    /** Why a line has no price (null when it has one). */
    public String missing(int line) {
        return missing[line];
    }

    /** Whether the line's price goes through its group's total (tiers or a free allowance). */
    public boolean tiered(int line) {
        int g = groupOf[line];
        return g >= 0 && groupPrice[g] != null && (groupPrice[g].isTiered() || groupAllowance[g] > 0);
    }

    /** Whether a savings plan covers the line: its on-demand cost draws on the plan and it bills nothing itself (SPEC §13). */
    public boolean covered(int line) {
        return lines.get(line).covered();
    }

    /** A priced, untiered line's list rate (before the discount), or NaN where it is tiered, missing or a USD line. */
    public double listRate(int line) {
        if (missing[line] != null || tiered(line) || groupOf[line] < 0) return Double.NaN;
        return groupPrice[groupOf[line]].firstRate();
    }

    /**
     * The on-demand USD a savings plan covers: the list USD of its covered lines (those with a price; a missing
     * price is left out, as the total leaves it out), the u of SPEC §13.
     */
    public double coveredUsd(String plan, double[] listUsd) {
        double u = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (covered(i) && missing[i] == null && plan.equals(lines.get(i).plan())) u += listUsd[i];
        }
        return u;
    }

    /** A priced, untiered line's rate after the discount (USD lines: 1, or 1 − discount for a plan's lines), or NaN where it is tiered or missing. */
    public double flatRate(int line) {
        if (missing[line] != null || tiered(line)) return Double.NaN;
        // USD lines: a savings plan's own lines are AWS charges (the discount applies), people and custom lines are not
        if (groupOf[line] < 0) return paidShare(line);
        return groupPrice[groupOf[line]].firstRate() * paidShare(line);
    }

    /** The lines of a tiered group that have their price, in line order. */
    public int[] groupLines(int group) {
        return groupLines[group].clone();
    }

    /** The groups whose lines are priced through tiers or a free allowance, in order. */
    public int[] tieredGroups() {
        return IntStream.range(0, groupLines.length).filter(g -> groupLines[g].length > 0).toArray();
    }

    /** The share of a line's list cost that is paid: 1 − discount on AWS lines, 1 on others. */
    public double paidShare(int line) {
        return aws[line] ? 1 - discount : 1;
    }

    /** A tiered group's blended list rate at a total quantity: its cost through tiers and allowance / the total (0 when there is none). */
    public double blendedRate(int group, double total) {
        return total > 0 ? tieredCost(group, total) / total : 0;
    }

    /** What identifies a group's price schedule, for sharing its computation between cells. */
    public List<Object> schedule(int group) {
        return List.of(Arrays.toString(tierBounds[group]), Arrays.toString(tierRates[group]), groupAllowance[group], groupCarve[group]);
    }

    private double tieredCost(int g, double total) {
        double free = groupAllowance[g];
        return groupCarve[g] ? tierCost(g, total) - tierCost(g, Math.min(total, free)) : tierCost(g, Math.max(0, total - free));
    }

    private double tierCost(int g, double quantity) {
        double[] bounds = tierBounds[g];
        double[] rates = tierRates[g];
        double cost = 0;
        double lower = 0;
        for (int t = 0; t < bounds.length && quantity > lower; t++) {
            cost += (Math.min(quantity, bounds[t]) - lower) * rates[t];
            lower = bounds[t];
        }
        return cost;
    }

    /**
     * Prices quantities: {@code listUsd} before and {@code usd} after the discount, NaN where the price
     * is missing, 0 where a savings plan covers the line; {@code unitPrice} is the list rate (blended through tiers
     * and allowances).
     */
    public void price(double[] q, double[] listUsd, double[] usd, double[] unitPrice) {
        double[] groupQuantity = new double[groupPrice.length];
        double[] groupCost = new double[groupPrice.length];
        for (int i = 0; i < q.length; i++) if (groupOf[i] >= 0) groupQuantity[groupOf[i]] += q[i];
        for (int g = 0; g < groupPrice.length; g++) {
            if (groupPrice[g] != null) groupCost[g] = tieredCost(g, groupQuantity[g]);
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
            // a covered line's cost is billed through its plan's commitment and overflow lines
            usd[i] = covered(i) && missing[i] == null ? 0 : aws[i] ? list * (1 - discount) : list;
        }
    }
}
