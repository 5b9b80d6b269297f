package io.agentcost.model;

import java.util.Locale;

/** Cost categories of SPEC §4, in report order. */
public enum Category {
    INFERENCE, STATE, COMPUTE, EDGE, NETWORK, OBSERVABILITY, PLATFORM, LICENSE, PEOPLE, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromKey(String key) {
        for (Category c : values()) if (c.key().equals(key)) return c;
        return null;
    }

    /** Licence, people and custom lines are not AWS charges: no discount applies to them. */
    public boolean isAws() {
        return this != LICENSE && this != PEOPLE && this != OTHER;
    }
}
