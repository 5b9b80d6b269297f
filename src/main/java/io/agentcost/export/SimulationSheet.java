package io.agentcost.export;

import static io.agentcost.export.ResultSheets.NAME_WIDTH;
import static io.agentcost.export.ResultSheets.DOLLARS_WIDTH;

import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.SimulationResult.CellResult;
import io.agentcost.simulation.Summary;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Simulation sheet: the statistics of every phase × architecture, the pairwise chances, and the
 * histograms (data of every phase, charts of the last one: the phase a budget is usually decided on).
 */
final class SimulationSheet {

    private static final int FIRST_PERCENTILE_COL = 5;
    private static final int COLUMNS = FIRST_PERCENTILE_COL + Summary.LEVELS.length + 7;

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
        for (int p = 0; p < phases.size(); p++) {
            shared[p] = r;
            r = sharedBins(sheet, styles, sim, phases.get(p), r) + 1;
        }
        for (String phase : phases) r = histogramData(sheet, styles, sim, phase, r) + 1;
        for (int p = 0; p < phases.size(); p++) {
            int at = chartsAt + p * perPage;
            if (p > 0) sheet.setRowBreak(at - 1);
            sharedChart(sheet, styles, sim, phases.get(p), at, shared[p]);
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

    /**
     * Histogram of one phase: each architecture has its own bins (its own P0.5–P99.5 range; a GPU endpoint
     * and a pay-per-token stack share no useful common scale), so each gets a From / To / Count triple.
     * Rows: title, architecture names, column heads, then one row per bin. Returns the row after the block.
     */
    private static int histogramData(XSSFSheet sheet, Styles styles, SimulationResult sim, String phase, int r) {
        Cells.text(sheet, r, 0, "Histogram data: " + phase, styles.title);
        List<CellResult> cells = ResultSheets.cellsOf(sim, phase);
        for (int k = 0; k < cells.size(); k++) {
            int c = 3 * k;
            Cells.text(sheet, r + 1, c, cells.get(k).architecture(), styles.header);
            Cells.text(sheet, r + 1, c + 1, null, styles.header);
            Cells.text(sheet, r + 1, c + 2, null, styles.header);
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, c, c + 2));
            Cells.text(sheet, r + 2, c, "From (USD)", styles.header);
            Cells.text(sheet, r + 2, c + 1, "To (USD)", styles.header);
            Cells.text(sheet, r + 2, c + 2, "Iterations", styles.header);
            double[] edges = cells.get(k).total().histogramEdges();
            long[] counts = cells.get(k).total().histogramCounts();
            for (int b = 0; b < counts.length; b++) {
                Cells.number(sheet, r + 3 + b, c, edges[b], styles.dollars);
                Cells.number(sheet, r + 3 + b, c + 1, edges[b + 1], styles.dollars);
                Cells.number(sheet, r + 3 + b, c + 2, counts[b], styles.integer);
            }
        }
        int bins = cells.stream().mapToInt(x -> x.total().histogramCounts().length).max().orElse(0);
        return r + 3 + bins;
    }

    private static final int SHARED_BINS = 30, SHARED_CHART_COLS = 11, SHARED_CHART_ROWS = 30;

    /** The P0.5 or P99.5 of a cell's S-curve (its sorted sample). */
    private static double quantile(double[] curve, double p) {
        return curve[(int) Math.min(curve.length - 1, Math.max(0, Math.round(p * (curve.length - 1))))];
    }

    /** Share of a sorted sample at or below x. */
    private static double below(double[] curve, double x) {
        int lo = 0, hi = curve.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (curve[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        return (double) lo / curve.length;
    }

    /**
     * Shared bins of one phase: {@value #SHARED_BINS} equal bins from the lowest P0.5 to the highest P99.5 of its
     * architectures, and per architecture the share of its iterations in each bin (from its S-curve, the sorted
     * sample of the run), so the bars of different architectures compare. Returns the row after the block.
     */
    private static int sharedBins(XSSFSheet sheet, Styles styles, SimulationResult sim, String phase, int r) {
        List<CellResult> cells = ResultSheets.cellsOf(sim, phase);
        Cells.text(sheet, r, 0, "Shared-bin histogram data: " + phase + " (share of each architecture's iterations per bin; "
                + "P0.5 to P99.5 of all architectures, the tails beyond are not binned)", styles.title);
        Cells.text(sheet, r + 1, 0, "Bin from (USD)", styles.header);
        Cells.text(sheet, r + 1, 1, "Bin to (USD)", styles.header);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (CellResult c : cells) {
            double[] curve = c.total().scurve();
            if (curve == null || curve.length == 0) continue;
            lo = Math.min(lo, quantile(curve, 0.005));
            hi = Math.max(hi, quantile(curve, 0.995));
        }
        for (int k = 0; k < cells.size(); k++) Cells.text(sheet, r + 1, 2 + k, cells.get(k).architecture(), styles.header);
        if (!(hi > lo)) return r + 2;
        double width = (hi - lo) / SHARED_BINS;
        for (int b = 0; b < SHARED_BINS; b++) {
            double from = lo + b * width, to = b == SHARED_BINS - 1 ? hi : lo + (b + 1) * width;
            Cells.number(sheet, r + 2 + b, 0, from, styles.dollars);
            Cells.number(sheet, r + 2 + b, 1, to, styles.dollars);
            for (int k = 0; k < cells.size(); k++) {
                double[] curve = cells.get(k).total().scurve();
                if (curve == null || curve.length == 0) continue;
                double share = below(curve, to) - (b == 0 ? below(curve, Math.nextDown(from)) : below(curve, from));
                Cells.number(sheet, r + 2 + b, 2 + k, share, styles.percent);
            }
        }
        return r + 2 + SHARED_BINS;
    }

    /** One clustered column chart of the phase's shared bins (block from {@code block}), every architecture a series. */
    private static void sharedChart(XSSFSheet sheet, Styles styles, SimulationResult sim, String phase, int at, int block) {
        List<CellResult> cells = ResultSheets.cellsOf(sim, phase);
        Cells.text(sheet, at, 0, "Histogram of monthly cost: " + phase + " (every architecture over the same bins)", styles.title);
        XSSFChart chart = XddfCharts.chart(sheet, 0, at + 1, SHARED_CHART_COLS, at + 1 + SHARED_CHART_ROWS,
                "Monthly cost, " + phase + ": share of iterations per bin (same bins for all)");
        ResultCharts.sharedHistogram(chart, sheet, block + 1, block + 2, block + 1 + SHARED_BINS, cells.size());
    }

}
