package io.agentcost.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number text for people: money to the cent with separators, quantities and rates with the digits that matter. */
public final class Format {

    private Format() {
    }

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    /** Rounded to the cent, half up, as finance expects (SPEC §11.13: rounding only where shown). */
    public static double cents(double usd) {
        if (!Double.isFinite(usd)) return usd;
        return new BigDecimal(Double.toString(usd)).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    public static String money(double usd) {
        if (Double.isNaN(usd)) return "missing";
        double c = cents(usd);
        String s = new DecimalFormat("#,##0.00", US).format(Math.abs(c));
        return (c < 0 ? "-$" : "$") + s;
    }

    /**
     * A simulated figure (a percentile, a mean, a forecast month): Monte Carlo noise and uncertain inputs make cents
     * meaningless there (decision 0021). Whole dollars from $10, and 4 significant figures from $10,000 ($14,330,
     * $1,235,000); below $10 to the cent, so a small dev-phase cost does not show as $0 or $4. Nominal line items keep
     * {@link #money(double)}; JSON keeps full precision.
     */
    public static String simulated(double usd) {
        if (!Double.isFinite(usd)) return Double.isNaN(usd) ? "missing" : usd > 0 ? "$∞" : "-$∞";
        double a = Math.abs(usd);
        if (a < 10) return money(usd);
        BigDecimal b = new BigDecimal(Double.toString(a));
        b = a >= 10_000 ? b.round(new MathContext(4, RoundingMode.HALF_UP)) : b.setScale(0, RoundingMode.HALF_UP);
        String s = new DecimalFormat("#,##0", US).format(b);
        return (usd < 0 && b.signum() != 0 ? "-$" : "$") + s;
    }

    /** A signed simulated difference: "+$1,234", "-$56", "$0". */
    public static String simulatedDelta(double usd) {
        String s = simulated(usd);
        return usd > 0 && !s.equals("$0") && !s.equals("$0.00") ? "+" + s : s;
    }

    /** A signed nominal difference to the cent: "+$1,234.56", "-$0.10", "$0.00". */
    public static String moneyDelta(double usd) {
        String s = money(usd);
        return cents(usd) > 0 ? "+" + s : s;
    }

    /** A cost per unit of work (a conversation): to the cent from $100, else 4 significant digits ($0.06318); "n/a" for null. */
    public static String unitCost(Double usd) {
        if (usd == null || !Double.isFinite(usd)) return "n/a";
        if (Math.abs(usd) >= 100) return money(usd);
        if (usd == 0) return "$0.00";
        BigDecimal b = new BigDecimal(Double.toString(usd)).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        if (b.scale() < 2) b = b.setScale(2, RoundingMode.UNNECESSARY);
        return "$" + b.toPlainString();
    }

    /** A unit price with up to 10 decimals, no trailing zeros ($0.0000166667, $3.30). */
    public static String rate(double usd) {
        if (Double.isNaN(usd)) return "missing";
        if (Double.isInfinite(usd)) return usd > 0 ? "$∞" : "-$∞";
        BigDecimal b = new BigDecimal(Double.toString(usd)).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        if (b.scale() < 2) b = b.setScale(2, RoundingMode.UNNECESSARY);
        return "$" + b.toPlainString();
    }

    /**
     * A quantity with separators and 4 significant decimals for small values; "n/a" and "∞" for a figure that is not a
     * number, so a table never fails on one (every known path to one is refused as bad input first).
     */
    public static String quantity(double q) {
        if (Double.isNaN(q)) return "n/a";
        if (Double.isInfinite(q)) return q > 0 ? "∞" : "-∞";
        double a = Math.abs(q);
        if (a == 0) return "0";
        if (a >= 1000) return new DecimalFormat("#,##0", US).format(q);
        if (a >= 1) return new DecimalFormat("#,##0.##", US).format(q);
        BigDecimal b = new BigDecimal(Double.toString(q)).round(new MathContext(4, RoundingMode.HALF_UP));
        return b.stripTrailingZeros().toPlainString();
    }

    public static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    public static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
