package io.agentcost.model;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calendar months of the forecast when the scenario gives a {@code start_month}: month 1 is the start month,
 * month m the (m − 1)-th after it; fiscal years begin in {@code fiscal_year_start_month} (1 = January).
 */
public final class MonthDates {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);

    private MonthDates() {
    }

    /** The calendar month of forecast month m ≥ 1. */
    public static YearMonth of(YearMonth start, int m) {
        return start.plusMonths(m - 1L);
    }

    /** "Jan 2027". */
    public static String label(YearMonth start, int m) {
        return of(start, m).format(LABEL);
    }

    /** "2027-01". */
    public static String iso(YearMonth start, int m) {
        return of(start, m).toString();
    }

    /** The first month of the fiscal year that holds {@code month}. */
    public static YearMonth fiscalYearStart(YearMonth month, int fiscalYearStartMonth) {
        int back = Math.floorMod(month.getMonthValue() - fiscalYearStartMonth, 12);
        return month.minusMonths(back);
    }

    /** "FY 2027" for calendar fiscal years, else "FY Apr 2027 – Mar 2028". */
    public static String fiscalYearName(YearMonth begins, int fiscalYearStartMonth) {
        if (fiscalYearStartMonth == 1) return "FY " + begins.getYear();
        return "FY " + begins.format(LABEL) + " – " + begins.plusMonths(11).format(LABEL);
    }

    /** The forecast months [from, to] (1-based, inclusive) of each fiscal year the horizon of {@code months} touches. */
    public static List<int[]> fiscalYears(YearMonth start, int fiscalYearStartMonth, int months) {
        List<int[]> out = new ArrayList<>();
        int from = 1;
        while (from <= months) {
            YearMonth end = fiscalYearStart(of(start, from), fiscalYearStartMonth).plusMonths(11);
            int to = Math.min(months, from + (int) (end.getYear() * 12L + end.getMonthValue() - (of(start, from).getYear() * 12L
                    + of(start, from).getMonthValue())));
            out.add(new int[]{from, to});
            from = to + 1;
        }
        return out;
    }
}
