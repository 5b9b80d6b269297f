package io.agentcost.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The warnings of the results on screen in a panel under the answer: a title with their number and every warning
 * on its own line (a tooltip hid all but two). Up to three lines show at once; more scroll inside the panel, so the
 * comparison table keeps its place. Hidden when there is nothing to warn of.
 */
final class WarningsPanel {

    /** Warning lines shown before the panel scrolls. */
    static final int SHOWN = 3;
    /** The height of a line of warning text, in pixels. */
    private static final double LINE = 19;

    private WarningsPanel() {
    }

    static Parent of(ObservableValue<List<String>> warnings) {
        Label title = new Label();
        title.setId("warnings-title");
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: #6b4e00;");
        VBox lines = new VBox(2);
        lines.setId("warnings");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: #fff8e1;");
        VBox panel = new VBox(2, title, scroll);
        panel.setId("warnings-panel");
        panel.setStyle("-fx-background-color: #fff8e1; -fx-border-color: #e0b94f; -fx-border-radius: 3; -fx-background-radius: 3;"
                + " -fx-padding: 4 8 4 8;");
        Runnable fill = () -> {
            List<String> all = warnings.getValue() == null ? List.of() : warnings.getValue();
            title.setText("⚠ " + all.size() + (all.size() == 1 ? " warning" : " warnings") + " about these results");
            lines.getChildren().setAll(all.stream().map(WarningsPanel::line).toList());
            panel.setVisible(!all.isEmpty());
            panel.setManaged(!all.isEmpty());
        };
        // as tall as the warnings as they wrap, up to about SHOWN lines; beyond, the panel scrolls
        var height = Bindings.min(lines.heightProperty(), SHOWN * LINE + 4);
        scroll.prefViewportHeightProperty().bind(height);
        scroll.minViewportHeightProperty().bind(height);
        warnings.addListener((o, a, b) -> fill.run());
        fill.run();
        panel.setMinHeight(Region.USE_PREF_SIZE);
        return panel;
    }

    private static Label line(String warning) {
        Label l = new Label("• " + warning);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setStyle("-fx-text-fill: #4a3600;");
        return l;
    }
}
