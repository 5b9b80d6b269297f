package io.agentcost.export;

import static io.agentcost.export.ResultSheets.NAME_WIDTH;
import static io.agentcost.export.ResultSheets.USD_WIDTH;

import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.ForecastResult.BreakEven;
import io.agentcost.simulation.ForecastResult.Month;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Forecast sheet: month by month the P10/P50/P90 of the monthly and of the cumulative cost per
 * architecture, the break-even table, and the bands as line charts.
 */
final class ForecastSheet {

    /** The header (architecture names over P10/P50/P90) is shared by the monthly and the cumulative table below it. */
    private static final int NAME_ROW = 5, BAND_ROW = 6, FIRST_BAND_COL = 2;
    private static final String[] BANDS = {"P10", "P50", "P90"};
    private static final int CHART_COLS = 10, CHART_ROWS = 36;

    private ForecastSheet() {
    }

    static void write(XSSFSheet sheet, Styles styles, ResultStyles local, ForecastResult forecast) {
        Cells.text(sheet, 0, 0, "Forecast: cost month by month over the timeline", styles.title);
        if (forecast == null || forecast.months().isEmpty()) {
            Cells.text(sheet, 1, 0, "No forecast was run for this export.", styles.note);
            return;
        }
        List<String> archs = forecast.architectures();
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, NAME_WIDTH);
        for (int c = FIRST_BAND_COL; c < Math.max(col(archs.size(), 0), 2 * CHART_COLS); c++) sheet.setColumnWidth(c, USD_WIDTH);
        sheet.setColumnWidth(FIRST_BAND_COL, 20 * 256); // also the break-even month column: fits 'none within horizon'
        ResultSheets.runRecord(sheet, styles, local, 1, forecast.run());
        Cells.text(sheet, 3, 0, "USD. Month 0 holds the one-time costs paid before the first month; cumulative = one-time costs plus "
                + "every month so far. Percentiles are over the iterations for each figure separately, so a cumulative P90 is not "
                + "the sum of monthly P90s.", styles.note);
        headers(sheet, styles, archs);
        int monthly = BAND_ROW + 1;
        Cells.text(sheet, monthly, 0, "Monthly cost", styles.title);
        int cumulative = table(sheet, styles, local, forecast, monthly + 1, false) + 1;
        Cells.text(sheet, cumulative, 0, "Cumulative cost (one-time costs included)", styles.title);
        int end = table(sheet, styles, local, forecast, cumulative + 1, true);
        int r = breakEvens(sheet, styles, local, forecast.breakEvens(), end + 1);
        sheet.setRowBreak(r);
        charts(sheet, archs, monthly + 1, cumulative + 1, forecast.months().size(), r + 1);
        ResultSheets.fitToWidth(sheet);
    }

    /** Column of an architecture's band (0 = P10, 1 = P50, 2 = P90), the same in both tables. */
    static int col(int arch, int band) {
        return FIRST_BAND_COL + 3 * arch + band;
    }

    /** One row per month from {@code r}; returns the row after the table. */
    private static int table(XSSFSheet sheet, Styles styles, ResultStyles local, ForecastResult forecast, int r, boolean cumulative) {
        for (Month m : forecast.months()) {
            Cells.number(sheet, r, 0, m.month(), local.centredInteger);
            Cells.text(sheet, r, 1, m.month() == 0 ? "one-time" : m.phase(), styles.text);
            double[][] bands = cumulative ? new double[][] {m.cumulativeP10(), m.cumulativeP50(), m.cumulativeP90()}
                    : new double[][] {m.p10(), m.p50(), m.p90()};
            for (int a = 0; a < forecast.architectures().size(); a++) {
                for (int b = 0; b < 3; b++) Cells.number(sheet, r, col(a, b), bands[b][a], styles.usd);
            }
            r++;
        }
        return r;
    }

    /** Two header rows: the architecture (merged over its bands), then Month, Phase and the bands. */
    private static void headers(XSSFSheet sheet, Styles styles, List<String> archs) {
        for (int c = 0; c < col(archs.size(), 0); c++) Cells.text(sheet, NAME_ROW, c, null, styles.header);
        Cells.text(sheet, BAND_ROW, 0, "Month", styles.header);
        Cells.text(sheet, BAND_ROW, 1, "Phase", styles.header);
        for (int a = 0; a < archs.size(); a++) {
            Cells.text(sheet, NAME_ROW, col(a, 0), archs.get(a), styles.header);
            sheet.addMergedRegion(new CellRangeAddress(NAME_ROW, NAME_ROW, col(a, 0), col(a, 2)));
            for (int b = 0; b < 3; b++) Cells.text(sheet, BAND_ROW, col(a, b), BANDS[b], styles.header);
        }
        sheet.createFreezePane(FIRST_BAND_COL, BAND_ROW + 1);
    }

    private static int breakEvens(XSSFSheet sheet, Styles styles, ResultStyles local, List<BreakEven> rows, int r) {
        Cells.text(sheet, r++, 0, "Break-even: when the cumulative costs of A and B cross", styles.title);
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
    private static void charts(XSSFSheet sheet, List<String> archs, int monthlyRow, int cumulativeRow, int months, int at) {
        List<int[]> bands = new ArrayList<>(), names = new ArrayList<>();
        for (int a = 0; a < archs.size(); a++) {
            bands.add(new int[] {col(a, 0), col(a, 1), col(a, 2)});
            names.add(new int[] {NAME_ROW, col(a, 0)});
        }
        XSSFChart total = XddfCharts.chart(sheet, 0, at, CHART_COLS, at + CHART_ROWS,
                "Cumulative cost by month (solid P50, dashed P10 and P90)");
        ResultCharts.bands(total, sheet, cumulativeRow, cumulativeRow + months - 1, 0, bands, names, "Cumulative cost (USD)");
        if (months < 2) return;
        XSSFChart rate = XddfCharts.chart(sheet, CHART_COLS, at, 2 * CHART_COLS, at + CHART_ROWS,
                "Monthly cost (solid P50, dashed P10 and P90; one-time costs left out)");
        ResultCharts.bands(rate, sheet, monthlyRow + 1, monthlyRow + months - 1, 0, bands, names, "Monthly cost (USD)");
    }
}
