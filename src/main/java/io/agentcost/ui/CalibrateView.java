package io.agentcost.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Calibrate from logs… window: logs and options, the fitted values beside the current ones, Apply. Binds to {@link CalibrateViewModel}. */
final class CalibrateView {

    private final CalibrateViewModel vm;
    private final VBox root;
    final TextField logs = new TextField();
    final ComboBox<String> groupBy = new ComboBox<>();
    final TextField agentTag = new TextField();
    final Button fit = new Button("Fit");
    final Button apply = new Button("Apply chosen");
    final TableView<CalibrateViewModel.Row> table = new TableView<>();
    final Label message = new Label();

    CalibrateView(CalibrateViewModel vm) {
        this.vm = vm;
        logs.setId("calibrate-logs");
        logs.setEditable(false);
        logs.setPromptText("a log file or a directory (plain or gzip, S3 delivery or CloudWatch Logs export)");
        logs.textProperty().bind(Bindings.createStringBinding(() -> vm.logsProperty().get() == null ? "" : vm.logsProperty().get().toString(),
                vm.logsProperty()));
        Button file = new Button("File…");
        file.setId("calibrate-file");
        file.setOnAction(e -> chooseFile());
        Button dir = new Button("Directory…");
        dir.setId("calibrate-directory");
        dir.setOnAction(e -> chooseDirectory());
        groupBy.setId("calibrate-group-by");
        groupBy.setEditable(true);
        groupBy.getItems().addAll("session", "requestMetadata.conversationId");
        groupBy.valueProperty().bindBidirectional(vm.groupByProperty());
        groupBy.setTooltip(new Tooltip("What makes a conversation: session (requestMetadata sessionId, session_id or session) or"
                + " requestMetadata.KEY"));
        agentTag.setId("calibrate-agent-tag");
        agentTag.setPromptText("none: one workload");
        agentTag.textProperty().bindBidirectional(vm.agentTagProperty());
        agentTag.setTooltip(new Tooltip("requestMetadata key naming the agent: each value is fitted as its own agent and goes to the"
                + " scenario's agent of that name"));
        fit.setId("calibrate-fit");
        fit.setDefaultButton(true);
        fit.disableProperty().bind(vm.canRunProperty().not());
        fit.setOnAction(e -> vm.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.runningProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Invocation logs"), logs, file, dir);
        GridPane.setHgrow(logs, Priority.ALWAYS);
        groupBy.setPrefWidth(260);
        agentTag.setPrefColumnCount(14);
        HBox options = new HBox(8, groupBy, new Label("Agent tag"), agentTag, fit, busy);
        options.setAlignment(Pos.CENTER_LEFT);
        form.addRow(1, new Label("Conversations by"), options);

        Label summary = new Label();
        summary.setId("calibrate-summary");
        summary.textProperty().bind(vm.summaryProperty());

        table.setId("calibrate-table");
        table.setEditable(true);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("Choose logs and Fit: the fitted values appear here beside the scenario's"));
        TableColumn<CalibrateViewModel.Row, Boolean> chosen = new TableColumn<>("Apply");
        chosen.setCellValueFactory(c -> c.getValue().chosenProperty());
        chosen.setCellFactory(c -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                CalibrateViewModel.Row r = getTableRow() == null ? null : getTableRow().getItem();
                setDisable(empty || r == null || !r.applicable());
            }
        });
        chosen.setEditable(true);
        chosen.setPrefWidth(56);
        TableColumn<CalibrateViewModel.Row, String> path = TextColumns.of("Key path", 290, CalibrateViewModel.Row::path);
        TableColumn<CalibrateViewModel.Row, String> current = new TableColumn<>("Current value");
        current.setCellValueFactory(c -> c.getValue().currentProperty());
        current.setCellFactory(c -> TextColumns.tipped());
        current.setPrefWidth(220);
        TableColumn<CalibrateViewModel.Row, String> fitted = TextColumns.of("Fitted value", 240, CalibrateViewModel.Row::fitted);
        TableColumn<CalibrateViewModel.Row, String> basis = TextColumns.of("Source · records · fit quality", 520, CalibrateViewModel.Row::basis);
        table.getColumns().setAll(List.of(chosen, path, current, fitted, basis));
        VBox.setVgrow(table, Priority.ALWAYS);

        message.setId("calibrate-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.styleProperty().bind(Bindings.when(vm.failedProperty()).then("-fx-text-fill: #b00020;").otherwise(""));
        Button all = new Button("Choose all");
        all.setOnAction(e -> vm.chooseAll(true));
        Button none = new Button("Choose none");
        none.setOnAction(e -> vm.chooseAll(false));
        apply.setId("calibrate-apply");
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        apply.setTooltip(new Tooltip("Writes the chosen values into the scenario as one edit (comments kept); Undo takes it back"));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (close.getScene() != null) close.getScene().getWindow().hide();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, all, none, gap, apply, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(10, form, summary, table, message, buttons);
        root.setPadding(new Insets(12));
    }

    Parent root() {
        return root;
    }

    private void chooseFile() {
        FileChooser c = new FileChooser();
        c.setTitle("Invocation log file");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Invocation logs (*.json, *.jsonl, *.gz, *.txt, *.log)",
                "*.json", "*.jsonl", "*.gz", "*.txt", "*.log"), new FileChooser.ExtensionFilter("All files", "*"));
        initial(c::setInitialDirectory);
        File f = c.showOpenDialog(window());
        if (f != null) vm.logsProperty().set(f.toPath());
    }

    private void chooseDirectory() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Directory of invocation logs (read recursively)");
        initial(c::setInitialDirectory);
        File f = c.showDialog(window());
        if (f != null) vm.logsProperty().set(f.toPath());
    }

    private void initial(Consumer<File> set) {
        Path p = vm.logsProperty().get();
        Path dir = p == null ? null : Files.isDirectory(p) ? p.getParent() : p.getParent();
        if (dir != null && Files.isDirectory(dir)) set.accept(dir.toFile());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Opens the window (not modal: the editor stays usable, and its Undo takes an application back). */
    static Stage show(Window owner, CalibrateViewModel vm) {
        Stage stage = new Stage();
        stage.setTitle("agentcost — calibrate from logs");
        if (owner != null) stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setScene(new Scene(new CalibrateView(vm).root(), 1180, 620));
        stage.show();
        return stage;
    }
}
