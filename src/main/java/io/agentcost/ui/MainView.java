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
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
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
    final Label flag = new Label();
    final Label why = new Label();
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
        split.setDividerPositions(0.30);
        placeDivider(split);
        root.setCenter(split);
        root.setBottom(statusBar());
        PauseTransition debounce = new PauseTransition(Duration.millis(400));
        debounce.setOnFinished(e -> vm.preview());
        vm.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        vm.simulationProperty().addListener((o, a, b) -> refreshResults());
        vm.forecastProperty().addListener((o, a, b) -> refreshForecast());
        vm.estimateProperty().addListener((o, a, b) -> {
            refreshLines();
            ColumnFit.fit(comparison); // the Δ nominal column reads the estimate
        });
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

    /** What the comparison table needs with a baseline's three Δ columns (measured: 962 px for the example at 1280×800). */
    static final double TABLE_WIDTH = 1010;
    /** The scenario's narrowest share: the Inputs and Choices forms keep their labels and fields whole at this width. */
    static final double LEFT_MIN = 270;

    /**
     * The scenario gets 30% of a wide window and, of a 1280-px one, what the comparison table leaves (its Δ columns need
     * about 1,000 px), never less than 270 px. Kept as the window is resized until the user drags the divider: the
     * window is laid out at its preferred width before it is sized to the screen, and a ratio fixed then is arbitrary.
     */
    private static void placeDivider(SplitPane split) {
        boolean[] dragged = {false};
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) dragged[0] = true;
            }
        });
        split.widthProperty().addListener((o, a, w) -> {
            double width = w.doubleValue();
            if (dragged[0] || width <= 0) return;
            double leftWidth = Math.max(LEFT_MIN, Math.min(0.30 * width, width - TABLE_WIDTH));
            split.setDividerPositions(Math.min(0.5, leftWidth / width));
        });
    }

    public Parent root() {
        return root;
    }

    /** The keyboard shortcuts (Ctrl on Linux and Windows, Cmd on macOS); the buttons' tooltips name them. */
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GLOSSARY = new KeyCodeCombination(KeyCode.F1);

    private ToolBar toolbar(FileActions files) {
        Button open = button("Open…", "open", "Open a scenario file", OPEN);
        open.setOnAction(e -> files.open());
        Button save = button("Save", "save", "Save the scenario", SAVE);
        save.setOnAction(e -> files.save());
        save.disableProperty().bind(vm.dirtyProperty().not());
        Button saveAs = button("Save as…", "save-as", "Save the scenario under a new name", null);
        saveAs.setOnAction(e -> files.saveAs());
        Button create = button("New", "new", "Start a new scenario from a template", NEW);
        create.setOnAction(e -> files.create());
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton("Recent");
        recent.setId("recent");
        recent.setTooltip(new Tooltip("Scenarios opened lately"));
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
        Button undo = button("Undo", "undo", "Undo the last edit of the scenario", UNDO);
        undo.setOnAction(e -> editor.undo());
        undo.disableProperty().bind(editor.undoableProperty().not());
        Button redo = button("Redo", "redo", "Redo the edit undone", REDO);
        redo.getTooltip().setText(redo.getTooltip().getText().replace(")", " or " + REDO_Y.getDisplayText() + ")"));
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
        bar.setId("progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setPrefWidth(96); // room for the Tools menu: at 1280 wide the glossary stays on the toolbar
        Button prices = button("Refresh prices…", "refresh-prices", "Fetch current prices from the AWS Price List (needs AWS"
                + " credentials allowed pricing:GetProducts); the current prices are kept if anything fails", null);
        prices.setOnAction(e -> files.refreshPrices());
        prices.disableProperty().bind(vm.runningProperty());
        Button export = button("Export workbook…", "export", "Writes the what-if Excel workbook: live formulas of every input,"
                + " price and lever, with the simulation, sensitivity and forecast", null);
        export.setOnAction(e -> files.exportWorkbook());
        export.disableProperty().bind(vm.runningProperty().or(Bindings.isNotEmpty(vm.problems())));
        Button glossary = button("Glossary", "glossary", "What the words of this window mean: P10/P50/P90, draw, kill switch…", GLOSSARY);
        glossary.setOnAction(e -> GlossaryView.show(root.getScene() == null ? null : root.getScene().getWindow()));
        javafx.scene.control.MenuButton tools = Tools.menu(vm, editor::replaceText, () -> root.getScene() == null ? null : root.getScene().getWindow());
        for (javafx.scene.control.Control c : List.of(open, save, saveAs, create, recent, undo, redo, runButton, cancelButton, prices,
                export, tools, glossary)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // a button gives up no letters: the toolbar overflows into » instead
        }
        // the shortcuts work wherever the focus is (the editor's own Ctrl+Z is the same undo)
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) return;
            scene.getAccelerators().put(SAVE, save::fire);
            scene.getAccelerators().put(OPEN, open::fire);
            scene.getAccelerators().put(NEW, create::fire);
            scene.getAccelerators().put(UNDO, undo::fire);
            scene.getAccelerators().put(REDO, redo::fire);
            scene.getAccelerators().put(REDO_Y, redo::fire);
            scene.getAccelerators().put(GLOSSARY, glossary::fire);
        });
        return new ToolBar(create, open, recent, save, saveAs, new Separator(Orientation.VERTICAL), undo, redo,
                new Separator(Orientation.VERTICAL), runButton, cancelButton, bar, new Separator(Orientation.VERTICAL), export, prices,
                tools, new Separator(Orientation.VERTICAL), glossary);
    }

    /** A button whose tooltip says what it does and its shortcut: "Save the scenario (Ctrl+S)". */
    private static Button button(String text, String id, String what, KeyCombination shortcut) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(shortcut == null ? what : what + " (" + shortcut.getDisplayText() + ")"));
        b.getTooltip().setWrapText(true);
        b.getTooltip().setMaxWidth(420);
        return b;
    }

    private Parent editorPane() {
        Label title = new Label("Scenario (YAML) — edits re-run a 10,000-iteration preview");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
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
        phase.setTooltip(new Tooltip("The stage of the rollout the table, answer and charts are for (see Glossary: Phase)"));
        architecture.setTooltip(new Tooltip("The architecture the tornado and the line items are for; a click on a row of the table picks it too"));
        Label updating = new Label("updating…");
        updating.setId("updating");
        updating.setStyle("-fx-text-fill: #555; -fx-font-style: italic;");
        updating.setTooltip(new Tooltip("A 10,000-draw preview of the text as it is now is running; the figures shown are of the"
                + " text before the last edit until it is done"));
        updating.visibleProperty().bind(vm.updatingProperty());
        Label phaseLabel = new Label("Phase");
        Label archLabel = new Label("Architecture (tornado, line items)");
        for (Label l : List.of(phaseLabel, archLabel, updating)) l.setMinWidth(Region.USE_PREF_SIZE);
        HBox selectors = new HBox(8, phaseLabel, phase, archLabel, architecture, updating);
        selectors.setStyle("-fx-alignment: center-left;");
        // beside the table it adds Δ columns to (the toolbar overflows at 1280 px)
        selectors.getChildren().addAll(baselineControls());
        flag.setId("risk-flag");
        flag.setStyle("-fx-font-weight: bold; -fx-padding: 2 6 2 6; -fx-background-radius: 3;");
        flag.setMinWidth(Region.USE_PREF_SIZE);
        flag.visibleProperty().bind(flag.textProperty().isNotEmpty());
        flag.managedProperty().bind(flag.visibleProperty());
        flag.setTooltip(new Tooltip("The cheapest architecture's chance of passing the monthly budget and of reaching the kill"
                + " switch (see the table's columns P(> budget) and P(kill switch))"));
        headline.setId("headline");
        headline.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        headline.setWrapText(true);
        // all of the answer, however many lines it wraps to: its budget clause is last and must not be cut off
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.setMaxWidth(Double.MAX_VALUE);
        headline.setTooltip(new Tooltip("The median (P50): half of the simulated months cost less. P10–P90: 80% of the simulated"
                + " months fall between these two. \"Cheapest in N% of draws\": in N% of the simulated months this architecture"
                + " costs least (every architecture is priced on the same draws). See Glossary (F1)."));
        headline.getTooltip().setWrapText(true);
        headline.getTooltip().setMaxWidth(460);
        HBox.setHgrow(headline, Priority.ALWAYS);
        HBox answer = new HBox(8, flag, headline);
        answer.setStyle("-fx-alignment: top-left;");
        why.setId("why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.setStyle("-fx-text-fill: #333;");
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        why.setTooltip(new Tooltip("The nominal line items (every input at its median, summed over agents) that differ most"
                + " between the cheapest architecture and the runner-up, as cheapest vs runner-up"));
        comparison.setId("comparison");
        comparison.getColumns().add(column("Architecture", "Architecture", "The way of building the agent that this row prices",
                r -> Cell.text(r.architecture()), r -> Risk.NONE));
        comparison.getColumns().add(column("Nominal\n(medians)", "nominal", "The month's cost with every input at its median"
                + " (the line items' total; not simulated, so with cents)", r -> Cell.of(Format.money(r.nominal()), r.nominal()), r -> Risk.NONE));
        comparison.getColumns().add(column("Low\nP10", "P10", "10% of the simulated months cost less than this: a good month",
                r -> Cell.of(Figures.money(r.p10()), r.p10()), r -> Risk.NONE));
        comparison.getColumns().add(column("Median\nP50", "P50", "Half of the simulated months cost less than this (the median)",
                r -> Cell.of(Figures.money(r.p50()), r.p50()), r -> Risk.NONE));
        comparison.getColumns().add(column("High\nP90", "P90", "90% of the simulated months cost less than this: a bad month to plan for",
                r -> Cell.of(Figures.money(r.p90()), r.p90()), r -> Risk.NONE));
        comparison.getColumns().add(column("Mean", "mean", "The average of the simulated months; above the median when a few"
                + " months are very expensive", r -> Cell.of(Figures.money(r.mean()), r.mean()), r -> Risk.NONE));
        // the chance and, when it is a risk, a word for it in the same cell; the colour only repeats the word
        comparison.getColumns().add(column("P(over\nbudget)", "P(> budget)", "The share of simulated months that cost more"
                + " than the monthly budget (budget.monthly_usd); \"over\" from 50%, \"risk\" from 5%",
                r -> Cell.of(r.pExceedBudget() == null ? "–" : pct(r.pExceedBudget()) + Risk.ofBudget(r.pExceedBudget()).word(false),
                        r.pExceedBudget()),
                r -> Risk.ofBudget(r.pExceedBudget())));
        comparison.getColumns().add(column("P(kill\nswitch)", "P(kill switch)", "The share of simulated months that reach"
                + " the kill switch (budget.kill_switch_usd), where the service would be stopped; \"likely\" from 50%, \"risk\" from 1%",
                r -> Cell.of(r.pKillSwitch() == null ? "–" : pct(r.pKillSwitch()) + Risk.ofKillSwitch(r.pKillSwitch()).word(true), r.pKillSwitch()),
                r -> Risk.ofKillSwitch(r.pKillSwitch())));
        comparison.getColumns().add(column("P(cheap-\nest)", "P(cheapest)", "The share of simulated months in which this"
                + " architecture is the cheapest of all (they are priced on the same draws)", r -> Cell.of(pct(r.pCheapest()), r.pCheapest()), r -> Risk.NONE));
        // SPEC §12 unit costs, the simulated median as in the CLI's table ("n/a" without conversations users start)
        comparison.getColumns().add(column("$ / conv.\n(P50)", "usd_per_conversation", "Median cost per conversation users start"
                + " (the cost per resolved conversation has a column of its own when the scenario's resolution_rate makes it differ)",
                r -> Cell.of(Format.unitCost(r.perConversation()), r.perConversation()), r -> Risk.NONE));
        // only where it says something: without a resolution_rate below 1 it repeats $ / conv. to the digit, and at 1280 px
        // its width is what the Δ columns of a pinned baseline need
        TableColumn<ResultsRow, Cell> resolved = column("$ / resol-\nved (P50)", "usd_per_resolved_conversation", "Median cost"
                + " per resolved conversation (resolution_rate)", r -> Cell.of(Format.unitCost(r.perResolved()), r.perResolved()), r -> Risk.NONE);
        comparison.getItems().addListener((ListChangeListener<ResultsRow>) change -> resolved.setVisible(comparison.getItems().stream()
                .anyMatch(r -> !Format.unitCost(r.perResolved()).equals(Format.unitCost(r.perConversation())))));
        comparison.getColumns().add(resolved);
        // SPEC §13: shown only while some architecture of the phase has commitments
        TableColumn<ResultsRow, Cell> wasted = column("P(commit.\nwasted)", "P(commitment wasted)", "The share of simulated"
                + " months in which a savings plan or reservation is partly unused (paid though unused)",
                r -> Cell.of(r.pCommitmentWasted() == null ? "–" : pct(r.pCommitmentWasted()), r.pCommitmentWasted()), r -> Risk.NONE);
        wasted.setVisible(false);
        comparison.getItems().addListener((ListChangeListener<ResultsRow>) change ->
                wasted.setVisible(comparison.getItems().stream().anyMatch(r -> r.pCommitmentWasted() != null)));
        comparison.getColumns().add(wasted);
        comparison.getColumns().addAll(deltaColumns());
        ColumnFit.install(comparison);
        comparison.setFixedCellSize(26);
        // the header's two lines (32 px under Xvfb), the borders, and room for a horizontal scroll bar (16) when the columns
        // cannot fit: with 2 px less the scroll bar took a row's height and a vertical one appeared, taking 14 px of width
        comparison.prefHeightProperty().bind(Bindings.size(comparison.getItems()).multiply(26).add(50));
        comparison.setMinHeight(Region.USE_PREF_SIZE);
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
        tabs.setMinHeight(160);
        VBox box = new VBox(6, selectors, answer, why, WarningsPanel.of(vm.warningsProperty()), comparison, tabs);
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
                .then(vm.catalogStatusProperty().concat(" — older than 90 days: use Refresh prices…"))
                .otherwise(vm.catalogStatusProperty()));
        Tooltip sources = new Tooltip();
        sources.textProperty().bind(vm.catalogDetailProperty());
        sources.setWrapText(true);
        sources.setMaxWidth(640);
        catalog.setTooltip(sources);
        catalog.styleProperty().bind(Bindings.when(vm.catalogStaleProperty()).then("-fx-text-fill: #b71c1c;").otherwise(""));
        // stays until the next successful save: the status line to its left is replaced by every preview
        Label autosave = new Label();
        autosave.setId("autosave");
        autosave.textProperty().bind(vm.autosaveProblemProperty());
        autosave.visibleProperty().bind(vm.autosaveProblemProperty().isNotEmpty());
        autosave.managedProperty().bind(autosave.visibleProperty());
        autosave.setStyle("-fx-text-fill: #b71c1c; -fx-font-weight: bold;");
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> vm.autosaveProblemProperty().get()
                + (vm.autosaveProblemProperty().get().contains("another agentcost window")
                ? ". That window keeps its own autosave; Save here still writes the file." : ""), vm.autosaveProblemProperty()));
        autosave.setTooltip(why);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, autosave, spacer, catalog);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setStyle("-fx-background-color: #f0f0f0; -fx-border-color: #d0d0d0 transparent transparent transparent; -fx-font-size: 11px;");
        // the run record and the price sources both fit at 1280 wide; narrower, the run record gives way first
        catalog.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip run = new Tooltip();
        run.textProperty().bind(vm.statusProperty());
        status.setTooltip(run);
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
        // every figure whole, and the architecture's name however long ("sagemaker_g5_2xlarge_fixed")
        ColumnFit.fit(comparison);
        var budget = vm.scenarioProperty().get() == null ? Budget.NONE : vm.scenarioProperty().get().budget();
        var cells = r.cells().stream().filter(c -> c.phase().equals(p)).toList();
        headline.setText(Answer.text(p, cells, budget));
        flag.setText(Answer.flag(cells));
        flag.setStyle("-fx-font-weight: bold; -fx-padding: 2 6 2 6; -fx-background-radius: 3;" + Answer.risk(cells).style);
        why.setText(Answer.why(p, cells, vm.estimateProperty().get()));
        var pinned = compare.baselineProperty().get();
        distribution.setChart(Charts.distribution(r, p, budget, pinned == null ? null : pinned.simulation()));
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
            ColumnFit.fit(comparison);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return List.of(gap, pinButton);
    }

    private List<TableColumn<ResultsRow, Cell>> deltaColumns() {
        List<TableColumn<ResultsRow, Cell>> columns = List.of(
                deltaColumn("nominal", c -> c.nominalDelta() == null ? null
                        : delta(c.nominalDelta(), Format.moneyDelta(c.nominalDelta()), Format.money(c.nominalB()), Format.money(c.nominalA()))),
                deltaColumn("P50", c -> stat(c.stat("p50"))),
                deltaColumn("P90", c -> stat(c.stat("p90"))));
        for (TableColumn<ResultsRow, Cell> c : columns) c.visibleProperty().bind(compare.baselineProperty().isNotNull());
        return columns;
    }

    private static Cell stat(Diff.Stat s) {
        return s == null ? null : delta(s.delta(), Format.simulatedDelta(s.delta()), Format.simulated(s.b()), Format.simulated(s.a()));
    }

    /** Compact in the cell ("+$4.41k": three Δ columns must fit beside the others at 1280 px), in full in its tooltip. */
    private static Cell delta(double d, String full, String now, String baseline) {
        return new Cell(Figures.compactDelta(d), d, full + " (now " + now + ", baseline " + baseline + ")");
    }

    /** Now − baseline for the row's architecture in the selected phase; "new" for one the baseline does not have. */
    private TableColumn<ResultsRow, Cell> deltaColumn(String what, Function<Diff.Cell, Cell> f) {
        TableColumn<ResultsRow, Cell> c = column("Δ\n" + what, "Δ " + what, what + " of now − the pinned baseline, same phase and"
                + " architecture (the cell's tooltip has the figure in full)", row -> {
                    var cell = compare.cell(phase.getValue(), row.architecture());
                    Cell v = cell == null ? Cell.text("") : cell.status() == Diff.Status.ADDED ? Cell.text("new") : f.apply(cell);
                    return v == null ? Cell.text("–") : v;
                }, r -> Risk.NONE);
        c.setPrefWidth(70);
        return c;
    }

    /** The baseline's distribution and S-curve, dashed, over the current ones. */
    private void overlayBaseline(String p, Budget budget) {
        var base = compare.baselineProperty().get();
        if (base == null) return;
        // on the current chart's bins (both are binned over both runs' draws), so the shares per bin compare
        BaselineOverlay.over(distribution.getChart(), Charts.distribution(base.simulation(), p, budget, vm.simulationProperty().get()));
        BaselineOverlay.over(sCurve.getChart(), Charts.sCurve(base.simulation(), p, budget));
    }

    // ---------------------------------------------------------------- columns

    private static String pct(double p) {
        return Answer.pct(p);
    }

    /**
     * A column with a human header over its symbol ("Low" over "P10"), a tooltip saying what it holds, and a minimum
     * width that keeps the header whole: a narrow window scrolls the table sideways instead of cutting words.
     */
    private static TableColumn<ResultsRow, Cell> column(String header, String id, String what, Function<ResultsRow, Cell> f,
                                                        Function<ResultsRow, Risk> risk) {
        TableColumn<ResultsRow, Cell> c = new TableColumn<>();
        Label title = new Label(header);
        title.setTooltip(new Tooltip(id + ": " + what));
        title.getTooltip().setWrapText(true);
        title.getTooltip().setMaxWidth(380);
        title.setStyle("-fx-text-alignment: center;");
        title.setMinWidth(Region.USE_PREF_SIZE);
        c.setGraphic(title);
        c.setId("col-" + id);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        // the header's words whole; ColumnFit widens the column to its widest figure whenever the rows change
        double width = textWidth(header) + HEADER_PADDING;
        c.getProperties().put(ColumnFit.HEADER_MIN, width);
        c.setMinWidth(width);
        c.setPrefWidth(Math.max(width, header.equals("Architecture") ? 100 : 60));
        boolean left = header.equals("Architecture");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Cell item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                ResultsRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String colour = row == null ? "" : risk.apply(row).style;
                setStyle((left ? "-fx-alignment: CENTER-LEFT;" : "-fx-alignment: CENTER-RIGHT;") + colour);
                String tip = item != null && item.exact() != null ? item.exact()
                        : row == null || colour.isEmpty() ? null : Risk.words(row.pExceedBudget(), row.pKillSwitch());
                setTooltip(empty || tip == null ? null : new Tooltip(tip));
            }
        });
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /** A header label's padding and the column header's borders, with a pixel or two to spare (measured under Xvfb). */
    private static final double HEADER_PADDING = 12;

    /** The width of the widest line of a header, in the table header's bold font. */
    private static double textWidth(String header) {
        double w = 0;
        for (String line : header.split("\n")) {
            Text t = new Text(line);
            t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
            w = Math.max(w, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(w);
    }

}
