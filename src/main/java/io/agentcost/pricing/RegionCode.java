package io.agentcost.pricing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an AWS region code looks like (us-east-1, us-gov-west-1, ap-southeast-5): the catalog stores a region's
 * snapshots in a directory of that name, so a scenario's or an option's region is checked against this before it
 * becomes part of a path (an empty region or "../x" would otherwise read outside the cache).
 */
public final class RegionCode {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private RegionCode() {
    }

    public static boolean valid(String region) {
        return region != null && CODE.matcher(region).matches();
    }

    /** Why {@code region} is refused, with the code it was likely meant to be: "expected an AWS region code such as us-east-1". */
    public static String problem(String region) {
        String lower = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
        String hint = valid(lower) ? " (did you mean " + lower + "?)" : "";
        return "expected an AWS region code such as us-east-1" + hint;
    }
}
