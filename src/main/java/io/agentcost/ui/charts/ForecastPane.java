package io.agentcost.ui.charts;

import io.agentcost.simulation.ForecastResult;
import java.awt.Color;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** A forecast chart with a tick box per architecture for its P10–P90 band, bound to a {@link BandChoice}. */
public final class ForecastPane {

    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer(null);
    private final FlowPane boxes = new FlowPane(10, 4);
    private final BandChoice choice;
    private final BiFunction<ForecastResult, Set<String>, JFreeChart> chart;

    public ForecastPane(BandChoice choice, BiFunction<ForecastResult, Set<String>, JFreeChart> chart) {
        this.choice = choice;
        this.chart = chart;
        boxes.setAlignment(Pos.CENTER_LEFT);
        boxes.setPadding(new Insets(4, 6, 4, 6));
        root.setTop(boxes);
        root.setCenter(viewer);
        choice.forecastProperty().addListener((o, a, b) -> refresh());
        choice.bandsProperty().addListener((o, a, b) -> refresh());
    }

    public BorderPane root() {
        return root;
    }

    private void refresh() {
        ForecastResult f = choice.forecastProperty().get();
        if (f == null) return;
        Set<String> bands = choice.bandsProperty().get();
        Label title = new Label("P10–P90 band of:");
        title.setTooltip(new Tooltip("In 80% of the simulated runs the cost lies inside the band; every architecture's median (P50) is drawn"));
        boxes.getChildren().setAll(title);
        for (int i = 0; i < choice.architectures().size(); i++) {
            String name = choice.architectures().get(i);
            CheckBox box = new CheckBox(name);
            box.setId("band-" + name);
            // an underscore in an architecture's name is not a keyboard shortcut
            box.setMnemonicParsing(false);
            box.setSelected(bands.contains(name));
            Color c = Charts.PALETTE[i % Charts.PALETTE.length];
            box.setStyle(String.format("-fx-text-fill: rgb(%d,%d,%d);", c.getRed(), c.getGreen(), c.getBlue()));
            box.selectedProperty().addListener((o, a, on) -> choice.set(name, on));
            boxes.getChildren().add(box);
        }
        viewer.setChart(chart.apply(f, bands));
    }
}
