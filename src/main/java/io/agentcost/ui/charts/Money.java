package io.agentcost.ui.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Money as a chart shows it: $950, $12k, $1.2M, $3B. Simulated figures carry no meaningful cents, and a
 * tick label of "$1,250,000" costs the width of three.
 */
public final class Money {

    private Money() {
    }

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private static final double[] STEPS = {1e9, 1e6, 1e3};
    private static final String[] SUFFIX = {"B", "M", "k"};

    /** Three significant digits, for figures written in a note or a label: $12.3k, $1.23M, $950. */
    public static String compact(double usd) {
        return format(usd, 3);
    }

    /**
     * As {@link #compact}, with as many more digits as it takes to differ from {@code reference} (up to 7): a
     * tornado's "$11,948" beside a nominal $11,911 must not both read "$11.9k".
     */
    public static String against(double usd, double reference) {
        int digits = 3;
        while (digits < 7 && usd != reference && format(usd, digits).equals(format(reference, digits))) digits++;
        return format(usd, digits);
    }

    /**
     * Every digit a tick needs, for axes: ticks are round numbers, but $1,025,000 must not read as "$1.03M"
     * beside a "$1.05M" that is really $1,050,000.
     */
    public static String tick(double usd) {
        return format(usd, 0);
    }

    /** @param digits significant digits, 0 for all */
    private static String format(double usd, int digits) {
        if (Double.isNaN(usd)) return "missing";
        if (Double.isInfinite(usd)) return usd > 0 ? "∞" : "-∞";
        double a = Math.abs(usd);
        if (digits > 0 && a > 0) {
            a = new BigDecimal(a).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
        }
        String body = null;
        for (int i = 0; i < STEPS.length && body == null; i++) {
            if (a >= STEPS[i]) body = new DecimalFormat("#,##0.###", US).format(a / STEPS[i]) + SUFFIX[i];
        }
        if (body == null) body = new DecimalFormat(a < 10 ? "0.##" : "0", US).format(a);
        // -0 and values that round to zero print as "$0"
        return (usd < 0 && !body.equals("0") ? "-$" : "$") + body;
    }

    /** A count or rate as a label shows it, three significant digits: 0.035, 2.9, 950, 768k, 2.8M. */
    public static String quantity(double x) {
        if (!Double.isFinite(x)) return String.valueOf(x);
        if (Math.abs(x) >= 1000) return compact(x).replace("$", "");
        if (x == 0) return "0";
        return new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /** {@link #tick} as the number format a JFreeChart axis takes. */
    public static NumberFormat axisFormat() {
        return new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
                return to.append(tick(number));
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
                return to.append(tick(number));
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
