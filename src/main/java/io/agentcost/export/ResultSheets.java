package io.agentcost.export;

import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.SimulationResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The record of a run in the workbook: the Simulation, Sensitivity and Forecast sheets with their
 * charts. Unlike the architecture sheets these hold plain numbers, not formulas: they say what the
 * run found, and editing an input does not (and cannot, without the draws) change them.
 */
final class ResultSheets {

    /** Character widths (×256 in POI) that fit "$1,234,567.89" and the usual names without ####. */
    static final int USD_WIDTH = 15 * 256;
    static final int NAME_WIDTH = 18 * 256;
    static final int NARROW_WIDTH = 11 * 256;
    /** Whole dollars of a simulated figure, "$12,345,678". */
    static final int DOLLARS_WIDTH = 12 * 256;

    private ResultSheets() {
    }

    /** The Simulation and Sensitivity sheets (the exporter writes the Forecast sheet, live and simulated, after them). */
    static void write(XSSFWorkbook wb, Styles styles, SimulationResult sim, String simulatedOn) {
        ResultStyles local = new ResultStyles(wb, styles);
        SimulationSheet.write(wb.createSheet("Simulation"), styles, local, sim, simulatedOn);
        SensitivitySheet.write(wb.createSheet("Sensitivity"), styles, local, sim, simulatedOn);
    }

    /** The label of a sheet that records a run: when, how many iterations, which seed; it does not follow edits. */
    static String simulatedLabel(SimulationResult.RunRecord run, String simulatedOn) {
        return "As simulated on " + simulatedOn + ", " + String.format(Locale.ROOT, "%,d", run.iterations()) + " iterations, seed " + run.seed()
                + " (" + run.sampling() + "): static values that record the run and do not move with edits of the Inputs, Prices or Levers.";
    }

    /** Phases in the order the run reports them (the scenario's order). */
    static List<String> phases(SimulationResult sim) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (SimulationResult.CellResult c : sim.cells()) out.add(c.phase());
        return new ArrayList<>(out);
    }

    static List<SimulationResult.CellResult> cellsOf(SimulationResult sim, String phase) {
        return sim.cells().stream().filter(c -> c.phase().equals(phase)).toList();
    }

    /**
     * The run record on one row as label/value pairs: what a reader needs to reproduce the numbers.
     * The seed is written as text when a double could not hold it exactly (a 64-bit seed rounded is another run).
     */
    static void runRecord(XSSFSheet sheet, Styles styles, ResultStyles local, int row, SimulationResult.RunRecord run) {
        int c = 0;
        Cells.text(sheet, row, c++, "Seed", styles.header);
        if (Math.abs(run.seed()) < (1L << 53)) Cells.number(sheet, row, c++, run.seed(), local.leftInteger);
        else Cells.text(sheet, row, c++, Long.toString(run.seed()), styles.text);
        Cells.text(sheet, row, c++, "Iterations", styles.header);
        Cells.number(sheet, row, c++, run.iterations(), local.leftInteger);
        Cells.text(sheet, row, c++, "Sampling", styles.header);
        Cells.text(sheet, row, c++, run.sampling(), styles.text);
        Cells.text(sheet, row, c++, "Catalog date", styles.header);
        Cells.text(sheet, row, c++, run.catalogDate(), styles.text);
        Cells.text(sheet, row, c++, "Version", styles.header);
        Cells.text(sheet, row, c++, run.version(), styles.text);
        Cells.text(sheet, row, c++, "Seconds", styles.header);
        Cells.number(sheet, row, c, run.seconds(), local.leftNumber);
        if (run.targetRelativeError() != null) {
            Cells.text(sheet, row + 1, 0, String.format(Locale.ROOT,
                    "P90 relative error target %.2f%%: reached %.2f%% (%s).", 100 * run.targetRelativeError(),
                    100 * run.p90RelativeError(), run.converged() ? "converged" : "not converged within max_iterations"), styles.note);
        }
    }

    /**
     * Landscape, as wide as one page and as long as it takes (LibreOffice would otherwise split the columns across
     * pages), narrow margins so the scale stays readable.
     */
    static void fitToWidth(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        // the forecast's working (every month's lines, thousands of rows) stays one page wide: on paper it would run to
        // hundreds of pages; the Forecast sheet is the one to print
        // and a sheet with a chart wider than a page at 80%, so that each chart prints whole (at 80% they ran across pages);
        // a sheet whose charts stand from its first column within a page's width prints its table at 80%
        boolean charts = sheet instanceof XSSFSheet x && x.getDrawingPatriarch() != null && !chartsWithinAPage(x);
        if (usedWidth(sheet) <= PAGE_CHARACTERS || charts || sheet.getSheetName().equals(MonthsSheet.NAME)) {
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        } else {
            // too wide for one page at a readable size (fitted, the architecture sheets printed at 4–5 pt): 80% of
            // 11 pt, across as many pages as it takes, left to right, with the first column on every page
            sheet.setFitToPage(false);
            print.setScale((short) 80);
            print.setLeftToRight(true);
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        }
        sheet.setMargin(Sheet.LeftMargin, 0.3);
        sheet.setMargin(Sheet.RightMargin, 0.3);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
    }

    /**
     * Column width, in characters of the default font, that a landscape letter or A4 page holds at 80%, as LibreOffice
     * prints it: 140 characters of the Simulation sheet's columns on its first page (10.4 in between the margins at
     * 0.073 in a character would make 178; a sheet between the two was shrunk to about 6 pt to fit one page wide).
     */
    static final double PAGE_CHARACTERS = 140;

    /**
     * Column width, in characters, that a chart may reach from column A and still print on the first page at 80%: LibreOffice
     * put 140 characters of the Simulation sheet's columns on that page (fewer than {@link #PAGE_CHARACTERS} estimates),
     * and a chart reaching past it was cut in two; with room to spare.
     */
    static final double CHART_PAGE_CHARACTERS = 125;

    /** How many columns from A a chart may span and still print whole on the first page at 80%, at most {@code most}. */
    static int chartColumns(Sheet sheet, int most) {
        double chars = 0;
        for (int c = 0; c < most; c++) {
            chars += sheet.getColumnWidth(c) / 256.0;
            if (chars > CHART_PAGE_CHARACTERS) return Math.max(1, c);
        }
        return most;
    }

    /** Whether every chart of the sheet ends within the first page's width at 80% ({@link #CHART_PAGE_CHARACTERS}). */
    static boolean chartsWithinAPage(XSSFSheet sheet) {
        for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
            if (!(shape.getAnchor() instanceof XSSFClientAnchor a)) return false;
            double chars = 0;
            for (int c = 0; c < a.getCol2(); c++) chars += sheet.getColumnWidth(c) / 256.0;
            if (chars > CHART_PAGE_CHARACTERS) return false;
        }
        return true;
    }

    /** The widths of the columns in use, in characters. */
    static double usedWidth(Sheet sheet) {
        int last = 0;
        for (Row row : sheet) last = Math.max(last, row.getLastCellNum());
        double chars = 0;
        for (int c = 0; c < last; c++) chars += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256.0;
        return chars;
    }
}
