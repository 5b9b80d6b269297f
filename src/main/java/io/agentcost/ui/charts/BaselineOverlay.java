package io.agentcost.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a baseline's curves, dashed, over the current chart (issue 17, point 2). The baseline's chart is built by the
 * same {@link Charts} method as the current one, so its curves are scaled and binned however that method does it; its
 * first dataset is moved onto the current plot in the colour of the same architecture (grey for one only the
 * baseline has), labelled "(baseline)" in the legend.
 */
public final class BaselineOverlay {

    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0);
    private static final Color ONLY_IN_BASELINE = new Color(0x888888);

    private BaselineOverlay() {
    }

    /** Adds {@code baseline}'s first dataset to {@code current} (both XY charts); returns {@code current}. */
    public static JFreeChart over(JFreeChart current, JFreeChart baseline) {
        if (current == null || baseline == null) return current;
        XYPlot plot = current.getXYPlot();
        XYPlot from = baseline.getXYPlot();
        XYDataset data = from.getDataset(0);
        XYItemRenderer renderer = from.getRenderer(0);
        if (data == null || renderer == null) return current;
        XYDataset now = plot.getDataset(0);
        XYItemRenderer nowRenderer = plot.getRenderer(0);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            int same = now == null ? -1 : now.indexOf(data.getSeriesKey(i));
            Paint paint = same < 0 || nowRenderer == null ? ONLY_IN_BASELINE
                    : nowRenderer instanceof AbstractRenderer r ? r.lookupSeriesPaint(same) : nowRenderer.getSeriesPaint(same);
            renderer.setSeriesPaint(i, paint);
            renderer.setSeriesStroke(i, DASHED);
        }
        if (renderer instanceof AbstractXYItemRenderer r) {
            r.setLegendItemLabelGenerator((d, series) -> d.getSeriesKey(series) + " (baseline)");
        }
        int index = plot.getDatasetCount();
        from.setDataset(0, null);
        from.setRenderer(0, null);
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
        // the current curves stay on top of the dashed ones
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return current;
    }
}
