package io.agentcost.ui;

import io.agentcost.app.AgentCost;
import io.agentcost.app.PricingRefresh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app. Opens scenarios/support-agent.yaml (or the path given) and runs a preview at
 * once, so the comparison is on screen within seconds, with no AWS account and no network.
 */
public final class AgentCostApp extends Application implements FileActions {

    public static final String DEFAULT_SCENARIO = "scenarios/support-agent.yaml";

    private Stage stage;
    private final RecentFiles recentFiles = new RecentFiles();
    private MainViewModel vm;
    private Timeline autosave;

    public static void main(String[] args) {
        launch(AgentCostApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.getIcons().add(new javafx.scene.image.Image(AgentCostApp.class.getResource("agentcost.png").toExternalForm()));
        vm = new MainViewModel(AgentCost.forInstallation());
        MainView view = new MainView(vm, this);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> "agentcost — "
                        + (vm.fileProperty().get() == null ? "untitled" : vm.fileProperty().get().getFileName())
                        + (vm.dirtyProperty().get() ? " •" : ""),
                vm.fileProperty(), vm.dirtyProperty()));
        stage.setScene(new Scene(view.root(), 1360, 860));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
        });
        Autosave.removeStale();
        List<String> args = getParameters().getUnnamed();
        Path file = args.isEmpty() ? AgentCost.home().resolve(DEFAULT_SCENARIO) : Path.of(args.get(0));
        stage.show();
        openFile(file);
        autosave = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            // a full disk stays full: after a failure, no retry every five seconds until a save succeeds
            if (!vm.dirtyProperty().get() || !vm.autosaveProblemProperty().get().isEmpty()) return;
            String failed = Autosave.write(vm.fileProperty().get(), vm.textProperty().get());
            if (failed != null) {
                vm.autosaveProblemProperty().set("Autosave stopped: " + failed + " — save to keep your edits");
            }
        }));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    @Override
    public void stop() {
        if (autosave != null) autosave.stop();
        if (vm != null) vm.shutdown();
    }

    private void openFile(Path file) {
        try {
            vm.open(file);
            Optional<String> recovered = Autosave.recover(file, vm.textProperty().get());
            if (recovered.isPresent() && ask("Unsaved changes to " + file.getFileName() + " were recovered after the app closed"
                    + " unexpectedly. Restore them?", "Restore", "Discard")) {
                vm.textProperty().set(recovered.get());
            } else {
                Autosave.clear(file);
            }
            vm.preview();
            recentFiles.add(file);
        } catch (IOException e) {
            error("Cannot open " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void open(Path file) {
        if (confirmDiscard()) openFile(file);
    }

    @Override
    public void refreshPrices() {
        String region = vm.scenarioProperty().get() == null ? "us-east-1" : vm.scenarioProperty().get().region();
        if (!ask("Fetch current " + region + " prices from the AWS Price List? This uses your default AWS credentials"
                + " (they need pricing:GetProducts) and writes a new dated snapshot; the current one is kept if anything fails.",
                "Refresh", "Cancel")) return;
        AgentCost services = AgentCost.forInstallation();
        var refresh = new PricingRefresh(services.catalogs());
        vm.refreshPrices(r -> refresh.refresh(PricingRefresh.Request.api(r), p -> { }, () -> false),
                message -> new Alert(Alert.AlertType.INFORMATION, message).showAndWait());
    }

    @Override
    public void exportWorkbook() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export what-if workbook");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"));
        Path current = vm.fileProperty().get();
        String base = current == null ? "what-if" : current.getFileName().toString().replaceFirst("\\.ya?ml$", "") + "-what-if";
        chooser.setInitialFileName(base + ".xlsx");
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        var f = chooser.showSaveDialog(stage);
        if (f == null) return;
        Path out = f.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? f.toPath() : Path.of(f.getPath() + ".xlsx");
        vm.exportWorkbook(out, message -> {
            if (!message.startsWith("Wrote")) error(message);
        });
    }

    @Override
    public List<Path> recent() {
        return recentFiles.list();
    }

    @Override
    public void create() {
        if (!confirmDiscard()) return;
        vm.newScenario(NewScenario.TEMPLATE);
    }

    @Override
    public void open() {
        if (!confirmDiscard()) return;
        FileChooser chooser = chooser("Open scenario");
        var f = chooser.showOpenDialog(stage);
        if (f != null) openFile(f.toPath());
    }

    @Override
    public void save() {
        if (vm.fileProperty().get() == null) {
            saveAs();
            return;
        }
        try {
            vm.save();
        } catch (IOException e) {
            error("Cannot save " + vm.fileProperty().get() + ": " + e.getMessage() + "\nYour text is still in the editor.");
        }
    }

    @Override
    public void saveAs() {
        FileChooser chooser = chooser("Save scenario as");
        var f = chooser.showSaveDialog(stage);
        if (f == null) return;
        try {
            vm.saveAs(f.toPath());
            recentFiles.add(f.toPath());
        } catch (IOException e) {
            error("Cannot save " + f + ": " + e.getMessage() + "\nYour text is still in the editor.");
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenarios (*.yaml, *.yml)", "*.yaml", "*.yml"));
        Path current = vm.fileProperty().get();
        Path dir = current != null ? current.getParent() : AgentCost.home().resolve("scenarios");
        if (dir != null && Files.isDirectory(dir)) chooser.setInitialDirectory(dir.toFile());
        return chooser;
    }

    /** True when there is nothing unsaved, or the user chose to save or discard it. */
    private boolean confirmDiscard() {
        if (!vm.dirtyProperty().get()) return true;
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The scenario has unsaved changes.", saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save your changes?");
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) return false;
        if (choice.get() == saveButton) {
            save();
            return !vm.dirtyProperty().get();
        }
        Autosave.clear(vm.fileProperty().get());
        return true;
    }

    private boolean ask(String question, String yes, String no) {
        ButtonType y = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType n = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, y, n);
        return alert.showAndWait().orElse(n) == y;
    }

    private void error(String message) {
        new Alert(Alert.AlertType.ERROR, message).showAndWait();
    }
}
