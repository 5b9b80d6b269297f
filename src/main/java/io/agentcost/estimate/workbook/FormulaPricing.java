package io.agentcost.estimate.workbook;

import io.agentcost.estimate.expr.Printer;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.PriceChoices;
import io.agentcost.estimate.priced.Pricer;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.model.Scenario;
import io.agentcost.model.Workload;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pricing pass of {@link Pricer} as spreadsheet formulas for one architecture sheet: flat lines
 * at quantity × rate, tiered and free-allowance lines through their group's total (the account's
 * quantity, SPEC §11.9) and the group's cost split in proportion, the discount on AWS lines. With
 * the ARM lever on, x86_64 Lambda and Fargate prices read their arm64 twins.
 */
public final class FormulaPricing {

    /** Lines sharing one tiered price or free allowance. */
    public record Group(String priceKey, double allowance, List<Integer> lines) {
    }

    private final List<LineSpec> lines;
    private final Pricer pricer;
    private final Catalog catalog;
    private final Scenario scenario;
    private final Map<Integer, Group> groups = new LinkedHashMap<>();

    public FormulaPricing(List<FormulaLine> formulaLines, Catalog catalog, Scenario scenario) {
        this.lines = formulaLines.stream().map(FormulaLine::spec).toList();
        this.pricer = new Pricer(lines, catalog, scenario);
        this.catalog = catalog;
        this.scenario = scenario;
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (pricer.tiered(i) && pricer.missing(i) == null) members.computeIfAbsent(pricer.group(i), g -> new ArrayList<>()).add(i);
        }
        members.forEach((g, ls) -> groups.put(g, new Group(lines.get(ls.get(0)).priceKey(), pricer.allowance(g), List.copyOf(ls))));
    }

    /** The groups whose cost is shared out (tiered prices and free allowances), keyed by an id. */
    public Map<Integer, Group> groups() {
        return Map.copyOf(groups);
    }

    /** The group id of a line, or -1 when the line is priced flat, in USD, or missing. */
    public int groupOf(int line) {
        return groups.containsKey(pricer.group(line)) && pricer.tiered(line) && pricer.missing(line) == null ? pricer.group(line) : -1;
    }

    /** Why a line has no price, or null. */
    public String missing(int line) {
        return pricer.missing(line);
    }

    /** Every price key the formulas read (with the ARM twins), at the scenario's effective price. */
    public Map<String, Price> prices() {
        Map<String, Price> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PriceChoices c = lines.get(i).choices();
            if (c != null) for (String k : c.keys()) Pricer.base(k, catalog, scenario).ifPresent(p -> out.put(k, p));
            String key = lines.get(i).priceKey();
            if (key == null || pricer.missing(i) != null) continue;
            Pricer.base(key, catalog, scenario).ifPresent(p -> out.put(key, p));
            String twin = armTwin(key);
            if (twin != null) out.put(twin, Pricer.base(twin, catalog, scenario).orElseThrow());
        }
        return out;
    }

    /** The arm64 price of an x86_64 Lambda or Fargate price with the same tiers structure, or null. */
    String armTwin(String key) {
        if (!(key.startsWith("lambda.x86_64.") || key.startsWith("fargate.x86_64."))) return null;
        String twin = key.replace(".x86_64.", ".arm64.");
        Optional<Price> a = Pricer.base(key, catalog, scenario);
        Optional<Price> b = Pricer.base(twin, catalog, scenario);
        return a.isPresent() && b.isPresent() && a.get().tiers().size() == b.get().tiers().size() ? twin : null;
    }

    private String rate(String key, int tier, double factor, FormulaRefs refs) {
        String twin = armTwin(key);
        String r = twin == null ? refs.rate(key, tier) : "IF(" + refs.lever(Lever.ARM) + "=1," + refs.rate(twin, tier) + "," + refs.rate(key, tier) + ")";
        return factor == 1.0 ? r : "(" + r + "*" + Printer.number(factor) + ")";
    }

    private String bound(String key, int tier, FormulaRefs refs) {
        String twin = armTwin(key);
        return twin == null ? refs.bound(key, tier) : "IF(" + refs.lever(Lever.ARM) + "=1," + refs.bound(twin, tier) + "," + refs.bound(key, tier) + ")";
    }

    /** Cost of a quantity {@code x} (an operand) through the price's tiers. */
    private String tierCost(String key, double factor, String x, FormulaRefs refs) {
        int n = Pricer.base(key, catalog, scenario).orElseThrow().tiers().size();
        if (n == 1) return x + "*" + rate(key, 0, factor, refs);
        StringBuilder s = new StringBuilder("(MIN(" + x + "," + bound(key, 0, refs) + ")*" + rate(key, 0, factor, refs));
        for (int t = 1; t < n; t++) {
            String upper = t == n - 1 ? x : "MIN(" + x + "," + bound(key, t, refs) + ")";
            s.append("+MAX(0,").append(upper).append("-").append(bound(key, t - 1, refs)).append(")*").append(rate(key, t, factor, refs));
        }
        return s.append(")").toString();
    }

    /**
     * A group's list cost for the account's total (an operand): the free allowance subtracted before
     * the tiers, or carved out of the first tier (egress), as {@link Pricer} does.
     */
    public String groupCost(int group, String total, String allowance, FormulaRefs refs) {
        Group g = groups.get(group);
        double factor = lines.get(g.lines().get(0)).priceFactor();
        if (g.allowance() <= 0) return tierCost(g.priceKey(), factor, total, refs);
        if (pricer.carves(group)) {
            return "(" + tierCost(g.priceKey(), factor, total, refs) + "-" + tierCost(g.priceKey(), factor, "MIN(" + total + "," + allowance + ")", refs) + ")";
        }
        return tierCost(g.priceKey(), factor, "MAX(0," + total + "-" + allowance + ")", refs);
    }

    /** The list unit price of a line: its rate, or for a group its blended rate (group cost / total). */
    public String unitPrice(int line, String groupTotal, String groupCost, FormulaRefs refs) {
        LineSpec l = lines.get(line);
        if (l.priceKey() == null) return "1";
        if (groupOf(line) >= 0) {
            // as Pricer: with nothing used, a free allowance shows 0 and a tiered price its first rate
            String none = groups.get(groupOf(line)).allowance() > 0 ? "0" : rate(l.priceKey(), 0, l.priceFactor(), refs);
            return "IF(" + groupTotal + ">0," + groupCost + "/" + groupTotal + "," + none + ")";
        }
        if (l.choices() != null) return chosen(l.choices(), refs);
        return rate(l.priceKey(), 0, l.priceFactor(), refs);
    }

    /**
     * USD of a line after the discount, from its quantity and unit price cells; 0 where a savings plan covers it (its plan's
     * lines bill it). Where a lever can pick a price the catalog lacks, the unit price is #N/A there and the USD the text
     * "missing price": left out of the total as the app leaves a missing price out, never $0 (decision 0027).
     */
    public String usd(int line, String quantity, String unitPrice, FormulaRefs refs) {
        if (pricer.covered(line)) return "0";
        String usd = quantity + "*" + unitPrice + (pricer.aws(line) ? "*(1-" + refs.discount() + ")" : "");
        return mayBeMissing(line) ? "IF(ISNUMBER(" + unitPrice + ")," + usd + ",\"missing price\")" : usd;
    }

    /** Whether the sheet writes the line's formulas: it has a price, or a lever setting gives it one (a tier the scenario's lacks). */
    public boolean priceable(int line) {
        PriceChoices c = lines.get(line).choices();
        return pricer.missing(line) == null || c != null && c.keys().stream().anyMatch(this::listed);
    }

    /** Whether some lever setting picks a price the catalog lacks for the line. */
    private boolean mayBeMissing(int line) {
        PriceChoices c = lines.get(line).choices();
        return c != null && !c.keys().stream().allMatch(this::listed);
    }

    private boolean listed(String key) {
        return Pricer.base(key, catalog, scenario).isPresent();
    }

    /**
     * The unit price of a Bedrock token line at the workbook's levers (SPEC §13, decision 0027): long-context prices off,
     * then the service tier, then the cache lifetime, each blank meaning the scenario's own; a branch that picks the same
     * price as the scenario's is left out, so a line no lever moves reads its one price.
     */
    private String chosen(PriceChoices c, FormulaRefs refs) {
        String asIs = byTier(c, false, refs);
        if (!c.longContext()) return asIs;
        String standardContext = byTier(c, true, refs);
        return standardContext.equals(asIs) ? asIs : "IF(" + refs.lever(Lever.LONG_CONTEXT_OFF) + "=1," + standardContext + "," + asIs + ")";
    }

    private String byTier(PriceChoices c, boolean standardContext, FormulaRefs refs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String tier : Workload.SERVICE_TIERS) options.put(tier, byTtl(c, tier, standardContext, refs));
        return word(refs.lever(Lever.BEDROCK_SERVICE_TIER), options, byTtl(c, c.tier(), standardContext, refs));
    }

    private String byTtl(PriceChoices c, String tier, boolean standardContext, FormulaRefs refs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String ttl : Workload.CACHE_TTLS) options.put(ttl, leaf(c.at(tier, ttl, standardContext), refs));
        return word(refs.lever(Lever.CACHE_TTL), options, leaf(c.at(tier, c.ttl(), standardContext), refs));
    }

    /** IF(lever="word",…,…) for the words whose price differs from the scenario's own; a blank lever matches no word. */
    private static String word(String lever, Map<String, String> options, String own) {
        String out = own;
        List<Map.Entry<String, String>> differ = options.entrySet().stream().filter(e -> !e.getValue().equals(own)).toList();
        for (int i = differ.size() - 1; i >= 0; i--) out = "IF(" + lever + "=\"" + differ.get(i).getKey() + "\"," + differ.get(i).getValue() + "," + out + ")";
        return out;
    }

    /** A price of the catalog at its factor, or #N/A where the catalog has none (missing, never $0). */
    private String leaf(PriceChoices.Priced p, FormulaRefs refs) {
        return listed(p.key()) ? rate(p.key(), 0, p.factor(), refs) : "NA()";
    }

    /**
     * The savings plans of the sheet's lines, each with its covered lines that have a price, in line order: their
     * on-demand USD (quantity × list unit price, summed) is the plan's u (SPEC §13), a row below the lines.
     */
    public Map<String, List<Integer>> plans() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).planLine()) out.putIfAbsent(lines.get(i).plan(), new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
            if (pricer.covered(i) && pricer.missing(i) == null) out.computeIfAbsent(lines.get(i).plan(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** What a printed formula holds where it reads a plan's covered on-demand USD, until the sheet puts that cell's address there. */
    public static String coveredToken(String plan) {
        return "\u27e8covered:" + plan + "\u27e9";
    }

    /** A printed formula with each plan's placeholder replaced by the cell that holds that plan's covered on-demand USD. */
    public static String withCoveredCells(String formula, Map<String, String> cellOfPlan) {
        for (Map.Entry<String, String> e : cellOfPlan.entrySet()) formula = formula.replace(coveredToken(e.getKey()), e.getValue());
        return formula;
    }
}
