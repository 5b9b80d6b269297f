package io.agentcost.export;

import static io.agentcost.export.ResultSheets.NAME_WIDTH;
import static io.agentcost.export.ResultSheets.USD_WIDTH;

import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.ForecastResult.BreakEven;
import io.agentcost.model.MonthDates;
import io.agentcost.simulation.ForecastResult.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Forecast sheet: first the nominal forecast as live formulas (month by month and cumulative per
 * architecture, 12-month and fiscal-year totals), which follow every edit of the Inputs, Prices and
 * Levers; then, as simulated, month by month the P10/P50/P90 of the monthly and of the cumulative cost
 * per architecture, the break-even table, and the bands as line charts.
 */
final class ForecastSheet {

    /** The live forecast: per month (0 = one-time) its phase and each architecture's live USD cell; dates when the scenario starts them. */
    record Live(List<String> architectures, List<String> phases, List<String[]> usd, YearMonth start, int fiscalYearStartMonth) {

        /** Month m's label: "Jan 2027" with a start month, else its number; month 0 is "one-time". */
        String label(int m) {
            return m == 0 ? "one-time" : start == null ? Integer.toString(m) : MonthDates.label(start, m);
        }
    }

    private static final String[] BANDS = {"P10", "P50", "P90"};
    private static final int CHART_COLS = 10, CHART_ROWS = 36;
    /** Columns of the live tables: month, date, phase, then one per architecture. */
    static final int LIVE_FIRST = 3;
    static final int LIVE_HEADER_ROW = 3;
    private static final int FIRST_BAND_COL = 2;

    private ForecastSheet() {
    }

