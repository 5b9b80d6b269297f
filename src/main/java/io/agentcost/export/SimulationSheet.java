package io.agentcost.export;

import static io.agentcost.export.ResultSheets.NAME_WIDTH;
import static io.agentcost.export.ResultSheets.DOLLARS_WIDTH;

import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.SimulationResult.CellResult;
import io.agentcost.simulation.SharedBins;
import io.agentcost.simulation.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Simulation sheet: the statistics of every phase × architecture, the pairwise chances, and the
 * histograms of every phase, all architectures on the same bins, with the draws beyond the axis apart.
 */
final class SimulationSheet {

    private static final int FIRST_PERCENTILE_COL = 5;
    private static final int COLUMNS = FIRST_PERCENTILE_COL + Summary.LEVELS.length + 7;
    private static final int SHARED_CHART_ROWS = 30;
    /** Columns A–I, 116 characters: the chart prints whole on the first page of the sheet at 80% (see ResultSheets). */
    private static final int SHARED_CHART_COLS = 9;

    private SimulationSheet() {
    }

    static void write(XSSFSheet sheet, Styles styles, ResultStyles local, SimulationResult sim, String simulatedOn) {
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, NAME_WIDTH);
        for (int c = 2; c < COLUMNS; c++) sheet.setColumnWidth(c, DOLLARS_WIDTH);
        Cells.text(sheet, 0, 0, "Simulation: monthly cost per phase and architecture, as simulated on " + simulatedOn, styles.title);
        ResultSheets.runRecord(sheet, styles, local, 1, sim.run());
        Cells.text(sheet, 3, 0, ResultSheets.simulatedLabel(sim.run(), simulatedOn) + " USD per month. Every architecture is evaluated on the same draws, so differences and "
                + "'cheaper than' chances compare like with like. Nominal: every input at its median. CI: 95% confidence interval.",
                styles.note);
        int header = 5;
        int r = statistics(sheet, styles, sim, header);
        sheet.createFreezePane(2, header + 1);
        for (String w : sim.warnings()) Cells.text(sheet, r++, 0, "Warning: " + w, styles.note);
        r = pairwise(sheet, styles, sim, r + 1);
        List<String> phases = ResultSheets.phases(sim);
        int chartsAt = r + 1;
        // one chart per phase, every architecture over the same bins, each chart on a printed page of its own
        int perPage = SHARED_CHART_ROWS + 2;
        r = chartsAt + phases.size() * perPage;
        sheet.setRowBreak(chartsAt - 1);
        int[] shared = new int[phases.size()];
        List<SharedBins> bins = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            shared[p] = r;
            bins.add(bins(sim, phases.get(p)));
            r = sharedBins(sheet, styles, bins.get(p), phases.get(p), r) + 1;
        }
        for (int p = 0; p < phases.size(); p++) {
            int at = chartsAt + p * perPage;
            if (p > 0) sheet.setRowBreak(at - 1);
            sharedChart(sheet, styles, bins.get(p), phases.get(p), at, shared[p]);
        }
        sheet.setRowBreak(chartsAt + phases.size() * perPage - 1);
        ResultSheets.fitToWidth(sheet);
    }

    /** One row per phase × architecture; returns the next free row. */
    private static int statistics(XSSFSheet sheet, Styles styles, SimulationResult sim, int header) {
        String[] heads = new String[COLUMNS];
        heads[0] = "Phase";
        heads[1] = "Architecture";
        heads[2] = "Nominal";
        heads[3] = "Mean";
        heads[4] = "Standard deviation";
        for (int i = 0; i < Summary.NAMES.length; i++) heads[FIRST_PERCENTILE_COL + i] = Summary.NAMES[i].toUpperCase(Locale.ROOT);
        int c = FIRST_PERCENTILE_COL + Summary.NAMES.length;
        for (String h : List.of("Mean, 95% CI low", "Mean, 95% CI high", "P90, 95% CI low", "P90, 95% CI high",
                "P(over budget)", "P(kill switch trips)", "P(cheapest in phase)")) heads[c++] = h;
        for (int i = 0; i < COLUMNS; i++) Cells.text(sheet, header, i, heads[i], styles.header);
        sheet.getRow(header).setHeightInPoints(32);
        int r = header + 1;
        for (CellResult cell : sim.cells()) {
            Summary s = cell.total();
            Cells.text(sheet, r, 0, cell.phase(), styles.text);
            Cells.text(sheet, r, 1, cell.architecture(), styles.text);
            Cells.number(sheet, r, 2, cell.nominalUsd(), styles.dollars);
            Cells.number(sheet, r, 3, s.mean(), styles.dollars);
            Cells.number(sheet, r, 4, s.sd(), styles.dollars);
            for (int i = 0; i < s.percentiles().length; i++) Cells.number(sheet, r, FIRST_PERCENTILE_COL + i, s.percentiles()[i], styles.dollars);
            c = FIRST_PERCENTILE_COL + s.percentiles().length;
            Cells.number(sheet, r, c++, s.meanLow(), styles.dollars);
            Cells.number(sheet, r, c++, s.meanHigh(), styles.dollars);
            Cells.number(sheet, r, c++, s.p90Low(), styles.dollars);
            Cells.number(sheet, r, c++, s.p90High(), styles.dollars);
            chance(sheet, styles, r, c++, cell.pExceedBudget(), "no budget");
            chance(sheet, styles, r, c++, cell.pKillSwitch(), "no kill switch");
            Cells.number(sheet, r, c, cell.pCheapest(), styles.percent);
            r++;
        }
        return r;
    }

    /** A probability, or why there is none (a blank would read as "not computed"). */
    private static void chance(XSSFSheet sheet, Styles styles, int r, int c, Double p, String none) {
        if (p == null) Cells.text(sheet, r, c, none, styles.note);
        else Cells.number(sheet, r, c, p, styles.percent);
    }

    private static int pairwise(XSSFSheet sheet, Styles styles, SimulationResult sim, int r) {
        Cells.text(sheet, r++, 0, "Chance that A costs less than B in the same month (same draws)", styles.title);
        String[] heads = {"Phase", "A", "B", "P(A cheaper than B)"};
        for (int i = 0; i < heads.length; i++) Cells.text(sheet, r, i, heads[i], styles.header);
        sheet.getRow(r).setHeightInPoints(32);
        r++;
        for (SimulationResult.Pairwise p : sim.pairwise()) {
            Cells.text(sheet, r, 0, p.phase(), styles.text);
            Cells.text(sheet, r, 1, p.a(), styles.text);
            Cells.text(sheet, r, 2, p.b(), styles.text);
            Cells.number(sheet, r, 3, p.pACheaper(), styles.percent);
            r++;
        }
        return r;
    }

    /** The phase's architectures on shared bins, from each one's S-curve (as the app's charts, decision 0019). */
    private static SharedBins bins(SimulationResult sim, String phase) {
        return SharedBins.of(ResultSheets.cellsOf(sim, phase).stream().filter(c -> c.total().scurve().length > 1)
                .map(c -> new SharedBins.Input(c.architecture(), c.total().scurve())).toList());
    }

    /**
     * The histogram data of one phase: every architecture over the same round bins, from the lowest P1 to the highest
     * P99, as the share of its draws in each bin; the draws beyond either end in two rows of their own, never in the end
     * bins (where they made a bump that was not there). Rows: title, header, the bins, below, above. Returns the row
     * after the block.
     */
    private static int sharedBins(XSSFSheet sheet, Styles styles, SharedBins bins, String phase, int r) {
        Cells.text(sheet, r, 0, "Histogram data: " + phase + " (share of each architecture's draws per bin, all on the same bins from"
                + " the lowest P1 to the highest P99; the draws beyond are in the last two rows, not in the end bins)", styles.title);
        Cells.text(sheet, r + 1, 0, "Bin from (USD)", styles.header);
        Cells.text(sheet, r + 1, 1, "Bin to (USD)", styles.header);
        List<SharedBins.Series> series = bins.series();
        for (int k = 0; k < series.size(); k++) Cells.text(sheet, r + 1, 2 + k, series.get(k).architecture(), styles.header);
        double[] edges = bins.edges();
        int n = Math.max(0, edges.length - 1);
        for (int b = 0; b < n; b++) {
            Cells.number(sheet, r + 2 + b, 0, edges[b], styles.dollars);
            Cells.number(sheet, r + 2 + b, 1, edges[b + 1], styles.dollars);
            for (int k = 0; k < series.size(); k++) Cells.number(sheet, r + 2 + b, 2 + k, series.get(k).shares()[b], styles.percent);
        }
        int below = r + 2 + n;
        if (n > 0) {
            Cells.text(sheet, below, 0, "At or below " + dollars(edges[0]), styles.note);
            Cells.text(sheet, below + 1, 0, "Above " + dollars(edges[n]), styles.note);
            for (int k = 0; k < series.size(); k++) {
                Cells.number(sheet, below, 2 + k, series.get(k).below(), styles.percent);
                Cells.number(sheet, below + 1, 2 + k, series.get(k).above(), styles.percent);
            }
        }
        return below + 2;
    }

    private static String dollars(double usd) {
        return String.format(Locale.ROOT, "$%,.0f", usd);
    }

    /**
     * One clustered column chart of the phase's shared bins (block from {@code block}), every architecture a series; the
     * draws beyond the axis said in a line under it.
     */
    private static void sharedChart(XSSFSheet sheet, Styles styles, SharedBins bins, String phase, int at, int block) {
        Cells.text(sheet, at, 0, "Histogram of monthly cost: " + phase + " (every architecture over the same bins)", styles.title);
        int bottom = at + 1 + SHARED_CHART_ROWS;
        List<String> beyond = bins.beyondAxis(SimulationSheet::dollars);
        // wrapped within the chart's columns: a line running on to the right would print a page of its own
        Cells.text(sheet, bottom, 0, beyond.isEmpty() ? "Every draw is on the axis." : "Not on the axis: " + String.join("; ", beyond) + ".",
                styles.wrapNote);
        sheet.addMergedRegion(new CellRangeAddress(bottom, bottom, 0, SHARED_CHART_COLS - 1));
        Cells.row(sheet, bottom).setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        if (bins.edges().length < 2) return;
        XSSFChart chart = XddfCharts.chart(sheet, 0, at + 1, SHARED_CHART_COLS, bottom,
                "Monthly cost, " + phase + ": share of draws per " + dollars(bins.width()) + " bin (same bins for all)");
        ResultCharts.sharedHistogram(chart, sheet, block + 1, block + 2, block + bins.edges().length, bins.series().size());
    }

}
