package io.agentcost.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Simulated money as the window shows it: three significant figures and no cents ($14,200, $632, $42.4). A
 * percentile of 10,000 draws is not known to the cent (its standard error is about 1% of it), so cents would
 * claim a precision the figure does not have. Nominal line items keep their cents: they are arithmetic, not draws.
 */
final class Figures {

    private Figures() {
    }

    static String money(double usd) {
        if (!Double.isFinite(usd)) return "–";
        if (usd == 0) return "$0";
        double r = new BigDecimal(usd).round(new MathContext(3)).doubleValue();
        double a = Math.abs(r);
        String digits = a >= 100 ? String.format(Locale.ROOT, "%,.0f", a)
                : new BigDecimal(a).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return (r < 0 ? "-$" : "$") + digits;
    }

    /**
     * A difference as narrow as a column beside eleven others allows at 1280 px: "+$4.41k", "-$310", "+$1.25M", "+$0.42",
     * "$0". Three significant figures from $1,000 (the delta columns' tooltips give the figure in full); below $10 cents,
     * so a small change does not read as none.
     */
    static String compactDelta(double usd) {
        if (!Double.isFinite(usd)) return Double.isNaN(usd) ? "–" : usd > 0 ? "+$∞" : "-$∞";
        double a = Math.abs(usd);
        if (a < 0.005) return "$0";
        String sign = usd > 0 ? "+$" : "-$";
        if (a < 10) return sign + String.format(Locale.ROOT, "%.2f", a);
        double r = new BigDecimal(a).round(new MathContext(3)).doubleValue();
        if (r < 1000) return sign + String.format(Locale.ROOT, "%.0f", r);
        String[] units = {"k", "M", "B"};
        double scaled = r / 1000;
        int u = 0;
        while (scaled >= 1000 && u < units.length - 1) {
            scaled /= 1000;
            u++;
        }
        String digits = new BigDecimal(scaled).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return sign + digits + units[u];
    }
}
