package io.agentcost.model;

/** The values a numeric input may take. */
public enum Range {
    /** 0 or more: counts, tokens, sizes, durations. */
    NON_NEGATIVE("0 or more"),
    /** Greater than 0 (divisors). */
    POSITIVE("greater than 0"),
    /** 1 or more (a step budget: at least one call). */
    AT_LEAST_ONE("1 or more"),
    /** A share or rate, 0..1. */
    SHARE("between 0 and 1"),
    /** A share that must be greater than 0 (divisors such as target utilisation). */
    POSITIVE_SHARE("greater than 0 and at most 1"),
    /** Monthly growth: a decline is allowed but not below -100%. */
    GROWTH("greater than -1"),
    /** A rank correlation coefficient. */
    CORRELATION("between -1 and 1");

    private final String text;

    Range(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean admits(double lower, double upper) {
        return switch (this) {
            case NON_NEGATIVE -> lower >= 0;
            case POSITIVE -> lower > 0;
            case AT_LEAST_ONE -> lower >= 1;
            case SHARE -> lower >= 0 && upper <= 1;
            case POSITIVE_SHARE -> lower > 0 && upper <= 1;
            case GROWTH -> lower > -1;
            case CORRELATION -> lower >= -1 && upper <= 1;
        };
    }

    /** Whether a normal distribution is allowed: it is conditioned on ≥ 0, so only for unbounded-above ranges. */
    public boolean admitsUnboundedAbove() {
        return this == NON_NEGATIVE || this == POSITIVE || this == AT_LEAST_ONE;
    }
}
