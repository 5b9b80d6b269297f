package io.agentcost.export;

import static io.agentcost.export.ResultSheets.NAME_WIDTH;
import static io.agentcost.export.ResultSheets.NARROW_WIDTH;
import static io.agentcost.export.ResultSheets.DOLLARS_WIDTH;

import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.SimulationResult.CellResult;
import io.agentcost.simulation.SimulationResult.Sensitivity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Sensitivity sheet: for every phase × architecture the inputs ranked by how far they move the
 * monthly cost, and below them a tornado chart per architecture of the last phase.
 */
final class SensitivitySheet {

    static final int HEADER_ROW = 3;
    static final int INPUT_COL = 3, LOW_COL = 6, HIGH_COL = 7, SWING_COL = 8, LOW_CHANGE_COL = 9, HIGH_CHANGE_COL = 10;
    private static final String[] HEADS = {"Phase", "Architecture", "Rank", "Input", "Key", "Nominal",
            "Input at its P10", "Input at its P90", "Swing", "Change with input at P10", "Change with input at P90",
            "Rank correlation", "Share of variance"};
    /** A tornado past ten bars is a list of slivers; the table has the rest. */
    private static final int TORNADO_BARS = 10;
    /** Columns A–G, 113 characters: a tornado prints whole on the first page of the sheet at 80% (see ResultSheets). */
    private static final int CHART_COLS = 7;

    private SensitivitySheet() {
    }

    static void write(XSSFSheet sheet, Styles styles, ResultStyles local, SimulationResult sim, String simulatedOn) {
        int[] widths = {14 * 256, NAME_WIDTH, 7 * 256, 26 * 256, 24 * 256, DOLLARS_WIDTH, DOLLARS_WIDTH, DOLLARS_WIDTH, DOLLARS_WIDTH, DOLLARS_WIDTH,
                DOLLARS_WIDTH, NARROW_WIDTH, NARROW_WIDTH};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c]);
        Cells.text(sheet, 0, 0, "Sensitivity: what moves the monthly cost, as simulated on " + simulatedOn, styles.title);
        Cells.text(sheet, 1, 0, ResultSheets.simulatedLabel(sim.run(), simulatedOn) + " Each input at its P10 and at its P90 with every other input at its median; swing = |P90 case − P10 case|. "
                + "Rank correlation and share of variance come from the simulated draws (share = ρ² over the sum of ρ² of the cell).",
                styles.note);
        for (int c = 0; c < HEADS.length; c++) Cells.text(sheet, HEADER_ROW, c, HEADS[c], styles.header);
        sheet.getRow(HEADER_ROW).setHeightInPoints(32);
        sheet.createFreezePane(2, HEADER_ROW + 1);
        List<String> phases = ResultSheets.phases(sim);
        String last = phases.get(phases.size() - 1);
        int r = HEADER_ROW + 1;
        List<int[]> tornadoes = new ArrayList<>();
        List<CellResult> charted = new ArrayList<>();
        for (CellResult cell : sim.cells()) {
            List<Sensitivity> rows = sim.sensitivity().stream()
                    .filter(s -> s.phase().equals(cell.phase()) && s.architecture().equals(cell.architecture()))
                    .sorted(Comparator.comparingDouble(Sensitivity::swing).reversed()).toList();
            int first = r;
            for (int i = 0; i < rows.size(); i++) row(sheet, styles, local, r++, i + 1, cell.nominalUsd(), rows.get(i));
            if (cell.phase().equals(last) && !rows.isEmpty()) {
                tornadoes.add(new int[] {first, Math.min(rows.size(), TORNADO_BARS)});
                charted.add(cell);
            }
        }
        if (sim.sensitivity().isEmpty()) Cells.text(sheet, r++, 0, "No uncertain inputs: every input is a fixed value.", styles.note);
        // below the table, each on a printed page of its own from the first column: the table prints at 80% across pages
        // (beside it, a chart made the sheet print fitted to one page wide, the table at about 5 pt)
        int chartRow = r + 1;
        for (int t = 0; t < tornadoes.size(); t++) {
            CellResult cell = charted.get(t);
            int first = tornadoes.get(t)[0], bars = tornadoes.get(t)[1];
            // two rows a bar plus title, axis and legend: two inputs should not get a poster
            int height = Math.max(14, 8 + 2 * bars);
            sheet.setRowBreak(chartRow - 1);
            XSSFChart chart = XddfCharts.chart(sheet, 0, chartRow, CHART_COLS, chartRow + height,
                    "Tornado: " + cell.architecture() + ", " + cell.phase()
                            + String.format(Locale.ROOT, " (nominal $%,.0f)", cell.nominalUsd()));
            ResultCharts.tornado(chart, sheet, HEADER_ROW, first, first + bars - 1, INPUT_COL, LOW_CHANGE_COL, HIGH_CHANGE_COL);
            chartRow += height + 1;
        }
        ResultSheets.fitToWidth(sheet);
    }

    private static void row(XSSFSheet sheet, Styles styles, ResultStyles local, int r, int rank, double nominal, Sensitivity s) {
        Cells.text(sheet, r, 0, s.phase(), styles.text);
        Cells.text(sheet, r, 1, s.architecture(), styles.text);
        Cells.number(sheet, r, 2, rank, local.centredInteger);
        Cells.text(sheet, r, INPUT_COL, s.input(), styles.text);
        Cells.text(sheet, r, 4, s.key(), styles.text);
        Cells.number(sheet, r, 5, nominal, styles.dollars);
        Cells.number(sheet, r, LOW_COL, s.lowUsd(), styles.dollars);
        Cells.number(sheet, r, HIGH_COL, s.highUsd(), styles.dollars);
        Cells.number(sheet, r, SWING_COL, s.swing(), styles.dollars);
        Cells.number(sheet, r, LOW_CHANGE_COL, s.lowUsd() - nominal, styles.dollars);
        Cells.number(sheet, r, HIGH_CHANGE_COL, s.highUsd() - nominal, styles.dollars);
        Cells.number(sheet, r, 11, s.rankCorrelation(), local.correlation);
        Cells.number(sheet, r, 12, s.varianceShare(), styles.percent);
    }
}
