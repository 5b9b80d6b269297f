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
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
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
        place(stage);
        stage.setScene(new Scene(view.root()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
            else remember(stage);
        });
        Autosave.removeStale();
        List<String> args = getParameters().getUnnamed();
        Path file = args.isEmpty() ? AgentCost.home().resolve(DEFAULT_SCENARIO) : Path.of(args.get(0));
        stage.show();
        openFile(file);
        autosave = new Timeline(new KeyFrame(Duration.seconds(5), e -> vm.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    @Override
    public void stop() {
        if (autosave != null) autosave.stop();
        if (vm != null) vm.shutdown();
    }

    /** The size and place the window had when it was last closed, fitted to the screen it opens on now. */
    private static void place(Stage stage) {
        Optional<WindowPlacement> saved = WindowPlacement.read(WindowPlacement.file());
        // the screen the window was on, if it is still there (a second monitor may not be), else the primary
        Screen screen = saved.flatMap(w -> Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).stream().findFirst())
                .orElse(Screen.getPrimary());
        Rectangle2D b = screen.getVisualBounds();
        WindowPlacement p = WindowPlacement.on(new WindowPlacement.Screen(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()), saved);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, b.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, b.getHeight()));
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
    }

    private static void remember(Stage stage) {
        if (Double.isNaN(stage.getWidth())) return;
        try {
            new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .save(WindowPlacement.file());
        } catch (IOException e) {
            // the window opens at its default place next time; nothing the user made is lost
        }
    }

    private void openFile(Path file) {
        try {
            vm.open(file);
            offerRecovered(file.getFileName() + "");
            vm.preview();
            recentFiles.add(file);
        } catch (IOException e) {
            error("Cannot open " + file + ": " + e.getMessage());
        }
    }

    /** A window that closed unexpectedly left unsaved text (never one still running: it holds the file's lock). */
    private void offerRecovered(String name) {
        Optional<String> recovered = vm.recovered();
        if (recovered.isEmpty()) return;
        if (ask("Unsaved changes to " + name + " were recovered after agentcost closed unexpectedly. Restore them?", "Restore", "Discard")) {
            vm.restore(recovered.get());
        } else {
            vm.discardAutosave();
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
        offerRecovered("an untitled scenario");
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
        vm.discardAutosave();
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
