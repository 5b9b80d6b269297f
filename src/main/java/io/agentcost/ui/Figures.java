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
}
