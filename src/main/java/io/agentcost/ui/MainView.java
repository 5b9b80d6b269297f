package io.agentcost.ui;

import io.agentcost.model.Budget;
import io.agentcost.model.LineItem;
import io.agentcost.model.Problem;
import io.agentcost.report.Diff;
import io.agentcost.report.Format;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.ui.charts.BandChoice;
import io.agentcost.ui.charts.BaselineOverlay;
import io.agentcost.ui.charts.Charts;
import io.agentcost.ui.charts.ForecastPane;
import io.agentcost.ui.charts.Tornado;
import io.agentcost.ui.charts.TornadoInputsCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;

/**
 * The main window: the scenario (YAML, validated as you type) on the left; on the right the
 * comparison of architectures for the selected phase, the charts and the line items. It binds to
 * {@link MainViewModel} and holds no state of its own beyond what is on screen.
 */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    final TextArea editor = new TextArea();
    final ComboBox<String> phase = new ComboBox<>();
    final ComboBox<String> architecture = new ComboBox<>();
    final TableView<ResultsRow> comparison = new TableView<>();
    final Label headline = new Label();
    private final ChartViewer distribution = new ChartViewer(null);
    private final ChartViewer sCurve = new ChartViewer(null);
    private final ChartViewer byCategory = new ChartViewer(null);
    private final ChartViewer byService = new ChartViewer(null);
    private final ChartViewer tornado = new ChartViewer(null);
    private final BandChoice bands = new BandChoice();
    private final ForecastPane forecast = new ForecastPane(bands, Charts::forecast);
    private final ForecastPane cumulative = new ForecastPane(bands, Charts::cumulative);
    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    final ToolBar toolbar;
    final Button runButton = new Button("Run full simulation");
    final Button cancelButton = new Button("Cancel");
    /** Whether the user chose the architecture (combo or table); until then it follows the phase's cheapest. */
    private boolean architecturePicked;
    private boolean choosingArchitecture;
    private TornadoInputsCache tornadoInputs = TornadoInputsCache.EMPTY;
    /** Issue 17, point 2: the baseline the delta columns and dashed curves compare with. */
    final CompareViewModel compare;
    final Button pinButton = new Button("Pin as baseline");
    final Label baselineNote = new Label();

    public MainView(MainViewModel vm, FileActions files) {
        this.vm = vm;
        toolbar = toolbar(files);
        compare = new CompareViewModel(vm.estimateProperty(), vm.simulationProperty(), vm.fileProperty());
        root.setTop(toolbar);
        InputsViewModel inputs = new InputsViewModel(vm.textProperty());
        inputs.setTextEdits(editor::replaceText); // through the editor, so Undo takes the edit back
        ChoicesViewModel choices = new ChoicesViewModel(vm.textProperty(), vm.catalogProperty(), vm::regions);
        choices.setTextEdits(editor::replaceText);
        TabPane left = new TabPane(new Tab("YAML", editorPane()), new Tab("Inputs", new InputsView(inputs).root()),
                new Tab("Choices", new ChoicesView(choices, vm.problems()).root()));
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setId("left");
        // -Dagentcost.ui.left=Inputs (or Choices) opens a form editor (screenshots in docs/)
        String startLeft = System.getProperty("agentcost.ui.left");
        left.getTabs().stream().filter(t -> t.getText().equals(startLeft)).findFirst().ifPresent(t -> left.getSelectionModel().select(t));
        SplitPane split = new SplitPane(left, resultsPane());
        split.setDividerPositions(0.34);
        root.setCenter(split);
        root.setBottom(statusBar());
        PauseTransition debounce = new PauseTransition(Duration.millis(400));
        debounce.setOnFinished(e -> vm.preview());
        vm.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        vm.simulationProperty().addListener((o, a, b) -> refreshResults());
        vm.forecastProperty().addListener((o, a, b) -> refreshForecast());
        vm.estimateProperty().addListener((o, a, b) -> refreshLines());
        phase.valueProperty().addListener((o, a, b) -> {
            refreshResults();
            refreshLines();
        });
        architecture.valueProperty().addListener((o, a, b) -> {
            if (!choosingArchitecture) architecturePicked = true;
            refreshTornado();
            refreshLines();
        });
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolbar(FileActions files) {
        Button open = new Button("Open…");
        open.setOnAction(e -> files.open());
        Button save = new Button("Save");
        save.setOnAction(e -> files.save());
        save.disableProperty().bind(vm.dirtyProperty().not());
        Button saveAs = new Button("Save as…");
        saveAs.setOnAction(e -> files.saveAs());
        Button create = new Button("New");
        create.setOnAction(e -> files.create());
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton("Recent");
        recent.setId("recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : files.recent()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setOnAction(x -> files.open(p));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) recent.getItems().add(new javafx.scene.control.MenuItem("(none yet)"));
        });
        recent.getItems().add(new javafx.scene.control.MenuItem("(none yet)"));
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.setOnAction(e -> editor.undo());
        undo.disableProperty().bind(editor.undoableProperty().not());
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.setOnAction(e -> editor.redo());
        redo.disableProperty().bind(editor.redoableProperty().not());
        runButton.setId("run");
        runButton.setOnAction(e -> vm.runFull());
        runButton.disableProperty().bind(vm.runningProperty().or(Bindings.isNotEmpty(vm.problems())));
        runButton.setTooltip(new Tooltip("Runs the scenario's simulation settings (iterations, sampling, seed) and the monthly forecast"));
        cancelButton.setId("cancel");
        cancelButton.setOnAction(e -> vm.cancel());
        cancelButton.disableProperty().bind(vm.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setPrefWidth(180);
        Button prices = new Button("Refresh prices…");
        prices.setId("refresh-prices");
        prices.setTooltip(new Tooltip("Fetch current prices from the AWS Price List (needs credentials with pricing:GetProducts);"
                + " the same as `agentcost pricing refresh`"));
        prices.setOnAction(e -> files.refreshPrices());
        prices.disableProperty().bind(vm.runningProperty());
        Button export = new Button("Export workbook…");
        export.setId("export");
        export.setTooltip(new Tooltip("Writes the what-if Excel workbook: live formulas of every input, price and lever, with the"
                + " simulation, sensitivity and forecast (the same as `agentcost export`)"));
        export.setOnAction(e -> files.exportWorkbook());
        export.disableProperty().bind(vm.runningProperty().or(Bindings.isNotEmpty(vm.problems())));
        return new ToolBar(create, open, recent, save, saveAs, new Separator(Orientation.VERTICAL), undo, redo,
                new Separator(Orientation.VERTICAL), runButton, cancelButton, bar, new Separator(Orientation.VERTICAL), export, prices);
    }

    private Parent editorPane() {
        Label title = new Label("Scenario (YAML) — edits re-run a 10,000-iteration preview");
        title.setStyle("-fx-font-weight: bold;");
        editor.setId("editor");
        editor.textProperty().bindBidirectional(vm.textProperty());
        editor.setStyle("-fx-font-family: 'monospace'; -fx-font-size: 12px;");
        editor.setWrapText(false);
        ListView<Problem> problems = ProblemList.of(vm.problems(), "problems", 130);
        // a click on a problem puts the caret on its line
        problems.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && p.line() > 0) goToLine(p.line());
        });
        VBox box = new VBox(6, title, editor, problems);
        VBox.setVgrow(editor, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private void goToLine(int line) {
        String t = editor.getText();
        int pos = 0;
        for (int i = 1; i < line && pos >= 0; i++) pos = t.indexOf('\n', pos) + 1;
        if (pos >= 0) {
            editor.positionCaret(pos);
            editor.requestFocus();
        }
    }

    private Parent resultsPane() {
        phase.setId("phase");
        architecture.setId("architecture");
        HBox selectors = new HBox(8, new Label("Phase"), phase, new Label("Architecture (tornado, line items)"), architecture);
        selectors.setStyle("-fx-alignment: center-left;");
        // beside the table it adds Δ columns to (the toolbar overflows at 1280 px)
        selectors.getChildren().addAll(baselineControls());
        headline.setId("headline");
        headline.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        headline.setWrapText(true);
        // all of the answer, however many lines it wraps to: its budget clause is last and must not be cut off
        headline.setMinHeight(Region.USE_PREF_SIZE);
        comparison.setId("comparison");
        comparison.getColumns().add(textColumn("Architecture", ResultsRow::architecture, 130));
        comparison.getColumns().add(moneyColumn("Nominal", ResultsRow::nominal));
        comparison.getColumns().add(moneyColumn("P10", ResultsRow::p10));
        comparison.getColumns().add(moneyColumn("P50", ResultsRow::p50));
        comparison.getColumns().add(moneyColumn("P90", ResultsRow::p90));
        comparison.getColumns().add(moneyColumn("Mean", ResultsRow::mean));
        comparison.getColumns().add(textColumn("P(> budget)", r -> r.pExceedBudget() == null ? "–" : pct(r.pExceedBudget()), 95));
        comparison.getColumns().add(textColumn("P(cheapest)", r -> pct(r.pCheapest()), 95));
        // SPEC §12 unit costs, the simulated median as in the CLI's table ("n/a" without conversations users start)
        comparison.getColumns().add(textColumn("$ / conv.\n(P50)", r -> Format.unitCost(r.perConversation()), 80));
        comparison.getColumns().add(textColumn("$ / resolved\n(P50)", r -> Format.unitCost(r.perResolved()), 85));
        comparison.getColumns().addAll(deltaColumns());
        comparison.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        comparison.setFixedCellSize(26);
        // the header is two lines (the unit-cost columns say "(P50)" under their names)
        comparison.prefHeightProperty().bind(Bindings.size(comparison.getItems()).multiply(26).add(48));
        comparison.setPlaceholder(new Label("Results appear after the first preview run"));
        comparison.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) architecture.setValue(row.architecture());
        });
        TabPane tabs = new TabPane(
                tab("Distribution", distribution), tab("S-curve", sCurve), tab("By category", byCategory),
                tab("By service", byService), tab("Tornado", tornado), tab("Forecast", forecast.root()),
                tab("Cumulative", cumulative.root()), new Tab("Line items (nominal)", LineItemsPane.of(lines)));
        tabs.setId("charts");
        // -Dagentcost.ui.tab=Forecast opens on a tab (used to take the screenshots in docs/)
        String startTab = System.getProperty("agentcost.ui.tab");
        if (startTab != null) tabs.getTabs().stream().filter(t -> t.getText().startsWith(startTab.replace('_', ' '))).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the CLI prints warnings last; here they sit under the answer they qualify
        Label warnings = new Label();
        warnings.setId("warnings");
        warnings.setWrapText(true);
        warnings.setStyle("-fx-text-fill: #8a4b00;");
        warnings.textProperty().bind(Bindings.createStringBinding(() -> Warnings.line(vm.warningsProperty().get()), vm.warningsProperty()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        Tooltip all = new Tooltip();
        all.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.warningsProperty().get()), vm.warningsProperty()));
        all.setWrapText(true);
        all.setMaxWidth(700);
        warnings.setTooltip(all);
        VBox box = new VBox(8, selectors, headline, warnings, comparison, tabs);
        box.getChildren().add(box.getChildren().indexOf(comparison) + 1, baselineNote);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        t.setId("tab-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return t;
    }

    private Parent statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label catalog = new Label();
        catalog.setId("catalog");
        catalog.textProperty().bind(Bindings.when(vm.catalogStaleProperty())
                .then(vm.catalogStatusProperty().concat(" — older than 90 days: refresh with `agentcost pricing refresh`"))
                .otherwise(vm.catalogStatusProperty()));
        catalog.styleProperty().bind(Bindings.when(vm.catalogStaleProperty()).then("-fx-text-fill: #b71c1c;").otherwise(""));
        // stays until the next successful save: the status line to its left is replaced by every preview
        Label autosave = new Label();
        autosave.setId("autosave");
        autosave.textProperty().bind(vm.autosaveProblemProperty());
        autosave.visibleProperty().bind(vm.autosaveProblemProperty().isNotEmpty());
        autosave.managedProperty().bind(autosave.visibleProperty());
        autosave.setStyle("-fx-text-fill: #b71c1c; -fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, autosave, spacer, catalog);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setStyle("-fx-background-color: #f0f0f0; -fx-border-color: #d0d0d0 transparent transparent transparent;");
        return bar;
    }

    // ---------------------------------------------------------------- refresh from the view model

    private void refreshResults() {
        SimulationResult r = vm.simulationProperty().get();
        if (r == null) return;
        List<String> phases = r.cells().stream().map(SimulationResult.CellResult::phase).distinct().toList();
        List<String> archs = r.cells().stream().map(SimulationResult.CellResult::architecture).distinct().toList();
        if (!phase.getItems().equals(phases)) {
            String keep = phase.getValue();
            phase.getItems().setAll(phases);
            phase.setValue(phases.contains(keep) ? keep : phases.get(phases.size() > 1 ? 1 : 0));
            return; // the listener comes back here with the phase set
        }
        String p = phase.getValue();
        if (!architecture.getItems().equals(archs)) {
            String keep = architecture.getValue();
            if (!archs.contains(keep)) architecturePicked = false;
            chooseArchitecture(() -> architecture.getItems().setAll(archs));
        }
        // the tornado and line items open on the phase's cheapest, as the answer line names it, until the user picks one
        String cheapest = Tornado.cheapest(r, p);
        if (!architecturePicked && cheapest != null) chooseArchitecture(() -> architecture.setValue(cheapest));
        List<ResultsRow> rows = r.cells().stream().filter(c -> c.phase().equals(p)).map(ResultsRow::of).toList();
        comparison.getItems().setAll(rows);
        var budget = vm.scenarioProperty().get() == null ? Budget.NONE : vm.scenarioProperty().get().budget();
        headline.setText(Answer.text(p, r.cells().stream().filter(c -> c.phase().equals(p)).toList(), budget));
        distribution.setChart(Charts.distribution(r, p, budget));
        sCurve.setChart(Charts.sCurve(r, p, budget));
        overlayBaseline(p, budget);
        byCategory.setChart(Charts.breakdown(r, p, "category:"));
        byService.setChart(Charts.breakdown(r, p, "service:"));
        refreshTornado();
    }

    private void chooseArchitecture(Runnable change) {
        choosingArchitecture = true;
        try {
            change.run();
        } finally {
            choosingArchitecture = false;
        }
    }

    private void refreshTornado() {
        SimulationResult r = vm.simulationProperty().get();
        if (r == null || phase.getValue() == null || architecture.getValue() == null) return;
        tornadoInputs = tornadoInputs.of(vm.scenarioProperty().get(), vm.catalogProperty().get());
        tornado.setChart(Charts.tornado(Tornado.of(r, phase.getValue(), architecture.getValue(), tornadoInputs.values())));
    }

    private void refreshForecast() {
        var f = vm.forecastProperty().get();
        if (f == null) return;
        bands.show(f);
    }

    private void refreshLines() {
        var e = vm.estimateProperty().get();
        if (e == null || phase.getValue() == null || architecture.getValue() == null) return;
        var est = e.result(phase.getValue(), architecture.getValue());
        lines.setAll(est == null ? List.of() : est.lines().stream().filter(l -> l.quantity() != 0 || l.missingPrice()).toList());
    }

    // ---------------------------------------------------------------- baseline (issue 17, point 2)

    private List<Node> baselineControls() {
        pinButton.setId("pin-baseline");
        pinButton.textProperty().bind(Bindings.when(compare.baselineProperty().isNull()).then("Pin as baseline").otherwise("Clear baseline"));
        pinButton.setTooltip(new Tooltip("Pin the results on screen, then edit the scenario or open another file: the comparison table gets"
                + " Δ columns (now − baseline) and the distribution and S-curve the baseline's curves, dashed"));
        pinButton.setOnAction(e -> {
            if (compare.baselineProperty().get() == null) compare.pin();
            else compare.clear();
        });
        pinButton.disableProperty().bind(compare.baselineProperty().isNull().and(compare.canPinProperty().not()));
        // under the comparison table, whose Δ columns it explains; hidden without a baseline
        baselineNote.setId("baseline-note");
        baselineNote.textProperty().bind(compare.noteProperty());
        baselineNote.setWrapText(true);
        baselineNote.setStyle("-fx-text-fill: #444444; -fx-font-style: italic;");
        baselineNote.visibleProperty().bind(compare.baselineProperty().isNotNull());
        baselineNote.managedProperty().bind(baselineNote.visibleProperty());
        compare.baselineProperty().addListener((o, a, b) -> {
            refreshResults();
            comparison.refresh();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return List.of(gap, pinButton);
    }

    private List<TableColumn<ResultsRow, String>> deltaColumns() {
        List<TableColumn<ResultsRow, String>> columns = List.of(
                deltaColumn("Δ nominal", c -> c.nominalDelta() == null ? null : Format.moneyDelta(c.nominalDelta())),
                deltaColumn("Δ P50", c -> c.stat("p50") == null ? null : Format.simulatedDelta(c.stat("p50").delta())),
                deltaColumn("Δ P90", c -> c.stat("p90") == null ? null : Format.simulatedDelta(c.stat("p90").delta())));
        for (TableColumn<ResultsRow, String> c : columns) c.visibleProperty().bind(compare.baselineProperty().isNotNull());
        return columns;
    }

    /** Now − baseline for the row's architecture in the selected phase; "new" for one the baseline does not have. */
    private TableColumn<ResultsRow, String> deltaColumn(String title, Function<Diff.Cell, String> f) {
        TableColumn<ResultsRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> {
            var cell = compare.cell(phase.getValue(), d.getValue().architecture());
            String text = cell == null ? "" : cell.status() == Diff.Status.ADDED ? "new" : f.apply(cell);
            return new ReadOnlyStringWrapper(text == null ? "–" : text);
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        // the nominal Δ keeps its cents (+$1,663.80): wider than the rounded simulated ones
        c.setPrefWidth(title.contains("nominal") ? 115 : 85);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(title + " of now − the pinned baseline, same phase and architecture"));
        c.setGraphic(header);
        c.setText("");
        return c;
    }

    /** The baseline's distribution and S-curve, dashed, over the current ones. */
    private void overlayBaseline(String p, Budget budget) {
        var base = compare.baselineProperty().get();
        if (base == null) return;
        BaselineOverlay.over(distribution.getChart(), Charts.distribution(base.simulation(), p, budget));
        BaselineOverlay.over(sCurve.getChart(), Charts.sCurve(base.simulation(), p, budget));
    }

    // ---------------------------------------------------------------- columns

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    private static TableColumn<ResultsRow, String> textColumn(String title, Function<ResultsRow, String> f, double width) {
        TableColumn<ResultsRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        if (!title.equals("Architecture")) c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<ResultsRow, String> moneyColumn(String title, Function<ResultsRow, Double> f) {
        TableColumn<ResultsRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(Format.money(f.apply(d.getValue()))));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(105);
        return c;
    }

}
