package io.agentcost.ui;

import io.agentcost.report.Format;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The comparison grid: one row per phase, one column per architecture, the cheapest marked. Binds to its view model only. */
public final class ComparisonView {

    private final BorderPane root = new BorderPane();

    public ComparisonView(ComparisonViewModel vm) {
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label subtitle = new Label("Nominal monthly cost in USD (every input at its median) per phase and architecture; ★ marks the cheapest in each phase.");
        TableView<ComparisonViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("comparison");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(30);
        // as tall as its rows: the grid is a summary, not a list to scroll
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(vm.rows()).multiply(30).add(34));
        table.setPlaceholder(new Label("No results"));
        vm.architectures().addListener((ListChangeListener<String>) c -> columns(table, vm));
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("problems");
        problems.setPrefHeight(120);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox top = new VBox(4, title, subtitle);
        top.setPadding(new Insets(12));
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(6, 12, 6, 12));
        VBox center = new VBox(8, problems, table);
        center.setPadding(new Insets(0, 12, 0, 12));
        Label next = new Label("Line items: ./agentcost estimate FILE. The scenario editor, Monte Carlo bands and charts come with the desktop app.");
        next.setStyle("-fx-text-fill: #666;");
        center.getChildren().add(next);
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(status);
    }

    private static void columns(TableView<ComparisonViewModel.Row> table, ComparisonViewModel vm) {
        table.getColumns().clear();
        TableColumn<ComparisonViewModel.Row, String> phase = new TableColumn<>("Phase");
        phase.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phase()));
        phase.setPrefWidth(110);
        phase.setStyle("-fx-alignment: CENTER-LEFT;");
        phase.setMinWidth(90);
        table.getColumns().add(phase);
        for (int i = 0; i < vm.architectures().size(); i++) {
            int index = i;
            String name = vm.architectures().get(i);
            TableColumn<ComparisonViewModel.Row, String> col = new TableColumn<>(name);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(Format.money(c.getValue().totals().get(index))
                    + (name.equals(c.getValue().cheapest()) ? " ★" : "")));
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
            col.setPrefWidth(150);
            col.setMinWidth(120);
            table.getColumns().add(col);
        }
    }

    public Parent root() {
        return root;
    }
}
