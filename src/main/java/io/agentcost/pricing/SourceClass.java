package io.agentcost.pricing;

import java.util.Locale;

/**
 * How far a price is from AWS, read from its source's kind (SPEC §6): the Price List's own records (fetched by
 * `pricing refresh`, or copied from them, as Infracost's goldens are), an AWS pricing page (or a faithful
 * transcription of one), or secondary sources only. The first two are AWS-primary; a third-party price is a figure
 * no AWS source backs, and the CLI and app mark it (decision 0021).
 */
public enum SourceClass {
    AWS_PRICE_LIST("AWS Price List"), AWS_PAGE("AWS page"), THIRD_PARTY("third party"), UNKNOWN("unknown");

    private final String label;

    SourceClass(String label) {
        this.label = label;
    }

    public static SourceClass of(Price p) {
        String kind = p.source() == null || p.source().kind() == null ? "" : p.source().kind();
        return switch (kind) {
            case "price_list" -> AWS_PRICE_LIST;
            case "page" -> AWS_PAGE;
            case "third_party" -> THIRD_PARTY;
            default -> UNKNOWN;
        };
    }

    /** Backed by an AWS source (the Price List or a pricing page). */
    public boolean awsPrimary() {
        return this == AWS_PRICE_LIST || this == AWS_PAGE;
    }

    /** For people: "AWS Price List", "AWS page", "third party", "unknown". */
    public String label() {
        return label;
    }

    /** For JSON: aws_price_list, aws_page, third_party, unknown. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
