package io.agentcost.ui;

import io.agentcost.app.EstimateReport;
import io.agentcost.report.Diff;
import io.agentcost.simulation.SimulationResult;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The app's comparison with a pinned baseline (issue 17, point 2): pin the results on screen, then edit the scenario
 * or open another file and read the change, B − A with the baseline as A, from the same {@link Diff} as `agentcost
 * diff`. The baseline outlives edits and opened files until it is cleared. No window: tested like the main view model.
 */
public final class CompareViewModel {

    /** What was pinned: the estimate and simulation on screen, and a name for them. */
    public record Baseline(String label, EstimateReport estimate, SimulationResult simulation) {
    }

    private final ObservableValue<EstimateReport> estimate;
    private final ObservableValue<SimulationResult> simulation;
    private final ObservableValue<Path> file;
    private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>();
    private final BooleanBinding canPin;
    private final ObjectBinding<Diff> diff;
    private final StringBinding note;

    public CompareViewModel(ObservableValue<EstimateReport> estimate, ObservableValue<SimulationResult> simulation, ObservableValue<Path> file) {
        this.estimate = estimate;
        this.simulation = simulation;
        this.file = file;
        canPin = Bindings.createBooleanBinding(() -> estimate.getValue() != null && simulation.getValue() != null, estimate, simulation);
        diff = Bindings.createObjectBinding(() -> {
            Baseline b = baseline.get();
            if (b == null || estimate.getValue() == null || simulation.getValue() == null) return null;
            return Diff.of(b.estimate(), estimate.getValue(), b.simulation(), simulation.getValue());
        }, baseline, estimate, simulation);
        note = Bindings.createStringBinding(this::describe, baseline, simulation, diff);
    }

    /** Pins the results on screen as the baseline (nothing without results yet). */
    public void pin() {
        if (!canPin.get()) return;
        Path f = file.getValue();
        String name = f == null ? estimate.getValue().scenario() : f.getFileName().toString();
        baseline.set(new Baseline(name + ", pinned " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)),
                estimate.getValue(), simulation.getValue()));
    }

    public void clear() {
        baseline.set(null);
    }

    /** The change of one phase × architecture against the baseline; null without a baseline or where neither has it. */
    public Diff.Cell cell(String phase, String architecture) {
        Diff d = diff.get();
        return d == null ? null : d.cell(phase, architecture);
    }

    /**
     * What the deltas are measured against, for the window: the baseline's name and, when its run and the current one
     * differ in seed, iterations or sampling, that the simulated deltas then include sampling noise.
     */
    private String describe() {
        Baseline b = baseline.get();
        if (b == null) return "";
        String text = "Δ = now − baseline (" + b.label() + ")";
        Diff d = diff.get();
        if (d != null && !d.architecturesRemoved().isEmpty()) text += "; only in the baseline: " + String.join(", ", d.architecturesRemoved());
        SimulationResult now = simulation.getValue();
        if (now == null) return text;
        var x = b.simulation().run();
        var y = now.run();
        if (x.seed() != y.seed() || x.iterations() != y.iterations() || !x.sampling().equals(y.sampling())) {
            return text + String.format(Locale.ROOT, "; the baseline ran %,d iterations (seed %d, %s), now %,d (seed %d, %s): simulated Δ"
                    + " include sampling noise", x.iterations(), x.seed(), x.sampling(), y.iterations(), y.seed(), y.sampling());
        }
        return text + "; same seed and iterations, so shared inputs draw the same";
    }

    public ReadOnlyObjectProperty<Baseline> baselineProperty() { return baseline; }
    public BooleanBinding canPinProperty() { return canPin; }
    public ObjectBinding<Diff> diffProperty() { return diff; }
    public StringBinding noteProperty() { return note; }
}
