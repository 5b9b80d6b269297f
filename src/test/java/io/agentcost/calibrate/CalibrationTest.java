package io.agentcost.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Months: conversations counted by the month they start in, scaled to whole months, the last one and the growth reported. */
class CalibrationTest {

    private static long record;

    private static Call call(Instant at, String session) {
        record++;
        return new Call("logs", record, record, at.toString(), "anthropic.claude-sonnet-4-6", 100, 0, 0, 10, false, session, null, 1, true);
    }

    private static void month(Calibration c, YearMonth m, int conversations, boolean lastSecond) {
        Instant start = m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long length = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - start.getEpochSecond();
        for (int i = 0; i < conversations; i++) c.accept(call(start.plusSeconds(i * (length / conversations)), m + "-" + i));
        if (lastSecond) c.accept(call(start.plusSeconds(length - 1), m + "-last"));
    }

    @Test
    void theLastMonthAndTheGrowthAcrossMonthsAreReadInCalendarOrder() throws BadFile {
        Calibration c = new Calibration(false, "sessionId");
        // November first in the stream: order of records is not the order of months
        month(c, YearMonth.of(2026, 11), 359, true);
        month(c, YearMonth.of(2026, 9), 100, false);
        month(c, YearMonth.of(2026, 10), 200, false);
        Fitted f = c.finish();
        // the logs run from 1 September 00:00 to 30 November 23:59:59: every month covered (November to within a second)
        assertThat(f.coverage()).containsOnlyKeys("2026-09", "2026-10", "2026-11");
        assertThat(f.coverage().get("2026-11")).isCloseTo(1, within(1.0 / (30 * 86400) + 1e-12));
        assertThat(f.conversationsByMonth().lastKey()).isEqualTo("2026-11");
        assertThat(f.conversationsByMonth().get("2026-11")).isCloseTo(360, within(360.0 / (30 * 86400) * 2));
        // 100 → 360 over two steps: (360 / 100)^(1/2) − 1 = 0.89737 a month
        assertThat(f.monthlyGrowth()).isCloseTo(Math.sqrt(3.6) - 1, within(1e-4));
        Fragment text = Fragment.of(f, id -> Optional.of("claude-sonnet-4-6"), "logs", "2026-12-02");
        assertThat(text.text()).contains("monthly_conversations: 360   #").contains("monthly_growth: 0.8974}")
                .contains("2026-09 → 2026-10 → 2026-11: 100 → 200 → 360");
    }

    @Test
    void aRampUpFasterThanTheTimelineAllowsIsNotWrittenAsGrowth() throws BadFile {
        Calibration c = new Calibration(false, "sessionId");
        month(c, YearMonth.of(2026, 10), 10, false);
        month(c, YearMonth.of(2026, 11), 499, true);
        Fitted f = c.finish();
        // 10 → 500 in one month: 4,900% a month, beyond the bound of 100% (decision 0017)
        assertThat(f.monthlyGrowth()).isCloseTo(49, within(0.01));
        Fragment text = Fragment.of(f, id -> Optional.of("claude-sonnet-4-6"), "logs", "2026-12-02");
        assertThat(text.text()).doesNotContain("timeline:").contains("a ramp-up, not a growth rate");
        assertThat(text.warnings()).anyMatch(w -> w.contains("no timeline written"));
    }
}
