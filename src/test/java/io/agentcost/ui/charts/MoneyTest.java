package io.agentcost.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void chartFiguresAreShortWithThreeSignificantDigits() {
        assertEquals("$12k", Money.compact(12_000));
        assertEquals("$1.2M", Money.compact(1_200_000));
        assertEquals("$12.3k", Money.compact(12_345));
        assertEquals("$1.23M", Money.compact(1_234_567));
        assertEquals("$950", Money.compact(950));
        assertEquals("$4.5", Money.compact(4.5));
        assertEquals("$0", Money.compact(0));
        assertEquals("-$2.5k", Money.compact(-2_500));
        // 999,950 rounds to 1.00 million, so it says $1M, not $1,000k
        assertEquals("$1M", Money.compact(999_950));
        assertEquals("$3B", Money.compact(3e9));
    }

    @Test
    void aCaseBesideItsNominalGetsTheDigitsThatTellThemApart() {
        // $11,948 and $11,911 are both "$11.9k" at three digits; four give $11.95k, five $11,948 exactly
        assertEquals("$11.95k", Money.against(11_948, 11_911));
        assertEquals("$11.91k", Money.against(11_911.4, 11_948));
        assertEquals("$16k", Money.against(16_000, 8_000));
        assertEquals("$8k", Money.against(8_000, 8_000));
    }

    @Test
    void ticksKeepTheDigitsThatTellNeighboursApart() {
        // ticks every $25k from $1M: $1,025,000 must not read as $1.03M
        assertEquals("$1.025M", Money.tick(1_025_000));
        assertEquals("$1.05M", Money.tick(1_050_000));
        assertEquals("$1.5k", Money.tick(1_500));
        assertEquals("$500", Money.tick(500));
        assertEquals("$12k", Money.axisFormat().format(12_000.0));
    }
}
