package io.agentcost.ui.charts;

import io.agentcost.model.Budget;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.SharedBins;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The result charts, built from simulation results: titles, dollar axes, legends and tooltips on every one. */
public final class Charts {

    private Charts() {
    }

    /** One colour per architecture, in order (Tableau 10, distinguishable and print-safe). */
    public static final Color[] PALETTE = {new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
            new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};
    /**
     * For stacked parts: the palette above, then ten darker colours, so that up to 20 services or categories (an
     * architecture has up to 17 components, plus people, licence and custom lines) never share a colour, as Bedrock
     * and SageMaker did when the 11th part wrapped round to the first.
     */
    static final Color[] PARTS = concat(PALETTE, new Color(0x003F5C), new Color(0xA05195), new Color(0x665191), new Color(0x2F4B7C),
            new Color(0xD45087), new Color(0x1B9E77), new Color(0xFF7C43), new Color(0x7570B3), new Color(0x8C6D31), new Color(0x393B79));

    private static Color[] concat(Color[] first, Color... more) {
        Color[] out = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, out, first.length, more.length);
        return out;
    }

    static NumberFormat dollars() {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMaximumFractionDigits(0);
        return f;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        // room for half a tick label past the axis's end
        chart.setPadding(new RectangleInsets(4, 4, 4, 18));
        chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 14));
        if (chart.getLegend() != null) chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 11));
    }

    /** White plot with light grid lines: the look of every XY chart here. */
    private static JFreeChart styled(JFreeChart chart, XYPlot plot) {
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        return chart;
    }

    /** Money ticks as $12k, $1.2M: full dollars stay in the tooltips. */
    private static void moneyAxis(NumberAxis axis) {
        axis.setNumberFormatOverride(Money.axisFormat());
        axis.setAutoRangeIncludesZero(false);
    }

    private static void budgetMarkers(XYPlot plot, Budget budget, boolean vertical) {
        if (budget.monthlyUsd() != null) addMarker(plot, budget.monthlyUsd(), "budget", new Color(0x2E7D32), vertical, true);
        // the kill switch is labelled at the bottom so the two labels never overlap
        if (budget.killSwitchUsd() != null) addMarker(plot, budget.killSwitchUsd(), "kill switch", new Color(0xC62828), vertical, false);
    }

    private static void addMarker(XYPlot plot, double value, String label, Color colour, boolean vertical, boolean top) {
        ValueMarker m = new ValueMarker(value, colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0));
        m.setLabel(label + " " + Money.compact(value));
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        if (vertical) plot.addDomainMarker(m, Layer.FOREGROUND);
        else plot.addRangeMarker(m, Layer.FOREGROUND);
    }

    /**
     * Histogram of each architecture's monthly cost in one phase, overlaid as step lines on shared bins, as the
     * share of its draws in each bin: the same scale for all, so a narrow distribution stands taller than a wide
     * one. Draws beyond the axis are said under the chart, never piled into the end bins ({@link SharedBins}).
     */
    public static JFreeChart distribution(SimulationResult r, String phase, Budget budget) {
        return distribution(r, phase, budget, null);
    }

    /**
     * The same on bins shared with {@code alsoBinned} too (the pinned baseline, whose curves are overlaid: shares per bin
     * compare only on the same bins); its architectures are not drawn.
     */
    public static JFreeChart distribution(SimulationResult r, String phase, Budget budget, SimulationResult alsoBinned) {
        SharedBins all = sharedBins(r, phase, alsoBinned);
        List<String> drawn = cells(r, phase).stream().map(SimulationResult.CellResult::architecture).toList();
        SharedBins bins = all.only(drawn);
        XYSeriesCollection data = new XYSeriesCollection();
        double[] edges = bins.edges();
        for (SharedBins.Series s : bins.series()) {
            XYSeries series = new XYSeries(s.architecture(), false);
            // closed at both ends: up from zero at the first edge, down to zero at the last
            series.add(edges[0], 0);
            for (int b = 0; b < s.shares().length; b++) series.add(edges[b], 100 * s.shares()[b]);
            series.add(edges[edges.length - 1], 0);
            data.addSeries(series);
        }
        // vertical axis labels short enough for the plot's height at 1280×800 (longer ones were cut off at the top)
        JFreeChart chart = ChartFactory.createXYLineChart("Monthly cost distribution — " + phase, "Monthly cost (USD per month)",
                "% of draws per " + Money.compact(bins.width()) + " bin", data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {2}% of draws from {1}", Money.axisFormat(),
                new DecimalFormat("0.0")));
        colour(renderer, data.getSeriesCount());
        plot.setRenderer(renderer);
        moneyAxis((NumberAxis) plot.getDomainAxis());
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("0.#'%'"));
        budgetMarkers(plot, budget, true);
        List<String> beyond = bins.beyondAxis(Money::compact);
        if (!beyond.isEmpty()) chart.addSubtitle(note("Not on the axis — " + String.join("; ", beyond)));
        return styled(chart, plot);
    }

    /** A line of small print under the plot, wrapped to the chart's width. */
    private static TextTitle note(String text) {
        TextTitle t = new TextTitle(text, new Font("SansSerif", Font.PLAIN, 11));
        t.setPosition(RectangleEdge.BOTTOM);
        t.setPaint(new Color(0x8A4B00));
        t.setPadding(new RectangleInsets(4, 8, 2, 8));
        return t;
    }

    /** S-curve: P(monthly cost ≤ x) for each architecture, with the budget and kill switch. */
    public static JFreeChart sCurve(SimulationResult r, String phase, Budget budget) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SimulationResult.CellResult c : cells(r, phase)) {
            XYSeries series = new XYSeries(c.architecture(), false);
            double[] curve = c.total().scurve();
            for (int k = 0; k < curve.length; k++) series.add(curve[k], k);
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Chance the month costs at most x — " + phase, "Monthly cost x (USD per month)",
                "% of draws costing ≤ x", data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {2}% of draws cost at most {1}", Money.axisFormat(),
                NumberFormat.getIntegerInstance(Locale.US)));
        colour(renderer, data.getSeriesCount());
        plot.setRenderer(renderer);
        moneyAxis((NumberAxis) plot.getDomainAxis());
        // the distribution's axis, so the two tabs read alike; one largest draw no longer squeezes every curve left
        SharedBins bins = sharedBins(r, phase);
        if (bins.edges().length > 1) plot.getDomainAxis().setRange(bins.edges()[0], bins.edges()[bins.edges().length - 1]);
        List<String> beyond = bins.beyondAxis(Money::compact);
        if (!beyond.isEmpty()) chart.addSubtitle(note("Not on the axis — " + String.join("; ", beyond)));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("0'%'"));
        budgetMarkers(plot, budget, true);
        return styled(chart, plot);
    }

    /**
     * A month's actual bill on the plan's S-curve (issue 18): the simulated total at 0%, 1%, …, 100% and a vertical line
     * at the actual, labelled with the percentile it falls at; the axis widens to show an actual beyond every draw.
     */
    public static JFreeChart actualOnSCurve(double[] scurve, double actual, String percentile, String title) {
        XYSeries series = new XYSeries("plan (simulated)", false);
        for (int k = 0; k < scurve.length; k++) series.add(scurve[k], 100.0 * k / (scurve.length - 1));
        XYSeriesCollection data = new XYSeriesCollection(series);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Monthly cost x (USD per month)", "Share of draws costing at most x (%)",
                data, PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{1}: {2}% of draws cost at most this", Money.axisFormat(),
                NumberFormat.getIntegerInstance(Locale.US)));
        plot.setRenderer(renderer);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        moneyAxis(x);
        double lo = Math.min(scurve[0], actual), hi = Math.max(scurve[scurve.length - 1], actual);
        double pad = Math.max((hi - lo) * 0.05, Math.max(Math.abs(hi), 1) * 0.01);
        x.setRange(lo - pad, hi + pad);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("0'%'"));
        Color colour = new Color(0xC62828);
        ValueMarker m = new ValueMarker(actual, colour, new BasicStroke(2f));
        m.setLabel("actual " + Money.compact(actual) + " — " + percentile);
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelFont(new Font("SansSerif", Font.BOLD, 12));
        // the label on the side with more room
        boolean right = actual <= (lo + hi) / 2;
        m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(m, Layer.FOREGROUND);
        return styled(chart, plot);
    }

    /** Mean monthly cost by category (or service) stacked per architecture. Means add up to the mean total. */
    public static JFreeChart breakdown(SimulationResult r, String phase, String prefix) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SimulationResult.CellResult c : cells(r, phase)) {
            for (Map.Entry<String, Summary> e : c.breakdown().entrySet()) {
                if (e.getKey().startsWith(prefix)) data.addValue(e.getValue().mean(), e.getKey().substring(prefix.length()), c.architecture());
            }
        }
        String what = prefix.startsWith("category") ? "category" : "service";
        JFreeChart chart = ChartFactory.createStackedBarChart("Mean monthly cost by " + what + " — " + phase, "Architecture",
                "Mean USD per month", data, PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Money.axisFormat());
        plot.getRenderer().setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} in {1}: {2}", dollars()));
        for (int i = 0; i < data.getRowCount(); i++) plot.getRenderer().setSeriesPaint(i, PARTS[i % PARTS.length]);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        style(chart);
        return chart;
    }

    /**
     * Tornado: the change of the monthly cost with each input at its P10 and at its P90 (others at their medians),
     * the input's two values in its label and the month's cost in each case at the end of its bar.
     */
    public static JFreeChart tornado(Tornado t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Tornado.Bar bar : t.bars()) {
            String label = bar.label(t.phase(), t.architecture(), t.nominal());
            data.addValue(bar.lowUsd() - t.nominal(), LOW, label);
            data.addValue(bar.highUsd() - t.nominal(), HIGH, label);
        }
        JFreeChart chart = ChartFactory.createBarChart("What moves " + t.architecture() + " in " + t.phase() + " (nominal "
                        + Money.compact(t.nominal()) + " a month)", "Input: P10 → P90",
                "Change of the monthly cost from nominal (USD per month)", data, PlotOrientation.HORIZONTAL, true, true, false);
        chart.addSubtitle(note("Each input at its P10, then at its P90, every other input at its median; bars: the change of the"
                + " month's cost from nominal."));
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(Money.axisFormat());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x4E79A7));
        renderer.setSeriesPaint(1, new Color(0xE15759));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}, {0}: change {2}", dollars()));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        // a bar at most about a tenth of the height: two inputs must not make two posters
        CategoryAxis inputs = plot.getDomainAxis();
        inputs.setLowerMargin(0.05);
        inputs.setUpperMargin(0.05);
        inputs.setCategoryMargin(Math.max(0.2, 0.9 - 0.1 * t.bars().size()));
        // the P10 and P90 bars of an input on one row: BarRenderer offsets the second series by its width plus the
        // item margin's share of the gaps, which is zero when the item margin is minus the space the bars take
        renderer.setItemMargin(-(1 - inputs.getLowerMargin() - inputs.getUpperMargin() - inputs.getCategoryMargin()));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.addRangeMarker(new ValueMarker(0, new Color(0x555555), new BasicStroke(1f)));
        style(chart);
        return chart;
    }

    private static final String LOW = "input at its P10";
    private static final String HIGH = "input at its P90";

    /** Monthly cost per architecture: the median of each, the P10–P90 band of those in {@code bands}. */
    public static JFreeChart forecast(ForecastResult f, Set<String> bands) {
        return fan(f, bands, false, "Monthly cost forecast", "USD per month");
    }

    /** Cumulative cost (median, P10–P90 of those in {@code bands}), one-time costs included from month 0. */
    public static JFreeChart cumulative(ForecastResult f, Set<String> bands) {
        return fan(f, bands, true, "Cumulative cost incl. one-time", "Cumulative cost (USD)");
    }

    /**
     * A median line per architecture, over months; the translucent P10–P90 band, edged in the architecture's
     * colour, only for those in {@code bands} (all bands at once pile into one grey mass); break-even months
     * marked inside the plot and said in full under it.
     */
    private static JFreeChart fan(ForecastResult f, Set<String> bands, boolean cumulative, String title, String yLabel) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYSeriesCollection edges = new XYSeriesCollection();
        List<Integer> edged = new ArrayList<>();
        for (int x = 0; x < f.architectures().size(); x++) {
            String name = f.architectures().get(x);
            boolean band = bands.contains(name);
            YIntervalSeries s = new YIntervalSeries(band ? name + " (P50, band P10–P90)" : name + " (P50)");
            XYSeries lo = new XYSeries(name + " P10"), hi = new XYSeries(name + " P90");
            for (ForecastResult.Month m : f.months()) {
                if (!cumulative && m.month() == 0) continue;
                double p10 = cumulative ? m.cumulativeP10()[x] : m.p10()[x];
                double p50 = cumulative ? m.cumulativeP50()[x] : m.p50()[x];
                double p90 = cumulative ? m.cumulativeP90()[x] : m.p90()[x];
                // a band not chosen is drawn with no width: the median alone
                s.add(m.month(), p50, band ? p10 : p50, band ? p90 : p50);
                lo.add(m.month(), p10);
                hi.add(m.month(), p90);
            }
            data.addSeries(s);
            if (band) {
                edges.addSeries(lo);
                edges.addSeries(hi);
                edged.add(x);
                edged.add(x);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title + " — medians, shaded P10–P90 of the architectures ticked above", "Month",
                yLabel, data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.16f);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, month {1}: {2}", NumberFormat.getIntegerInstance(), dollars()));
        colour(renderer, data.getSeriesCount());
        for (int i = 0; i < data.getSeriesCount(); i++) renderer.setSeriesFillPaint(i, PALETTE[i % PALETTE.length]);
        plot.setRenderer(renderer);
        // the band's edges, thin and dashed in the architecture's colour, so overlapping bands stay apart
        XYLineAndShapeRenderer edge = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < edged.size(); i++) {
            edge.setSeriesPaint(i, PALETTE[edged.get(i) % PALETTE.length]);
            edge.setSeriesStroke(i, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{3, 3}, 0));
            edge.setSeriesVisibleInLegend(i, false);
        }
        edge.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, month {1}: {2}", NumberFormat.getIntegerInstance(), dollars()));
        plot.setDataset(1, edges);
        plot.setRenderer(1, edge);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Money.axisFormat());
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        List<ForecastMarks.Mark> marks = ForecastMarks.of(f);
        for (ForecastMarks.Mark m : marks) plot.addDomainMarker(breakEven(m), Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(renderer.getLegendItems());
        if (!marks.isEmpty()) {
            legend.add(new LegendItem("break-even month (median cumulative costs cross)", null, null, null,
                    new Line2D.Double(-7, 0, 7, 0), BREAK_EVEN_STROKE, BREAK_EVEN));
            chart.addSubtitle(note("Break-even (in brackets: the share of runs in which the two cross within the horizon) — "
                    + String.join(". ", marks.stream().map(ForecastMarks.Mark::sentence).toList())));
        }
        plot.setFixedLegendItems(legend);
        return styled(chart, plot);
    }

    private static final Color BREAK_EVEN = new Color(0x555555);
    private static final BasicStroke BREAK_EVEN_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[]{4, 4}, 0);

    /** A dashed line at the month, its short label inside the plot on the side with room, one line per mark from the top. */
    private static ValueMarker breakEven(ForecastMarks.Mark mark) {
        ValueMarker m = new ValueMarker(mark.month(), BREAK_EVEN, BREAK_EVEN_STROKE);
        m.setLabel(mark.label());
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelPaint(Color.BLACK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelAnchor(mark.textLeft() ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(mark.textLeft() ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(4 + 16 * mark.row(), 4, 2, 4));
        return m;
    }

    private static void colour(AbstractXYItemRenderer renderer, int n) {
        for (int i = 0; i < n; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    /** The phase's architectures on one set of bins, from their S-curves. */
    static SharedBins sharedBins(SimulationResult r, String phase) {
        return sharedBins(r, phase, null);
    }

    private static SharedBins sharedBins(SimulationResult r, String phase, SimulationResult also) {
        List<SimulationResult.CellResult> cells = new ArrayList<>(cells(r, phase));
        if (also != null) cells.addAll(cells(also, phase));
        return SharedBins.of(cells.stream().filter(c -> c.total().scurve().length > 1)
                .map(c -> new SharedBins.Input(c.architecture(), c.total().scurve())).toList());
    }

    private static List<SimulationResult.CellResult> cells(SimulationResult r, String phase) {
        return r.cells().stream().filter(c -> c.phase().equals(phase)).toList();
    }
}
