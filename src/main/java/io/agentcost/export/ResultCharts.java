package io.agentcost.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The three kinds of result chart, drawn from ranges the sheets have already written. */
final class ResultCharts {

    private ResultCharts() {
    }

    /**
     * A histogram: touching columns over the bins. {@code fromCol} holds each bin's lower edge (the category
     * label), {@code fromCol + 2} its count; the series is named after the architecture cell at {@code nameRow}.
     */
    static void histogram(XSSFChart chart, XSSFSheet sheet, int nameRow, int fromCol, int first, int last, int colour) {
        XDDFBarChartData bars = columns(chart, "Monthly cost (USD)", "Iterations", 8);
        series(bars, sheet, first, last, fromCol, fromCol + 2, nameRow, fromCol, colour);
        chart.plot(bars);
        XddfCharts.axisFormat(chart, "#,##0", XddfCharts.dollars(XddfCharts.largest(sheet, first, last, fromCol + 1)));
    }

    /**
     * Histograms on shared bins: column 0 holds each bin's lower edge (the category label), columns 2.. the share
     * of each architecture's iterations, named after the header row {@code nameRow}; clustered, one colour each.
     */
    static void sharedHistogram(XSSFChart chart, XSSFSheet sheet, int nameRow, int first, int last, int series) {
        XDDFBarChartData bars = columns(chart, "Monthly cost (USD, bin from)", "Share of iterations", 20);
        for (int k = 0; k < series; k++) series(bars, sheet, first, last, 0, 2 + k, nameRow, 2 + k, k);
        chart.plot(bars);
        XddfCharts.axisFormat(chart, "0%", XddfCharts.dollars(XddfCharts.largest(sheet, first, last, 1)));
    }

    /** Vertical bars touching at {@code gap}% of a bar's width, over a cost axis along the bottom. */
    private static XDDFBarChartData columns(XSSFChart chart, String xTitle, String yTitle, int gap) {
        XDDFCategoryAxis x = XddfCharts.categoryAxis(chart, AxisPosition.BOTTOM, xTitle);
        XDDFValueAxis y = XddfCharts.valueAxis(chart, AxisPosition.LEFT, yTitle);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(gap);
        return bars;
    }

    /** One series of bars: categories and values from columns of rows first..last, named after the cell (nameRow, nameCol). */
    private static void series(XDDFBarChartData bars, XSSFSheet sheet, int first, int last, int categoryCol, int valueCol, int nameRow,
                               int nameCol, int colour) {
        XDDFChartData.Series s = bars.addSeries(XddfCharts.numbers(sheet, first, last, categoryCol), XddfCharts.numbers(sheet, first, last, valueCol));
        XddfCharts.titleFromCell(s, sheet, nameRow, nameCol, sheet.getRow(nameRow).getCell(nameCol).getStringCellValue());
        XddfCharts.fill(s, XddfCharts.colour(colour));
    }

    /**
     * A tornado: one horizontal bar pair per input, the change in monthly cost from the nominal with the
     * input at its P10 and at its P90. Rows first..last are sorted by swing, largest first; the category axis
     * runs top-down so the widest bar is on top, and the labels sit at the left edge, clear of the bars.
     */
    static void tornado(XSSFChart chart, XSSFSheet sheet, int headRow, int first, int last, int inputCol, int lowCol, int highCol) {
        XDDFCategoryAxis inputs = XddfCharts.categoryAxis(chart, AxisPosition.LEFT, "Input");
        XDDFValueAxis change = XddfCharts.valueAxis(chart, AxisPosition.BOTTOM, "Change in monthly cost vs nominal (USD)");
        inputs.setOrientation(AxisOrientation.MAX_MIN);
        inputs.setTickLabelPosition(AxisTickLabelPosition.LOW);
        change.setCrossBetween(AxisCrossBetween.BETWEEN);
        change.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, inputs, change);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.setGapWidth(40);
        int[] cols = {lowCol, highCol};
        for (int i = 0; i < cols.length; i++) {
            XDDFChartData.Series s = bars.addSeries(XddfCharts.strings(sheet, first, last, inputCol),
                    XddfCharts.numbers(sheet, first, last, cols[i]));
            XddfCharts.titleFromCell(s, sheet, headRow, cols[i], sheet.getRow(headRow).getCell(cols[i]).getStringCellValue());
            XddfCharts.fill(s, XddfCharts.colour(i));
        }
        chart.plot(bars);
        // the shorter bar in front of the longer one: correct even when both cases move the cost the same way
        XddfCharts.overlap(chart, 100);
        XddfCharts.axisFormat(chart, XddfCharts.dollars(XddfCharts.largest(sheet, first, last, lowCol, highCol)), null);
    }

    /**
     * Forecast bands: per architecture a solid median line and dashed P10 and P90 lines in the same colour.
     * Only the medians are in the legend; the dashes are explained in the title.
     *
     * @param bandCols per architecture the columns of P10, P50, P90
     * @param nameCells per architecture {row, col} of the cell with its name
     */
    static void bands(XSSFChart chart, XSSFSheet sheet, int first, int last, int monthCol, List<int[]> bandCols,
                      List<int[]> nameCells, String valueTitle) {
        XDDFCategoryAxis months = XddfCharts.categoryAxis(chart, AxisPosition.BOTTOM, "Month");
        XDDFValueAxis usd = XddfCharts.valueAxis(chart, AxisPosition.LEFT, valueTitle);
        usd.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, usd);
        lines.setVaryColors(false);
        List<Integer> hidden = new ArrayList<>();
        int index = 0;
        for (int a = 0; a < bandCols.size(); a++) {
            int[] name = nameCells.get(a);
            String arch = sheet.getRow(name[0]).getCell(name[1]).getStringCellValue();
            for (int band : new int[] {1, 0, 2}) {
                XDDFLineChartData.Series s = (XDDFLineChartData.Series) lines.addSeries(
                        XddfCharts.numbers(sheet, first, last, monthCol), XddfCharts.numbers(sheet, first, last, bandCols.get(a)[band]));
                if (band == 1) XddfCharts.titleFromCell(s, sheet, name[0], name[1], arch);
                else {
                    s.setTitle(arch + (band == 0 ? " P10" : " P90"), null);
                    hidden.add(index);
                }
                s.setSmooth(false);
                s.setMarkerStyle(MarkerStyle.NONE);
                XddfCharts.line(s, XddfCharts.colour(a), band != 1);
                index++;
            }
        }
        chart.plot(lines);
        XddfCharts.hideLegendEntries(chart, hidden);
        double top = 0;
        for (int[] cols : bandCols) top = Math.max(top, XddfCharts.largest(sheet, first, last, cols));
        XddfCharts.axisFormat(chart, XddfCharts.dollars(top), "0");
    }
}
