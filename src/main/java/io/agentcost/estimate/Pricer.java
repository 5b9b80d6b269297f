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
    private final double[] groupRate;

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
            aws[i] = l.priceKey() != null && l.category().isAws();
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
        groupRate = new double[groupPrice.length];
    }

    private static Optional<Price> resolve(LineSpec l, Catalog catalog, Scenario s) {
        Optional<Price> p = base(l.priceKey(), catalog, s);
        return l.priceFactor() == 1.0 ? p : p.map(x -> x.scaled(l.priceFactor()));
    }

    /** A catalog price with the scenario's price override applied (flat at the override), before any batch factor. */
    static Optional<Price> base(String key, Catalog catalog, Scenario s) {
        Optional<Price> p = catalog.price(key);
        Double override = s.priceOverrides().get(key);
        if (override != null && p.isPresent()) {
            Price base = p.get();
            p = Optional.of(Price.flat(base.key(), base.unit(), override, base.source(), base.effectiveDate()));
        }
        return p;
    }

    /** The group of a priced line (lines sharing price key, factor and allowance), -1 for USD lines. */
    int group(int line) {
        return groupOf[line];
    }

    int groups() {
        return groupPrice.length;
    }

    /** A group's free allowance (0 when none) and whether it is carved out of the first tier. */
    double allowance(int group) {
        return groupAllowance[group];
    }

    boolean carves(int group) {
        return groupCarve[group];
    }

    boolean aws(int line) {
        return aws[line];
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
     * The hot-loop form: USD after discount per line (NaN where missing) and their total without the
     * missing ones. Flat lines are priced with a precomputed rate; only tiered or free-allowance lines
     * go through their group.
     */
    public double usd(double[] q, double[] usd) {
        if (fastRate == null) prepareFast();
        for (int k = 0; k < groupedGroups.length; k++) {
            int g = groupedGroups[k];
            double total = 0;
            for (int i : groupLines[g]) total += q[i];
            groupRate[g] = blendedRate(g, total);
        }
        double sum = 0;
        for (int i = 0; i < q.length; i++) {
            double rate = fastRate[i];
            double x;
            if (rate >= 0) x = q[i] * rate;
            else if (rate == GROUPED) x = q[i] * groupRate[groupOf[i]] * (aws[i] ? 1 - discount : 1);
            else {
                usd[i] = Double.NaN;
                continue;
            }
            usd[i] = x;
            sum += x;
        }
        return sum;
    }

    /** Component line ranges (set by the kernel): a tiered group inside one range is priced with that component. */
    private int[] rangeStart;
    private int[] rangeLength;
    private int[][] localGroups;
    private int[] sharedGroups;

    void ranges(int[] start, int[] length) {
        if (fastRate == null) prepareFast();
        rangeStart = start.clone();
        rangeLength = length.clone();
        java.util.List<java.util.List<Integer>> local = new java.util.ArrayList<>();
        for (int k = 0; k < start.length; k++) local.add(new java.util.ArrayList<>());
        java.util.List<Integer> shared = new java.util.ArrayList<>();
        for (int g : groupedGroups) {
            int[] lines = groupLines[g];
            int owner = rangeOf(lines[0]);
            boolean one = true;
            for (int i : lines) one &= rangeOf(i) == owner;
            if (one) local.get(owner).add(g);
            else shared.add(g);
        }
        localGroups = local.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        sharedGroups = shared.stream().mapToInt(Integer::intValue).toArray();
    }

    private int rangeOf(int line) {
        for (int k = 0; k < rangeStart.length; k++) if (line >= rangeStart[k] && line < rangeStart[k] + rangeLength[k]) return k;
        return -1;
    }

    /** Cost of component k's lines: flat lines at their rate plus its own tiered groups (after discount; missing excluded). */
    double componentSubtotal(double[] q, int k) {
        double sum = 0;
        for (int i = rangeStart[k], end = i + rangeLength[k]; i < end; i++) {
            double rate = fastRate[i];
            if (rate >= 0) sum += q[i] * rate;
        }
        for (int g : localGroups[k]) sum += groupCost(g, q);
        return sum;
    }

    /** Whether component k has lines in a tiered group shared with other components (its quantities are needed). */
    boolean sharesGroups(int k) {
        for (int g : sharedGroups) for (int i : groupLines[g]) if (rangeOf(i) == k) return true;
        return false;
    }

    /** The folded rate of a flat line (discount included), or a negative number for a grouped, missing or unknown line. */
    double flatRate(int line) {
        if (fastRate == null) prepareFast();
        return fastRate[line];
    }

    /** Whether a line's price goes through its group (tiers or a free allowance). */
    boolean grouped(int line) {
        if (fastRate == null) prepareFast();
        return fastRate[line] == GROUPED;
    }

    boolean hasSharedGroups() {
        return sharedGroups.length > 0;
    }

    /** Cost of the tiered groups that span components. */
    double sharedGroupsTotal(double[] q) {
        double sum = 0;
        for (int g : sharedGroups) sum += groupCost(g, q);
        return sum;
    }

    private double groupCost(int g, double[] q) {
        double total = 0;
        double aws = 0;
        for (int i : groupLines[g]) {
            total += q[i];
            if (this.aws[i]) aws += q[i];
        }
        return groupCost(g, total, aws);
    }

    int[] groupLines(int g) {
        return groupLines[g];
    }

    /** The share of a grouped line's list cost that is paid: 1 − discount on AWS lines, 1 on others. */
    double paidShare(int line) {
        return aws[line] ? 1 - discount : 1;
    }

    /** A tiered group's cost for its total quantity, of which {@code aws} is on AWS lines (discounted). */
    double groupCost(int g, double total, double aws) {
        return total <= 0 ? 0 : costAt(blendedRate(g, total), total, aws);
    }

    /** A tiered group's blended list rate at a total quantity (0 when there is none). */
    private double blendedRate(int g, double total) {
        return total > 0 ? tieredCost(g, total) / total : 0;
    }

    private double costAt(double rate, double total, double aws) {
        return rate * (total - aws) + rate * aws * (1 - discount);
    }

    private static final double GROUPED = -1;
    private static final double MISSING = -2;
    private double[] fastRate;
    private int[] groupedGroups;
    private int[][] groupLines;
    private double[][] tierBounds;
    private double[][] tierRates;

    /** Rates of flat lines (discount included), line lists of tiered groups, tiers as primitive arrays. */
    private void prepareFast() {
        int n = groupOf.length;
        double[] rate = new double[n];
        java.util.List<java.util.List<Integer>> members = new java.util.ArrayList<>();
        for (int g = 0; g < groupPrice.length; g++) members.add(new java.util.ArrayList<>());
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            if (g < 0) rate[i] = 1;
            else if (missing[i] != null) rate[i] = MISSING;
            else if (groupPrice[g].isTiered() || groupAllowance[g] > 0) {
                rate[i] = GROUPED;
                members.get(g).add(i);
            } else rate[i] = groupPrice[g].firstRate() * (aws[i] ? 1 - discount : 1);
        }
        groupLines = new int[groupPrice.length][];
        tierBounds = new double[groupPrice.length][];
        tierRates = new double[groupPrice.length][];
        java.util.List<Integer> grouped = new java.util.ArrayList<>();
        for (int g = 0; g < groupPrice.length; g++) {
            groupLines[g] = members.get(g).stream().mapToInt(Integer::intValue).toArray();
            if (groupPrice[g] != null) {
                tierBounds[g] = groupPrice[g].tiers().stream().mapToDouble(io.agentcost.pricing.Tier::upTo).toArray();
                tierRates[g] = groupPrice[g].tiers().stream().mapToDouble(io.agentcost.pricing.Tier::usd).toArray();
            }
            if (groupLines[g].length > 0) grouped.add(g);
        }
        groupedGroups = grouped.stream().mapToInt(Integer::intValue).toArray();
        fastRate = rate;
    }

    /**
     * {@link #groupCost} over a column: cost[k] for total[k], with the AWS part aws[k] (or all of it, or none),
     * and with {@code rate} (when not null) the blended rate.
     */
    void groupCosts(int g, double[] total, double[] aws, boolean allAws, int count, double[] cost, double[] rate) {
        for (int k = 0; k < count; k++) {
            double t = total[k];
            double r = blendedRate(g, t);
            cost[k] = t <= 0 ? 0 : costAt(r, t, aws != null ? aws[k] : allAws ? t : 0);
            if (rate != null) rate[k] = r;
        }
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
     * is missing; {@code unitPrice} is the list rate (blended through tiers and allowances).
     */
    public void price(double[] q, double[] listUsd, double[] usd, double[] unitPrice) {
        if (fastRate == null) prepareFast();
        java.util.Arrays.fill(groupQuantity, 0);
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
            usd[i] = aws[i] ? list * (1 - discount) : list;
        }
    }
}
