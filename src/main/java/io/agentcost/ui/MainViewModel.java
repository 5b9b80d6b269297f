package io.agentcost.ui;

import io.agentcost.app.AgentCost;
import io.agentcost.app.EstimateReport;
import io.agentcost.app.PricingRefresh;
import io.agentcost.model.Problem;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.store.AtomicFiles;
import io.agentcost.scenario.LoadResult;
import io.agentcost.scenario.ScenarioLoader;
import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.simulation.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window: the scenario text, its problems, the latest results and what is
 * running. Loading, estimating and simulating run on a background thread; results come back on
 * the JavaFX thread (injected, so tests can run it inline). The view binds to this and nothing else.
 */
public final class MainViewModel {

    /** Iterations of the live preview that follows every edit. */
    public static final int PREVIEW_ITERATIONS = 10_000;

    private final AgentCost services;
    private final Consumer<Runnable> fxThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agentcost-ui-worker");
        t.setDaemon(true);
        return t;
    });

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty savedText = new SimpleStringProperty("");
    private final BooleanBinding dirty = Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()), text, savedText);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final ObjectProperty<EstimateReport> estimate = new SimpleObjectProperty<>();
    private final ObjectProperty<SimulationResult> simulation = new SimpleObjectProperty<>();
    private final ObjectProperty<ForecastResult> forecast = new SimpleObjectProperty<>();
    /** The warnings of the results on screen (estimate, simulation, forecast), each once. */
    private final ObjectBinding<List<String>> warnings = Bindings.createObjectBinding(
            () -> Warnings.of(estimate.get(), simulation.get(), forecast.get()), estimate, simulation, forecast);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    /** Why autosave stopped (a full disk, say), shown until a save succeeds; empty while it works. */
    private final StringProperty autosaveProblem = new SimpleStringProperty("");
    private final StringProperty catalogStatus = new SimpleStringProperty("");
    private final BooleanProperty catalogStale = new SimpleBooleanProperty(false);
    /** Where each kind of price behind the results came from, and when (the status bar's tooltip). */
    private final StringProperty catalogDetail = new SimpleStringProperty("");

    /** A preview is being computed for the text on screen: the results shown are of an earlier text. */
    private final BooleanProperty updating = new SimpleBooleanProperty(false);

    /** The autosave of the open scenario; held elsewhere when another window has the file open. */
    private AutosaveSlot slot;
    /** Set while open and new replace the text: the text passes through other states that mean nothing. */
    private boolean loading;
    /** What a window that closed unexpectedly left unsaved for the scenario just opened. */
    private Optional<String> recovered = Optional.empty();

    private final AtomicBoolean cancelFull = new AtomicBoolean();
    private volatile long generation;
    private Future<?> pending;

    public MainViewModel(AgentCost services) {
        this(services, Platform::runLater);
    }

    MainViewModel(AgentCost services, Consumer<Runnable> fxThread) {
        this.services = services;
        this.fxThread = fxThread;
        // Undo back to the saved text: nothing is unsaved, so a later window must not offer to restore anything
        text.addListener((o, a, b) -> {
            if (!loading && slot != null && b.equals(savedText.get())) slot.clear();
        });
    }

    // ---------------------------------------------------------------- files

    /** Opens a scenario: at most the loader's size (a device or a huge file is refused, not read whole), UTF-8 text. */
    public void open(Path path) throws IOException {
        String content = ScenarioLoader.readText(path);
        Path target = path.toAbsolutePath();
        leave();
        take(target);
        replaceText(target, content, content);
        recovered = slot.recover(content);
    }

    /** Unsaved text of the scenario just opened (or of an untitled one, after New) that a crashed window left. */
    public Optional<String> recovered() {
        return recovered;
    }

    /** Puts the recovered text in the editor (unsaved, and still in the autosave). */
    public void restore(String recoveredText) {
        text.set(recoveredText);
        recovered = Optional.empty();
    }

    /** The user discarded the unsaved text (recovered, or in the editor): a later start offers nothing. */
    public void discardAutosave() {
        recovered = Optional.empty();
        if (slot != null) slot.clear();
    }

    /**
     * Writes the unsaved text to the autosave (the app calls this every few seconds). A full disk stays full: after
     * a failure, no retry until a save succeeds; nor while another window has the file open.
     */
    public void autosave() {
        if (slot == null || !dirty.get() || !autosaveProblem.get().isEmpty()) return;
        String failed = slot.write(text.get());
        if (failed != null) autosaveProblem.set("Autosave stopped: " + failed + " — save to keep your edits");
    }

    /** Leaving a scenario (Open, New; the window asked about unsaved edits first): its autosave goes. */
    private void leave() {
        if (slot == null) return;
        slot.clear();
        slot.close();
        slot = null;
    }

    private void take(Path scenario) {
        slot = AutosaveSlot.claim(scenario);
        String name = scenario == null ? "An untitled scenario" : scenario.getFileName().toString();
        autosaveProblem.set(slot.elsewhere() ? name + " is open in another agentcost window: not autosaved here" : "");
    }

    private void replaceText(Path target, String saved, String content) {
        loading = true;
        try {
            file.set(target);
            savedText.set(saved);
            text.set(content);
        } finally {
            loading = false;
        }
    }

    /**
     * Writes to a temporary file beside the target, flushed to disk, and moves it into place, so a failed save
     * leaves the old file; the file keeps its permissions, and a symbolic link stays a link to the file it names.
     */
    public void saveAs(Path path) throws IOException {
        Path target = path.toAbsolutePath();
        byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.replace(target, out -> out.write(bytes), written -> {
        });
        // Save as: the edits now live in the new file, so the old one's autosave would offer them back wrongly
        if (slot == null || !target.equals(file.get()) || slot.elsewhere()) {
            leave();
            take(target);
        } else {
            autosaveProblem.set("");
        }
        file.set(target);
        savedText.set(text.get());
        slot.clear();
    }

    public void save() throws IOException {
        if (file.get() == null) throw new IllegalStateException("no file yet: use save as");
        saveAs(file.get());
    }

    public void newScenario(String template) {
        leave();
        take(null);
        replaceText(null, "", template);
        recovered = slot.recover(template);
    }

    // ---------------------------------------------------------------- runs

    /** Validates the text and, when it loads, runs the nominal estimate and a quick preview simulation. */
    public Future<?> preview() {
        return schedule(PREVIEW_ITERATIONS, false);
    }

    /** A full run with the scenario's own iterations (or convergence target), the forecast, progress and cancel. */
    public Future<?> runFull() {
        return schedule(-1, true);
    }

    public void cancel() {
        cancelFull.set(true);
    }

    private synchronized Future<?> schedule(int iterations, boolean full) {
        // a window being closed still has its last edit's preview timer running: nothing to run it for
        if (worker.isShutdown()) return CompletableFuture.completedFuture(null);
        long gen = ++generation;
        if (pending != null && !full) pending.cancel(false);
        String snapshot = text.get();
        String name = file.get() == null ? "untitled.yaml" : file.get().toString();
        cancelFull.set(false);
        fxThread.accept(() -> updating.set(true));
        if (full) fxThread.accept(() -> {
            running.set(true);
            progress.set(0);
            status.set("Running the full simulation…");
        });
        pending = worker.submit(() -> work(gen, snapshot, name, iterations, full));
        return pending;
    }

    private void work(long gen, String snapshot, String name, int iterations, boolean full) {
        long started = System.nanoTime();
        LoadResult loaded = services.parse(snapshot, name);
        if (!loaded.ok()) {
            publish(gen, () -> {
                problems.setAll(loaded.problems());
                status.set(loaded.problems().size() + " problem(s): results show the last valid version");
                running.set(false);
                updating.set(false);
            });
            return;
        }
        EstimateReport report = services.estimate(loaded.scenario(), loaded.catalog(), null);
        publish(gen, () -> {
            problems.clear();
            scenario.set(loaded.scenario());
            catalog.set(loaded.catalog());
            estimate.set(report);
            PriceSources sources = PriceSources.of(loaded.catalog(), report, LocalDate.now());
            catalogStatus.set(sources.line());
            catalogDetail.set(sources.detail());
            catalogStale.set(loaded.catalog().isStale(LocalDate.now()));
        });
        SimulationOptions options = SimulationOptions.of(loaded.scenario().simulation());
        if (!full) options = options.withIterations(iterations);
        boolean withForecast = full || !loaded.scenario().timeline().isEmpty();
        try {
            var sim = services.simulate(loaded.scenario(), loaded.catalog(), options,
                    (done, total) -> {
                        if (full) fxThread.accept(() -> advance(RunProgress.simulation(withForecast, done, total)));
                    },
                    () -> full ? cancelFull.get() : gen != generation);
            // part statistics are computed on first use: do it here, not on the JavaFX thread when a chart asks
            sim.cells().forEach(SimulationResult.CellResult::breakdown);
            ForecastResult fc = !withForecast ? null
                    : services.forecast(loaded.scenario(), loaded.catalog(), full ? options : options.withIterations(2_000),
                    (done, total) -> {
                        if (full) fxThread.accept(() -> advance(RunProgress.forecast(done, total)));
                    }, () -> full ? cancelFull.get() : gen != generation);
            // the whole run as the user waited for it: loading, estimate, simulation and forecast
            double seconds = (System.nanoTime() - started) / 1e9;
            publish(gen, () -> {
                simulation.set(sim);
                forecast.set(fc);
                progress.set(1);
                running.set(false);
                updating.set(false);
                status.set(RunProgress.status(full, sim.run(), fc == null ? 0 : fc.months().stream().mapToInt(ForecastResult.Month::month).max().orElse(0), seconds));
            });
        } catch (CancellationException e) {
            fxThread.accept(() -> {
                running.set(false);
                progress.set(0);
                if (gen == generation) updating.set(false);
                if (full) status.set("Full run cancelled; the results shown are from the last completed run");
            });
        } catch (RuntimeException e) {
            fxThread.accept(() -> {
                running.set(false);
                updating.set(false);
                status.set("Could not simulate: " + e.getMessage());
            });
        }
    }

    /** The workers report out of order: the bar only moves forward. */
    private void advance(double to) {
        if (to > progress.get()) progress.set(to);
    }

    /** Results of an older edit never overwrite a newer one. */
    private void publish(long gen, Runnable update) {
        fxThread.accept(() -> {
            if (gen == generation) update.run();
        });
    }

    /**
     * Refreshes the scenario region's prices from the AWS Price List (default credentials), the same
     * service as `agentcost pricing refresh`, then re-runs the preview with the new snapshot. The
     * outcome (what changed, what failed and why) goes to {@code done}.
     */
    /** The refresh of one region's prices (the app passes `PricingRefresh` with the default credentials). */
    public interface RefreshCall {
        PricingRefresh.Report refresh(String region) throws PricingRefresh.Failed;
    }

    public void refreshPrices(RefreshCall refresh, Consumer<String> done) {
        String region = scenario.get() == null ? "us-east-1" : scenario.get().region();
        fxThread.accept(() -> {
            running.set(true);
            status.set("Refreshing " + region + " prices from the AWS Price List…");
        });
        worker.submit(() -> {
            String message;
            try {
                var report = refresh.refresh(region);
                message = "Wrote " + report.written().getFileName() + ": " + report.refreshed() + " of " + report.prices()
                        + " prices refreshed, " + report.changed().size() + " changed, " + report.notRefreshed().size()
                        + " not found (they keep their earlier value).";
            } catch (PricingRefresh.Failed e) {
                message = RefreshMessage.failed(e);
            } catch (RuntimeException e) {
                message = "The refresh failed: " + e.getMessage() + "\nThe catalog is unchanged: the results keep the prices they had.";
            }
            String text = message;
            fxThread.accept(() -> {
                running.set(false);
                status.set(text.lines().findFirst().orElse(text));
                done.accept(text);
                preview();
            });
        });
    }

    /**
     * Writes the what-if workbook of the text as it is now (the scenario's own simulation settings, the
     * same service as `agentcost export`), with progress and cancel like a full run. The outcome goes
     * to the status line and to {@code done}.
     */
    public void exportWorkbook(Path out, Consumer<String> done) {
        String snapshot = text.get();
        String name = file.get() == null ? "untitled.yaml" : file.get().toString();
        cancelFull.set(false);
        fxThread.accept(() -> {
            running.set(true);
            progress.set(0);
            status.set("Exporting the what-if workbook to " + out.getFileName() + "…");
        });
        worker.submit(() -> {
            String message;
            LoadResult loaded = services.parse(snapshot, name);
            if (!loaded.ok()) {
                message = "Not exported: the scenario has " + loaded.problems().size() + " problem(s); fix them first.";
            } else {
                try {
                    SimulationOptions options = SimulationOptions.of(loaded.scenario().simulation());
                    services.exportWorkbook(loaded.scenario(), loaded.catalog(), name, options,
                            (d, t) -> fxThread.accept(() -> progress.set(Math.min(0.95, d / (double) t))), cancelFull::get, out);
                    message = "Wrote " + out + " (" + String.format(Locale.ROOT, "%,d", options.iterations())
                            + " iterations): edit its yellow cells in Excel or LibreOffice.";
                } catch (CancellationException e) {
                    message = "Export cancelled; nothing was written.";
                } catch (IOException e) {
                    message = "Cannot write " + out + ": " + e.getMessage() + ". Nothing was written.";
                } catch (RuntimeException e) {
                    message = "Export failed: " + e.getMessage() + ". Nothing was written.";
                }
            }
            String text = message;
            fxThread.accept(() -> {
                running.set(false);
                progress.set(0);
                status.set(text);
                done.accept(text);
            });
        });
    }

    public void shutdown() {
        cancelFull.set(true);
        worker.shutdownNow();
        if (slot != null) slot.close();
    }

    // ---------------------------------------------------------------- properties

    /** The services the window's tools run (calibration, actuals). */
    public AgentCost services() { return services; }
    public ObjectProperty<Path> fileProperty() { return file; }
    public StringProperty textProperty() { return text; }
    public BooleanBinding dirtyProperty() { return dirty; }
    public ObservableList<Problem> problems() { return problems; }
    public ObjectProperty<Scenario> scenarioProperty() { return scenario; }
    public ObjectProperty<Catalog> catalogProperty() { return catalog; }
    public ObjectProperty<EstimateReport> estimateProperty() { return estimate; }
    public ObjectProperty<SimulationResult> simulationProperty() { return simulation; }
    public ObjectProperty<ForecastResult> forecastProperty() { return forecast; }
    public ObjectBinding<List<String>> warningsProperty() { return warnings; }
    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public StringProperty autosaveProblemProperty() { return autosaveProblem; }
    public StringProperty catalogStatusProperty() { return catalogStatus; }
    public BooleanProperty catalogStaleProperty() { return catalogStale; }
    public StringProperty catalogDetailProperty() { return catalogDetail; }
    public BooleanProperty updatingProperty() { return updating; }

    /** Regions with a price snapshot in the pricing cache (what the region choice offers). */
    public List<String> regions() {
        return services.catalogs().regions();
    }

    public List<String> problemTexts() {
        return problems.stream().map(Problem::format).toList();
    }
}
