package io.agentcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How simulated figures and differences read in the CLI's tables (decision 0021). */
class FormatTest {

    @Test
    void simulatedFiguresHaveNoCents() {
        // whole dollars from $10: 14.5 rounds half up to 15, 9,999.49 to 9,999
        assertThat(Format.simulated(14.5)).isEqualTo("$15");
        assertThat(Format.simulated(9_999.49)).isEqualTo("$9,999");
        // 4 significant figures from $10,000: 14,328.26 → 14,330; 1,234,567.89 → 1,235,000
        assertThat(Format.simulated(14_328.26)).isEqualTo("$14,330");
        assertThat(Format.simulated(1_234_567.89)).isEqualTo("$1,235,000");
        // below $10 to the cent, so a small cost is not shown as $0
        assertThat(Format.simulated(3.517)).isEqualTo("$3.52");
        assertThat(Format.simulated(0.4)).isEqualTo("$0.40");
        assertThat(Format.simulated(-1_520.6)).isEqualTo("-$1,521");
    }

    @Test
    void deltasCarryTheirSign() {
        assertThat(Format.simulatedDelta(1_520.6)).isEqualTo("+$1,521");
        assertThat(Format.simulatedDelta(-12_345)).isEqualTo("-$12,350");
        assertThat(Format.simulatedDelta(0)).isEqualTo("$0.00");
        assertThat(Format.moneyDelta(0.004)).isEqualTo("$0.00");
        assertThat(Format.moneyDelta(12.345)).isEqualTo("+$12.35");
        assertThat(Format.moneyDelta(-0.1)).isEqualTo("-$0.10");
    }

    @Test
    void aFigureThatIsNotANumberPrintsAsTextInsteadOfFailing() {
        // NaN and ∞ are refused as bad input before a table is drawn; should one reach it, the table still prints
        assertThat(Format.quantity(Double.NaN)).isEqualTo("n/a");
        assertThat(Format.quantity(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Format.rate(Double.POSITIVE_INFINITY)).isEqualTo("$∞");
        assertThat(Format.rate(Double.NaN)).isEqualTo("missing");
        assertThat(Format.money(Double.NEGATIVE_INFINITY)).isEqualTo("-$∞");
        assertThat(Format.simulated(Double.NaN)).isEqualTo("missing");
        assertThat(Format.unitCost(Double.NaN)).isEqualTo("n/a");
    }
}