    static void write(XSSFSheet sheet, Styles styles, ResultStyles local, ForecastResult forecast, Live live, String simulatedOn) {
        Cells.text(sheet, 0, 0, "Forecast: cost month by month over the timeline", styles.title);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, NAME_WIDTH);
        sheet.setColumnWidth(FIRST_BAND_COL, 16 * 256); // also the break-even month column
        int r = live(sheet, styles, live) + 1;
        if (forecast == null || forecast.months().isEmpty()) {
            Cells.text(sheet, r, 0, "No simulation was run for this export: no P10/P50/P90 bands.", styles.note);
            return;
        }
        List<String> archs = forecast.architectures();
        for (int c = FIRST_BAND_COL + 1; c < Math.max(col(archs.size(), 0), 2 * CHART_COLS); c++) {
            if (c >= LIVE_FIRST + archs.size()) sheet.setColumnWidth(c, ResultSheets.DOLLARS_WIDTH);
        }
        sheet.setRowBreak(r - 1);
        Cells.text(sheet, r, 0, "Simulated bands: as simulated on " + simulatedOn + ", " + forecast.run().iterations() + " iterations, seed "
                + forecast.run().seed() + " (static values: they record the run and do not move with edits)", styles.title);
        ResultSheets.runRecord(sheet, styles, local, r + 1, forecast.run());
        Cells.text(sheet, r + 3, 0, "USD. Month 0 holds the one-time costs paid before the first month; cumulative = one-time costs plus "
                + "every month so far. Percentiles are over the iterations for each figure separately, so a cumulative P90 is not "
                + "the sum of monthly P90s.", styles.note);
        int nameRow = r + 5;
        headers(sheet, styles, archs, nameRow, live);
        int monthly = nameRow + 2;
        Cells.text(sheet, monthly, 0, "Monthly cost (as simulated)", styles.title);
        int cumulative = table(sheet, styles, local, forecast, monthly + 1, false, live) + 1;
        Cells.text(sheet, cumulative, 0, "Cumulative cost (one-time costs included; as simulated)", styles.title);
        int end = table(sheet, styles, local, forecast, cumulative + 1, true, live);
        int b = breakEvens(sheet, styles, local, forecast.breakEvens(), end + 1);
        sheet.setRowBreak(b);
        charts(sheet, archs, nameRow, monthly + 1, cumulative + 1, forecast.months().size(), b + 1);
        ResultSheets.fitToWidth(sheet);
    }

    /** The live tables from row 1; returns the row after them. */
    private static int live(XSSFSheet sheet, Styles styles, Live live) {
        List<String> archs = live.architectures();
        int a = archs.size();
        for (int x = 0; x < a; x++) sheet.setColumnWidth(LIVE_FIRST + x, USD_WIDTH);
        Cells.text(sheet, 1, 0, "Nominal forecast, live: formulas of the Inputs, Prices and Levers (the architecture sheets' lines at each"
                + " month's conversations, on the '" + MonthsSheet.NAME + "' sheet). Edit an input, price or lever and every month, the"
                + " cumulative spend and the totals recalculate. At the workbook's nominal inputs it is the app's nominal estimate.", styles.note);
        int r = LIVE_HEADER_ROW;
        Cells.text(sheet, r - 1, 0, "Monthly cost (USD, live)", styles.title);
        liveHeader(sheet, styles, r, archs);
        int first = r + 1;
        int months = live.usd().size();
        for (int m = 0; m < months; m++) {
            int row = first + m;
            monthCells(sheet, styles, row, m, live);
            for (int x = 0; x < a; x++) Cells.formula(sheet, row, LIVE_FIRST + x, live.usd().get(m)[x], styles.usd);
        }
        r = first + months + 1;
        Cells.text(sheet, r, 0, "Cumulative cost (USD, live; one-time costs included)", styles.title);
        liveHeader(sheet, styles, r + 1, archs);
        int cFirst = r + 2;
        for (int m = 0; m < months; m++) {
            int row = cFirst + m;
            monthCells(sheet, styles, row, m, live);
            for (int x = 0; x < a; x++) {
                String here = Cells.local(first + m, LIVE_FIRST + x);
                Cells.formula(sheet, row, LIVE_FIRST + x, m == 0 ? here : Cells.local(row - 1, LIVE_FIRST + x) + "+" + here, styles.usd);
            }
        }
        r = cFirst + months + 1;
        r = periods(sheet, styles, live, first, r);
        return r;
    }

    private static void liveHeader(XSSFSheet sheet, Styles styles, int r, List<String> archs) {
        Cells.text(sheet, r, 0, "Month", styles.header);
        Cells.text(sheet, r, 1, "Date", styles.header);
        Cells.text(sheet, r, 2, "Phase", styles.header);
        for (int x = 0; x < archs.size(); x++) Cells.text(sheet, r, LIVE_FIRST + x, archs.get(x), styles.header);
    }

    private static void monthCells(XSSFSheet sheet, Styles styles, int row, int m, Live live) {
        Cells.number(sheet, row, 0, m, styles.integer);
        if (m > 0 && live.start() != null) {
            Cells.number(sheet, row, 1, DateUtil.getExcelDate(live.start().plusMonths(m - 1).atDay(1)), styles.month);
        } else {
            Cells.text(sheet, row, 1, m == 0 ? "before month 1" : "", styles.note);
        }
        Cells.text(sheet, row, 2, m == 0 ? "one-time" : live.phases().get(m), styles.text);
    }

    /**
     * 12-month totals (months 1–12, 13–24, …) and, with a start month, fiscal-year totals, as sums of the live monthly
     * column; the one-time costs (month 0) count in the first period. Returns the row after them.
     */
    private static int periods(XSSFSheet sheet, Styles styles, Live live, int firstMonthRow, int r) {
        int months = live.usd().size() - 1;
        int a = live.architectures().size();
        Cells.text(sheet, r, 0, "Totals by period (USD, live; the one-time costs of month 0 count in the first period)", styles.title);
        r++;
        Cells.text(sheet, r, 0, "Period", styles.header);
        Cells.text(sheet, r, 1, "From", styles.header);
        Cells.text(sheet, r, 2, "To", styles.header);
        for (int x = 0; x < a; x++) Cells.text(sheet, r, LIVE_FIRST + x, live.architectures().get(x), styles.header);
        r++;
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int from = 1; from <= months; from += 12) {
            int to = Math.min(months, from + 11);
            spans.add(new int[]{from, to});
            names.add("Months " + from + "–" + to + (to - from < 11 ? " (part)" : ""));
        }
        if (live.start() != null) {
            for (int[] fy : MonthDates.fiscalYears(live.start(), live.fiscalYearStartMonth(), months)) {
                spans.add(new int[]{fy[0], fy[1]});
                YearMonth begins = MonthDates.fiscalYearStart(live.start().plusMonths(fy[0] - 1), live.fiscalYearStartMonth());
                boolean part = fy[1] - fy[0] < 11;
                names.add(MonthDates.fiscalYearName(begins, live.fiscalYearStartMonth()) + (part ? " (part, within the horizon)" : ""));
            }
        } else {
            Cells.text(sheet, r + spans.size() + 1, 0, "Give the scenario a start_month (e.g. start_month: 2027-01) for dated months and"
                    + " fiscal-year totals (fiscal_year_start_month, default 1).", styles.note);
        }
        for (int i = 0; i < spans.size(); i++, r++) {
            int from = spans.get(i)[0], to = spans.get(i)[1];
            Cells.text(sheet, r, 0, names.get(i), styles.text);
            Cells.text(sheet, r, 1, live.label(from), styles.text);
            Cells.text(sheet, r, 2, live.label(to), styles.text);
            for (int x = 0; x < a; x++) {
                int c = LIVE_FIRST + x;
                String sum = "SUM(" + Cells.local(firstMonthRow + from, c) + ":" + Cells.local(firstMonthRow + to, c) + ")";
                if (from == 1) sum = Cells.local(firstMonthRow, c) + "+" + sum;
                Cells.formula(sheet, r, c, sum, styles.usdBold);
            }
        }
        return r + 2;
    }

    /** Column of an architecture's band (0 = P10, 1 = P50, 2 = P90), the same in both tables. */
    static int col(int arch, int band) {
        return FIRST_BAND_COL + 3 * arch + band;
    }

    /** One row per month from {@code r}; returns the row after the table. */
    private static int table(XSSFSheet sheet, Styles styles, ResultStyles local, ForecastResult forecast, int r, boolean cumulative,
                             Live live) {
        for (Month m : forecast.months()) {
            Cells.number(sheet, r, 0, m.month(), local.centredInteger);
            String phase = m.month() == 0 ? "one-time" : m.phase();
            Cells.text(sheet, r, 1, live.start() == null || m.month() == 0 ? phase : live.label(m.month()) + " · " + phase, styles.text);
            double[][] bands = cumulative ? new double[][] {m.cumulativeP10(), m.cumulativeP50(), m.cumulativeP90()}
                    : new double[][] {m.p10(), m.p50(), m.p90()};
            for (int a = 0; a < forecast.architectures().size(); a++) {
                for (int b = 0; b < 3; b++) Cells.number(sheet, r, col(a, b), bands[b][a], styles.dollars);
            }
            r++;
        }
        return r;
    }

    /** Two header rows: the architecture (merged over its bands), then Month, Phase and the bands. */
    private static void headers(XSSFSheet sheet, Styles styles, List<String> archs, int nameRow, Live live) {
        for (int c = 0; c < col(archs.size(), 0); c++) Cells.text(sheet, nameRow, c, null, styles.header);
        Cells.text(sheet, nameRow + 1, 0, "Month", styles.header);
        Cells.text(sheet, nameRow + 1, 1, live.start() == null ? "Phase" : "Date · phase", styles.header);
        for (int a = 0; a < archs.size(); a++) {
            Cells.text(sheet, nameRow, col(a, 0), archs.get(a), styles.header);
            sheet.addMergedRegion(new CellRangeAddress(nameRow, nameRow, col(a, 0), col(a, 2)));
            for (int b = 0; b < 3; b++) Cells.text(sheet, nameRow + 1, col(a, b), BANDS[b], styles.header);
        }
    }

    private static int breakEvens(XSSFSheet sheet, Styles styles, ResultStyles local, List<BreakEven> rows, int r) {
        Cells.text(sheet, r++, 0, "Break-even: when the cumulative costs of A and B cross (as simulated)", styles.title);
        String[] heads = {"A", "B", "Break-even month (median curves)", "P(they cross within horizon)",
                "Median month when they cross", "Cheaper after"};
        for (int c = 0; c < heads.length; c++) Cells.text(sheet, r, c, heads[c], styles.header);
        sheet.getRow(r).setHeightInPoints(45);
        r++;
        for (BreakEven b : rows) {
            Cells.text(sheet, r, 0, b.a(), styles.text);
            Cells.text(sheet, r, 1, b.b(), styles.text);
            if (b.month() != null) Cells.number(sheet, r, 2, b.month(), local.centredInteger);
            else Cells.text(sheet, r, 2, "none within horizon", styles.note);
            Cells.number(sheet, r, 3, b.probability(), styles.percent);
            if (b.medianMonthWhenItHappens() != null) Cells.number(sheet, r, 4, b.medianMonthWhenItHappens(), local.centredInteger);
            else Cells.text(sheet, r, 4, "never", styles.note);
            Cells.text(sheet, r, 5, b.cheaperAfter(), styles.text);
            r++;
        }
        if (rows.isEmpty()) Cells.text(sheet, r++, 0, "Only one architecture: nothing to compare.", styles.note);
        return r;
    }

    /**
     * Cumulative cost (what a finance reader decides on: total spent by month m, where the curves cross) and
     * the monthly run rate without month 0 (the one-time costs would flatten every other month).
     */
    private static void charts(XSSFSheet sheet, List<String> archs, int nameRow, int monthlyRow, int cumulativeRow, int months, int at) {
        List<int[]> bands = new ArrayList<>(), names = new ArrayList<>();
        for (int a = 0; a < archs.size(); a++) {
            bands.add(new int[] {col(a, 0), col(a, 1), col(a, 2)});
            names.add(new int[] {nameRow, col(a, 0)});
        }
        // one above the other from column A, within a page's width at 80%: the sheet's tables then print at 80% (8.8 pt)
        // across pages with each chart whole, where two charts side by side had the whole sheet fitted to about 4 pt
        int cols = ResultSheets.chartColumns(sheet, 2 * CHART_COLS);
        // each chart starts a page of its own, so it prints whole
        sheet.setRowBreak(at - 1);
        sheet.setRowBreak(at + CHART_ROWS);
        XSSFChart total = XddfCharts.chart(sheet, 0, at, cols, at + CHART_ROWS,
                "Cumulative cost by month (solid P50, dashed P10 and P90)");
        ResultCharts.bands(total, sheet, cumulativeRow, cumulativeRow + months - 1, 0, bands, names, "Cumulative cost (USD)");
        if (months < 2) return;
        XSSFChart rate = XddfCharts.chart(sheet, 0, at + CHART_ROWS + 1, cols, at + 2 * CHART_ROWS + 1,
                "Monthly cost (solid P50, dashed P10 and P90; one-time costs left out)");
        ResultCharts.bands(rate, sheet, monthlyRow + 1, monthlyRow + months - 1, 0, bands, names, "Monthly cost (USD)");
    }
}
