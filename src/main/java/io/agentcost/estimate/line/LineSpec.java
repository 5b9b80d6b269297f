package io.agentcost.estimate.line;

import io.agentcost.model.Category;
import io.agentcost.model.ComponentType;

/**
 * What a cost line is, fixed before any number is known: the component emits quantities against
 * it, the pricer attaches the price. {@code priceKey} null means the quantity is already USD
 * (licence, people, custom). {@code priceFactor} scales the catalog price (batch at 50%).
 * {@code allowance} names a catalog free allowance the line shares (when {@code free_tier} is on).
 */
public record LineSpec(ComponentType component, Category category, String name, String unit, String priceKey,
                       double priceFactor, String agent, String allowance, AllowanceMode allowanceMode) {

    /** Lambda's free tier is subtracted before tiers; the free 100 GB of egress is carved out of the first tier. */
    public enum AllowanceMode { SUBTRACT, CARVE }

    public static LineSpec priced(ComponentType c, String name, String unit, String priceKey, String agent) {
        return new LineSpec(c, c.category(), name, unit, priceKey, 1.0, agent, null, null);
    }

    public static LineSpec usd(ComponentType c, Category category, String name, String agent) {
        return new LineSpec(c, category, name, "USD", null, 1.0, agent, null, null);
    }

    /** The service of the line: its component, or "custom" for people and custom lines (as {@code LineItem.service()}). */
    public String service() {
        return component == null ? "custom" : component.key();
    }

    public LineSpec withFactor(double factor, String newName) {
        return new LineSpec(component, category, newName, unit, priceKey, factor, agent, allowance, allowanceMode);
    }

    public LineSpec withAllowance(String allowanceKey, AllowanceMode mode) {
        return new LineSpec(component, category, name, unit, priceKey, priceFactor, agent, allowanceKey, mode);
    }

    public LineSpec withKey(String key, String newName) {
        return new LineSpec(component, category, newName, unit, key, priceFactor, agent, allowance, allowanceMode);
    }
}
