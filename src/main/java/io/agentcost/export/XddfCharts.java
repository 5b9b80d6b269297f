package io.agentcost.export;

import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/**
 * The small vocabulary the result charts share: a chart anchored on a cell rectangle, ranges of a
 * column as series, one colour per architecture, and axis formats that do not follow the cells.
 */
final class XddfCharts {

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** Tableau 10: distinguishable, and still distinguishable printed in grey. */
    private static final int[] PALETTE = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7,
            0x9C755F, 0xBAB0AC};

    private XddfCharts() {
    }

    /** A titled chart over columns [col1, col2) and rows [row1, row2), legend at the bottom so the plot keeps its width. */
    static XSSFChart chart(XSSFSheet sheet, int col1, int row1, int col2, int row2, String title) {
        var drawing = sheet.createDrawingPatriarch(); // the sheet's one drawing, created on first use
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    static XDDFCategoryAxis categoryAxis(XSSFChart chart, AxisPosition position, String title) {
        XDDFCategoryAxis axis = chart.createCategoryAxis(position);
        axis.setTitle(title);
        return axis;
    }

    static XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition position, String title) {
        XDDFValueAxis axis = chart.createValueAxis(position);
        axis.setTitle(title);
        return axis;
    }

    /** Column {@code col}, rows first..last inclusive. */
    static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int first, int last, int col) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }

    static XDDFDataSource<String> strings(XSSFSheet sheet, int first, int last, int col) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }

    /**
     * Names a series after a cell holding the (user-typed) text, so the chart shows exactly what the table
     * shows; the text is the cached name, the reference is a plain cell address, never the text as a formula.
     */
    static void titleFromCell(XDDFChartData.Series series, XSSFSheet sheet, int row, int col, String cached) {
        series.setTitle(cached, new CellReference(sheet.getSheetName(), row, col, true, true));
    }

    static XDDFColor colour(int index) {
        int rgb = PALETTE[index % PALETTE.length];
        // from(byte[]) is sRGB; from(int, int, int) would be percentages (and every bar near black)
        return XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
    }

    static void fill(XDDFChartData.Series series, XDDFColor colour) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(colour));
        series.setShapeProperties(shape);
    }

    /** A line in the given colour; dashed and thin for the P10/P90 band edges, solid for the median. */
    static void line(XDDFChartData.Series series, XDDFColor colour, boolean dashed) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(colour));
        line.setWidth(dashed ? 1.0 : 2.25);
        if (dashed) line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
    }

    /**
     * Number format of every axis of the chart. XDDF marks a format "source linked", which makes Excel
     * and LibreOffice use the cells' format instead ($ with cents on every tick); unlink it.
     */
    static void axisFormat(XSSFChart chart, String valueFormat, String categoryFormat) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        for (CTValAx ax : plot.getValAxArray()) {
            (ax.isSetNumFmt() ? ax.getNumFmt() : ax.addNewNumFmt()).setFormatCode(valueFormat);
            ax.getNumFmt().setSourceLinked(false);
        }
        if (categoryFormat == null) return;
        for (CTCatAx ax : plot.getCatAxArray()) {
            (ax.isSetNumFmt() ? ax.getNumFmt() : ax.addNewNumFmt()).setFormatCode(categoryFormat);
            ax.getNumFmt().setSourceLinked(false);
        }
    }

    /**
     * Bars of the chart's bar series drawn over each other ({@code c:overlap}). XDDF's own setter needs a schema
     * type poi-ooxml-lite does not ship, so the element is written directly, where the schema orders it:
     * after gapWidth, before the axis ids.
     */
    static void overlap(XSSFChart chart, int percent) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName(CHART_NS, "overlap"));
            cursor.insertAttributeWithValue("val", Integer.toString(percent));
        }
    }

    /**
     * A dollar format for axis ticks that suits the amounts: "$35.0M" and "$400k" read at a glance where
     * "$35,000,000" does not, and small amounts keep their cents or better (else every tick says "$0").
     */
    static String dollars(double largest) {
        double a = Math.abs(largest);
        if (a >= 1_000_000) return "\"$\"#,##0.0,,\"M\"";
        if (a >= 10_000) return "\"$\"#,##0,\"k\"";
        if (a >= 100) return "\"$\"#,##0";
        return a >= 1 ? "\"$\"#,##0.00" : "\"$\"0.0000";
    }

    /**
     * A dollar format for a logarithmic axis, whose ticks run over powers of ten from {@code smallest} up: each tick in
     * the unit that suits it ("$10", "$100", "$1k", "$10k", "$1.0M"); one unit for all (as {@link #dollars}) would print
     * the small ticks as "$0k".
     */
    static String logDollars(double smallest) {
        String small = smallest >= 1 ? "\"$\"#,##0" : "\"$\"0.00";
        return "[>=1000000]\"$\"#,##0.0,,\"M\";[>=1000]\"$\"#,##0,\"k\";" + small;
    }

    /** The largest absolute value in the given columns of rows first..last (what an axis has to reach). */
    static double largest(XSSFSheet sheet, int first, int last, int... cols) {
        double max = 0;
        for (int r = first; r <= last; r++) {
            for (int c : cols) {
                var cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    max = Math.max(max, Math.abs(cell.getNumericCellValue()));
                }
            }
        }
        return max;
    }

    /** Hides legend entries (by series index) that would only repeat another entry, such as band edges. */
    static void hideLegendEntries(XSSFChart chart, Iterable<Integer> seriesIndexes) {
        var legend = chart.getOrAddLegend();
        for (int i : seriesIndexes) {
            var entry = legend.addEntry();
            entry.setIndex(i);
            entry.setDelete(true);
        }
    }
}
