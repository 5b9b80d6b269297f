package io.agentcost.export;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The comparison chart of the Summary: live monthly estimate per phase (categories) and architecture
 * (series). It reads a small phase × architecture table of formulas, so it follows what-if edits.
 */
final class SummaryChart {

    private SummaryChart() {
    }

    /**
     * @param smallest the smallest positive nominal total (where the logarithmic axis starts)
     */
    static void write(Sheet sh, Styles st, int top, List<String> phases, List<String> architectures, Map<String, Map<String, String>> totals,
                      double smallest) {
        Cells.text(sh, top, 0, "Live estimate by phase", st.header);
        for (int a = 0; a < architectures.size(); a++) Cells.text(sh, top, 1 + a, architectures.get(a), st.header);
        for (int p = 0; p < phases.size(); p++) {
            Cells.text(sh, top + 1 + p, 0, phases.get(p), null);
            for (int a = 0; a < architectures.size(); a++) {
                Cells.formula(sh, top + 1 + p, 1 + a, totals.get(phases.get(p)).get(architectures.get(a)), st.usd);
            }
        }
        XSSFSheet sheet = (XSSFSheet) sh;
        int chartTop = top + phases.size() + 2;
        // the chart starts a page of its own, so it prints whole
        sh.setRowBreak(chartTop - 1);
        // as wide as prints whole on a page at 80%, so the sheet's tables can print at that size (not fitted to ~6 pt)
        XSSFChart chart = XddfCharts.chart(sheet, 0, chartTop, ResultSheets.chartColumns(sheet, 8), chartTop + 24,
                "Monthly cost by phase and architecture (live estimate; logarithmic axis, each gridline ×10)");
        XDDFCategoryAxis x = XddfCharts.categoryAxis(chart, AxisPosition.BOTTOM, "Phase");
        XDDFValueAxis y = XddfCharts.valueAxis(chart, AxisPosition.LEFT, "USD / month");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        // a logarithmic axis: dev at $30 and scale at $30,000 are both readable (a linear one hides the small phases);
        // from the power of ten below the smallest total, so no bar starts mid-way
        y.setLogBase(10);
        double minimum = Math.pow(10, Math.floor(Math.log10(Math.max(smallest, 0.01))));
        y.setMinimum(minimum);
        int last = top + phases.size();
        XDDFDataSource<String> categories = XddfCharts.strings(sheet, top + 1, last, 0);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        for (int a = 0; a < architectures.size(); a++) {
            var series = data.addSeries(categories, XddfCharts.numbers(sheet, top + 1, last, 1 + a));
            XddfCharts.titleFromCell(series, sheet, top, 1 + a, architectures.get(a));
            XddfCharts.fill(series, XddfCharts.colour(a));
        }
        chart.plot(data);
        XddfCharts.axisFormat(chart, XddfCharts.logDollars(minimum), null);
    }
}
