package io.agentcost.ui;

import io.agentcost.model.WorkloadKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The inputs table and the distribution editor; binds to {@link InputsViewModel}. */
public final class InputsView {

    private final VBox root = new VBox(8);
    final TableView<InputsViewModel.Row> table = new TableView<>();
    final ComboBox<InputsViewModel.Form> form = new ComboBox<>();
    final CheckBox varies = new CheckBox("varies between conversations");
    final TextField[] fields = {new TextField(), new TextField(), new TextField()};
    final Button apply = new Button("Apply to the scenario");
    final ValidationSupport validation;

    public InputsView(InputsViewModel vm) {
        table.setId("inputs");
        table.setItems(vm.rows());
        // the human name in the cell, the key path (as in the YAML), its meaning and unit in the tooltip
        TableColumn<InputsViewModel.Row, String> input = column("Input", "What the input is; hover for its key in the YAML,"
                + " what it means and its unit", r -> InputLabels.of(r.site()), 190);
        input.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                InputsViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : wrapped(InputLabels.tooltip(row.site())));
            }
        });
        table.getColumns().add(input);
        table.getColumns().add(column("As written", "The value or distribution as the YAML has it", r -> r.site().text(), 105));
        table.getColumns().add(column("Low\nP10", "P10: 10% of months have a value below this", InputsViewModel.Row::p10, 64));
        table.getColumns().add(column("Median\nP50", "P50: half of the months are below this", InputsViewModel.Row::p50, 64));
        table.getColumns().add(column("High\nP90", "P90: 90% of months are below this", InputsViewModel.Row::p90, 64));
        // a {varies: D} is no uncertainty of the month's average: its mean and P10–P90 over conversations go here instead
        table.getColumns().add(column("Varies:\nmean (P10–P90)", "For {varies: D}: how conversations differ within a month (the"
                + " mean over D and its P10–P90); the month's cost uses the mean", InputsViewModel.Row::between, 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) vm.selectedProperty().set(row.site());
        });
        Label editing = new Label();
        editing.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? "Select an input to edit its value or distribution"
                : "Editing " + InputLabels.of(vm.selectedProperty().get()) + " — " + vm.selectedProperty().get().path()
                        + (vm.selectedProperty().get().unit().isEmpty() ? ""
                : " (" + vm.selectedProperty().get().unit() + ", " + vm.selectedProperty().get().range().text() + ")"), vm.selectedProperty()));
        editing.setStyle("-fx-font-weight: bold;");
        // a narrow pane wraps these instead of cutting them to "Select an input to edit its value or…"
        editing.setWrapText(true);
        editing.setMinHeight(Label.USE_PREF_SIZE);
        form.setId("form");
        form.setTooltip(new Tooltip("How the value is given: a plain number, or a distribution of what it may be (uniform,"
                + " triangular, PERT, normal, lognormal, three percentiles, discrete values)"));
        form.getItems().setAll(InputsViewModel.Form.values());
        form.valueProperty().bindBidirectional(vm.formProperty());
        // budget, hours, counts and price overrides are plain numbers: no distribution to choose
        form.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().numberOnly(), vm.selectedProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        // {varies: D}: the same forms describe D, how conversations differ within a month (SPEC §12)
        varies.setId("varies");
        varies.selectedProperty().bindBidirectional(vm.variesProperty());
        varies.disableProperty().bind(vm.canVaryProperty().not());
        varies.setTooltip(new Tooltip("Conversations (turns, for calls per turn) differ as this distribution within the month;"
                + " the month's cost is the mean over it, computed once. Only turns_per_conversation and llm_calls_per_turn."));
        Label formLabel = new Label("Form");
        formLabel.setMinWidth(Label.USE_PREF_SIZE);
        form.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(0, formLabel, formRow(form, varies));
        Label[] names = new Label[3];
        validation = new ValidationSupport();
        for (int i = 0; i < 3; i++) {
            int index = i;
            names[i] = new Label();
            names[i].setMinWidth(Label.USE_PREF_SIZE);
            fields[i].setId("parameter" + i);
            fields[i].textProperty().bindBidirectional(vm.parameter(i));
            grid.addRow(i + 1, names[i], fields[i]);
            // the loader's message decorates the fields: the same words as the CLI and the problems list
            validation.registerValidator(fields[i], false, (c, v) -> {
                List<String> params = vm.formProperty().get().parameters();
                boolean used = index < params.size();
                return ValidationResult.fromMessageIf(c, vm.problemProperty().get(), Severity.ERROR,
                        used && vm.selectedProperty().get() != null && !vm.problemProperty().get().isEmpty());
            });
        }
        Runnable relabel = () -> {
            List<String> params = vm.formProperty().get().parameters();
            for (int i = 0; i < 3; i++) {
                boolean used = i < params.size();
                names[i].setText(used ? params.get(i) : "");
                names[i].setTooltip(used ? wrapped(PARAMETERS.getOrDefault(params.get(i), params.get(i))) : null);
                fields[i].setTooltip(names[i].getTooltip());
                names[i].setVisible(used);
                fields[i].setVisible(used);
            }
        };
        vm.formProperty().addListener((o, a, b) -> relabel.run());
        relabel.run();
        vm.problemProperty().addListener((o, a, b) -> validation.revalidate());
        Label problem = new Label();
        problem.setId("input-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setStyle("-fx-text-fill: #b71c1c;");
        problem.setWrapText(true);
        Label summary = new Label();
        summary.setId("input-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        y.setTickLabelsVisible(false);
        y.setTickMarkVisible(false);
        AreaChart<Number, Number> preview = new AreaChart<>(x, y);
        preview.setLegendVisible(false);
        preview.setCreateSymbols(false);
        preview.setAnimated(false);
        preview.setPrefHeight(150);
        preview.titleProperty().bind(vm.shapeTitleProperty());
        vm.distributionProperty().addListener((o, a, d) -> {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            for (double[] p : vm.shape()) s.getData().add(new XYChart.Data<>(p[0], p[1]));
            preview.getData().setAll(List.of(s));
        });
        apply.setId("apply");
        apply.disableProperty().bind(vm.distributionProperty().isNull().or(vm.selectedProperty().isNull()));
        apply.setOnAction(e -> vm.apply());
        root.getChildren().addAll(table, overrideRow(vm), editing, grid, summary, problem, preview, apply);
        // -Dagentcost.ui.input=workload.turns_per_conversation selects an input (screenshots in docs/)
        String start = System.getProperty("agentcost.ui.input");
        if (start != null) vm.rows().addListener((javafx.collections.ListChangeListener<InputsViewModel.Row>) c -> {
            if (vm.selectedProperty().get() == null) vm.rows().stream().filter(r -> r.site().path().equals(start)).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    public Parent root() {
        return root;
    }

    /** "Override [key] in [phase or agent] [Add]": a phase or agent gets its own value of a workload key. */
    private static Parent overrideRow(InputsViewModel vm) {
        ComboBox<String> scope = new ComboBox<>();
        scope.setId("override-scope");
        scope.setPromptText("phase or agent");
        ComboBox<WorkloadKey> key = new ComboBox<>();
        key.setId("override-key");
        key.setPromptText("workload key");
        key.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(WorkloadKey k) {
                return k == null ? "" : k.key();
            }

            @Override
            public WorkloadKey fromString(String s) {
                return WorkloadKey.fromKey(s);
            }
        });
        // the lists follow the text: scopes and keys already overridden change with every edit
        scope.setOnShowing(e -> scope.getItems().setAll(vm.overrideScopes()));
        key.setOnShowing(e -> key.getItems().setAll(vm.overridable(scope.getValue())));
        Button add = new Button("Add");
        add.setId("add-override");
        add.disableProperty().bind(scope.valueProperty().isNull().or(key.valueProperty().isNull()));
        Label result = new Label();
        result.setId("override-result");
        result.setWrapText(true);
        add.setOnAction(e -> {
            result.setText(vm.addOverride(scope.getValue(), key.getValue()));
            key.setValue(null);
        });
        key.setPrefWidth(170);
        scope.setPrefWidth(150);
        key.setTooltip(new Tooltip("The workload key to give its own value"));
        scope.setTooltip(new Tooltip("The phase or agent that gets it"));
        add.setTooltip(new Tooltip("Adds the key under that phase or agent in the YAML, with the workload's value to edit"));
        Label in = new Label("in");
        in.setMinWidth(Label.USE_PREF_SIZE);
        add.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label("Give a phase or agent its own value of a workload key:");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, key, in, scope, add);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, title, row, result);
    }

    private static HBox formRow(ComboBox<InputsViewModel.Form> form, CheckBox varies) {
        HBox row = new HBox(10, form, varies);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** What each parameter of a form means, for the tooltips of its fields. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "value", "The value itself", "min", "The smallest value it can take", "max", "The largest value it can take",
            "mode", "The most likely value", "mean", "The average", "sd", "The standard deviation (spread around the mean)",
            "median", "Half of the values are below this (P50)", "p90", "90% of the values are below this",
            "p10", "10% of the values are below this", "p50", "Half of the values are below this (the median)");

    /** A header with its meaning in a tooltip; the header keeps all its letters (the column is never narrower). */
    private static TableColumn<InputsViewModel.Row, String> column(String title, String what, Function<InputsViewModel.Row, String> f,
                                                                   double width) {
        TableColumn<InputsViewModel.Row, String> c = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(wrapped(what));
        header.setMinWidth(Label.USE_PREF_SIZE);
        c.setGraphic(header);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 56));
        return c;
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
