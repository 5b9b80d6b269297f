package io.agentcost.estimate.line;

import io.agentcost.model.Category;
import io.agentcost.model.ComponentType;

/**
 * What a cost line is, fixed before any number is known: the component emits quantities against
 * it, the pricer attaches the price. {@code priceKey} null means the quantity is already USD
 * (licence, people, custom). {@code priceFactor} scales the catalog price (batch at 50%).
 * {@code allowance} names a catalog free allowance the line shares (when {@code free_tier} is on).
 * {@code plan} names the savings plan (SPEC §13) that covers a priced line, or whose commitment or
 * on-demand overflow a USD line is; null elsewhere. {@code choices} are the prices a Bedrock token line takes at the
 * workbook's tier, cache-lifetime and long-context levers (null elsewhere).
 */
public record LineSpec(ComponentType component, Category category, String name, String unit, String priceKey,
                       double priceFactor, String agent, String allowance, AllowanceMode allowanceMode, String plan,
                       PriceChoices choices) {

    /** Lambda's free tier is subtracted before tiers; the free 100 GB of egress is carved out of the first tier. */
    public enum AllowanceMode { SUBTRACT, CARVE }

    public static LineSpec priced(ComponentType c, String name, String unit, String priceKey, String agent) {
        return new LineSpec(c, c.category(), name, unit, priceKey, 1.0, agent, null, null, null, null);
    }

    public static LineSpec usd(ComponentType c, Category category, String name, String agent) {
        return new LineSpec(c, category, name, "USD", null, 1.0, agent, null, null, null, null);
    }

    /** A savings plan's own line (its commitment or its on-demand overflow): USD, an AWS charge, so the discount applies. */
    public static LineSpec ofPlan(ComponentType c, String name, String plan) {
        return new LineSpec(c, c.category(), name, "USD", null, 1.0, null, null, null, plan, null);
    }

    /** Whether a savings plan covers this priced line (its on-demand cost draws on the plan instead of being billed). */
    public boolean covered() {
        return plan != null && priceKey != null;
    }

    /** Whether this is a savings plan's commitment or overflow line. */
    public boolean planLine() {
        return plan != null && priceKey == null;
    }

    public LineSpec coveredBy(String planKey) {
        return new LineSpec(component, category, name, unit, priceKey, priceFactor, agent, allowance, allowanceMode, planKey, choices);
    }

    /** The service of the line: its component, or "custom" for people and custom lines (as {@code LineItem.service()}). */
    public String service() {
        return component == null ? "custom" : component.key();
    }

    public LineSpec withFactor(double factor, String newName) {
        return new LineSpec(component, category, newName, unit, priceKey, factor, agent, allowance, allowanceMode, plan, choices);
    }

    public LineSpec withAllowance(String allowanceKey, AllowanceMode mode) {
        return new LineSpec(component, category, name, unit, priceKey, priceFactor, agent, allowanceKey, mode, plan, choices);
    }

    public LineSpec withKey(String key, String newName) {
        return new LineSpec(component, category, newName, unit, key, priceFactor, agent, allowance, allowanceMode, plan, choices);
    }

    public LineSpec withChoices(PriceChoices c) {
        return new LineSpec(component, category, name, unit, priceKey, priceFactor, agent, allowance, allowanceMode, plan, c);
    }
}
