package io.agentcost.ui;

import io.agentcost.app.ActualsReport;
import io.agentcost.ui.charts.Charts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** The Compare with actuals… window: the export and options, the actual on the plan's S-curve, rows per service and agent, unknown usage types. */
final class ActualsView {

    private final ActualsViewModel vm;
    private final VBox root;
    final TextField costs = new TextField();
    final TextField month = new TextField();
    final TextField agentTag = new TextField();
    final ComboBox<String> phase = new ComboBox<>();
    final ComboBox<String> architecture = new ComboBox<>();
    final Button compare = new Button("Compare");
    final ChartViewer chart = new ChartViewer(null);
    final TableView<ActualsViewModel.Row> table = new TableView<>();
    final ListView<String> unknown = new ListView<>();
    final Label headline = new Label();
    final Label message = new Label();

    ActualsView(ActualsViewModel vm) {
        this.vm = vm;
        costs.setId("actuals-file");
        costs.setEditable(false);
        costs.setPromptText("a CUR 2.0, legacy CUR or Cost Explorer CSV export (plain or gzip)");
        costs.textProperty().bind(Bindings.createStringBinding(() -> vm.costsProperty().get() == null ? "" : vm.costsProperty().get().toString(),
                vm.costsProperty()));
        Button file = new Button("File…");
        file.setId("actuals-choose");
        file.setOnAction(e -> chooseFile());
        month.setId("actuals-month");
        month.setPromptText("latest in the export");
        month.setPrefColumnCount(8);
        month.textProperty().bindBidirectional(vm.monthProperty());
        month.setTooltip(new Tooltip("The month to compare, such as 2026-11"));
        agentTag.setId("actuals-agent-tag");
        agentTag.setPromptText("none");
        agentTag.setPrefColumnCount(10);
        agentTag.textProperty().bindBidirectional(vm.agentTagProperty());
        agentTag.setTooltip(new Tooltip("Cost-allocation tag naming the agent (user:KEY or KEY): a row per agent"));
        phase.setId("actuals-phase");
        phase.setItems(vm.phases());
        phase.valueProperty().bindBidirectional(vm.phaseProperty());
        phase.setTooltip(new Tooltip("Automatic: the month's phase by start_month and the timeline, or the only phase"));
        architecture.setId("actuals-architecture");
        architecture.setItems(vm.architectures());
        architecture.valueProperty().bindBidirectional(vm.architectureProperty());
        architecture.setTooltip(new Tooltip("The architecture the bill is for (automatic: the only one)"));
        compare.setId("actuals-compare");
        compare.setDefaultButton(true);
        compare.disableProperty().bind(vm.canRunProperty().not());
        compare.setOnAction(e -> vm.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.runningProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Cost export"), costs, file);
        GridPane.setHgrow(costs, Priority.ALWAYS);
        HBox options = new HBox(8, new Label("Month"), month, new Label("Agent tag"), agentTag, new Label("Phase"), phase,
                new Label("Architecture"), architecture, compare, busy);
        options.setAlignment(Pos.CENTER_LEFT);
        form.add(options, 1, 1, 2, 1);

        headline.setId("actuals-headline");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.setStyle("-fx-font-weight: bold;");

        chart.setId("actuals-chart");
        chart.setPrefSize(560, 320);
        vm.reportProperty().addListener((o, a, r) -> chart.setChart(r == null ? null : chartOf(r)));

        table.setId("actuals-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("Choose an export and Compare: each service and agent appears here with its percentile"));
        table.getColumns().setAll(List.of(
                // "Actual at" wide enough for "below every simulated draw" whole (decision 0030)
                TextColumns.of("", 56, ActualsViewModel.Row::kind), TextColumns.of("Service / agent", 120, ActualsViewModel.Row::name),
                TextColumns.of("Actual", 86, ActualsViewModel.Row::actual), TextColumns.of("Actual at", 205, ActualsViewModel.Row::at),
                TextColumns.of("Plan P10", 86, ActualsViewModel.Row::p10), TextColumns.of("Plan P50", 86, ActualsViewModel.Row::p50),
                TextColumns.of("Plan P90", 86, ActualsViewModel.Row::p90), TextColumns.of("Lines behind the gap", 520, ActualsViewModel.Row::lines)));

        unknown.setId("actuals-unknown");
        unknown.setItems(vm.unknown());
        unknown.setPlaceholder(new Label("No unknown usage types"));
        unknown.setPrefHeight(90);
        Label unknownTitle = new Label("Usage types no component of the plan bills (in the total, not per service), and lines not compared");

        SplitPane top = new SplitPane(chart, table);
        top.setDividerPositions(0.42);
        VBox.setVgrow(top, Priority.ALWAYS);

        message.setId("actuals-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.styleProperty().bind(Bindings.when(vm.failedProperty()).then("-fx-text-fill: #b00020;").otherwise(""));

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (close.getScene() != null) close.getScene().getWindow().hide();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, close);

        root = new VBox(8, form, headline, top, unknownTitle, unknown, message, buttons);
        root.setPadding(new Insets(12));
    }

    Parent root() {
        return root;
    }

    static JFreeChart chartOf(ActualsReport r) {
        ActualsReport.Row t = r.total();
        return Charts.actualOnSCurve(r.scurve(), t.actualUsd(), t.placement().label(), "Actual " + r.month() + " on the plan's S-curve ("
                + r.phase() + ")");
    }

    private void chooseFile() {
        FileChooser c = new FileChooser();
        c.setTitle("Cost export (CUR 2.0, CUR or Cost Explorer CSV)");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Cost exports (*.csv, *.csv.gz, *.gz)", "*.csv", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path p = vm.costsProperty().get();
        if (p != null && p.getParent() != null && Files.isDirectory(p.getParent())) c.setInitialDirectory(p.getParent().toFile());
        File f = c.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) vm.costsProperty().set(f.toPath());
    }

    /** Opens the window (not modal). */
    static Stage show(Window owner, ActualsViewModel vm) {
        Stage stage = new Stage();
        stage.setTitle("agentcost — compare with actuals");
        if (owner != null) stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setScene(new Scene(new ActualsView(vm).root(), 1200, 680));
        stage.show();
        return stage;
    }
}
