package io.agentcost.model;

import java.util.List;

/**
 * One key of the scenario file: its name, what it holds, its unit and default. The loader
 * validates against these, and docs/scenario-keys.md is generated from them, so the
 * documentation cannot drift from the code.
 *
 * @param choices    allowed words for a choice key; empty for numbers and names
 * @param defaultNumber default of a numeric key, or null
 * @param defaultChoice default of a choice key, or null
 * @param optional   true when the key may be absent without a default (its absence means something)
 */
public record KeySpec(String name, Kind kind, Range range, String unit, Double defaultNumber,
                      String defaultChoice, List<String> choices, boolean optional, String description) {

    public enum Kind {
        /** A number or a distribution. */
        NUMBER,
        /** One word out of {@link #choices()}. */
        CHOICE,
        /** A name looked up in the price catalog (instance types). */
        NAME
    }

    public KeySpec {
        choices = List.copyOf(choices);
    }

    public static KeySpec number(String name, Range range, String unit, Double dflt, String description) {
        return new KeySpec(name, Kind.NUMBER, range, unit, dflt, null, List.of(), false, description);
    }

    public static KeySpec optionalNumber(String name, Range range, String unit, String description) {
        return new KeySpec(name, Kind.NUMBER, range, unit, null, null, List.of(), true, description);
    }

    public static KeySpec choice(String name, String dflt, List<String> choices, String description) {
        return new KeySpec(name, Kind.CHOICE, null, "", null, dflt, choices, false, description);
    }

    /** A catalog name with a default (an embedding model): the loader checks it exists in the catalog. */
    public static KeySpec catalogName(String name, String dflt, String description) {
        return new KeySpec(name, Kind.NAME, null, "", null, dflt, List.of(), false, description);
    }

    public static KeySpec instanceName(String name, boolean optional, String description) {
        return new KeySpec(name, Kind.NAME, null, "", null, null, List.of(), optional, description);
    }

    /** True when the user must give the key (no default and its absence means nothing). */
    public boolean required() {
        return !optional && defaultNumber == null && defaultChoice == null;
    }

    /** The values this numeric key accepts (null for choices and names). */
    public Limits.Bound bound() {
        return range == null ? null : Limits.of(range, unit);
    }

    public String defaultText() {
        if (defaultNumber != null) return Distribution.num(defaultNumber);
        if (defaultChoice != null) return defaultChoice;
        return optional ? "(none)" : "required";
    }
}
