package io.agentcost.ui;

import io.agentcost.app.ActualsComparison;
import io.agentcost.app.ActualsReport;
import io.agentcost.app.AgentCost;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.CostLine;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.simulation.SimulationException;
import io.agentcost.simulation.SimulationOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Compare with actuals… (issue 18, point 3): runs the CLI's comparison ({@link ActualsComparison}) of a month of a cost
 * export with the open scenario's simulation, off the JavaFX thread, and holds what the window shows: the actual total on
 * the phase's S-curve with its percentile, a row per service and agent tag, the usage types no component bills. A bad
 * export shows the CLI's message (file, line, what was expected).
 */
public final class ActualsViewModel {

    /** One service, agent or the total, as the table shows it. */
    public record Row(String kind, String name, String actual, String p10, String p50, String p90, String at, String lines) {
    }

    /** A choice left to the comparison (the month's phase, the only architecture, the latest month). */
    public static final String AUTOMATIC = "(automatic)";

    private final AgentCost services;
    private final ObjectProperty<Scenario> scenario;
    private final ObjectProperty<Catalog> catalog;
    private final Executor worker;
    private final Consumer<Runnable> fxThread;

    private final ObjectProperty<Path> costs = new SimpleObjectProperty<>();
    private final StringProperty month = new SimpleStringProperty("");
    private final StringProperty agentTag = new SimpleStringProperty("");
    private final StringProperty phase = new SimpleStringProperty(AUTOMATIC);
    private final StringProperty architecture = new SimpleStringProperty(AUTOMATIC);
    private final ObservableList<String> phases = FXCollections.observableArrayList();
    private final ObservableList<String> architectures = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("");
    private final ObjectProperty<ActualsReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> unknown = FXCollections.observableArrayList();
    private final BooleanBinding canRun;

    public ActualsViewModel(AgentCost services, ObjectProperty<Scenario> scenario, ObjectProperty<Catalog> catalog, Executor worker,
                            Consumer<Runnable> fxThread) {
        this.services = services;
        this.scenario = scenario;
        this.catalog = catalog;
        this.worker = worker;
        this.fxThread = fxThread;
        canRun = Bindings.createBooleanBinding(() -> costs.get() != null && !running.get() && scenario.get() != null, costs, running, scenario);
        scenario.addListener(follow);
        names(scenario.get());
    }

    private final javafx.beans.value.ChangeListener<Scenario> follow = (o, a, s) -> names(s);

    /** The window closed: stop following the scenario. */
    public void dispose() {
        scenario.removeListener(follow);
    }

    private void names(Scenario s) {
        List<String> p = new ArrayList<>(List.of(AUTOMATIC));
        List<String> a = new ArrayList<>(List.of(AUTOMATIC));
        if (s != null) {
            s.phases().stream().map(Phase::name).forEach(p::add);
            s.architectures().stream().map(ArchitectureSpec::name).forEach(a::add);
        }
        phases.setAll(p);
        architectures.setAll(a);
    }

    /** Reads the export and simulates the phase, off the JavaFX thread. */
    public void run() {
        if (costs.get() == null || running.get()) return;
        Scenario s = scenario.get();
        Catalog c = catalog.get();
        if (s == null || c == null) {
            fail("The scenario has problems (see the YAML tab): fix them first, the comparison simulates it.");
            return;
        }
        Path file = costs.get();
        String m = blank(month.get());
        String tag = blank(agentTag.get());
        String ph = auto(phase.get());
        String arch = auto(architecture.get());
        running.set(true);
        failed.set(false);
        message.set("Reading " + file + " and simulating the plan…");
        worker.execute(() -> {
            ActualsReport r;
            try {
                r = ActualsComparison.run(services, s, c, file, m, tag, ph, arch, SimulationOptions.of(s.simulation()));
            } catch (BadFile e) {
                // the CLI's words, with the window's own names for its options
                fxThread.accept(() -> fail(String.join("\n", e.messages()).replace("give --phase", "choose a Phase above")
                        .replace("give --architecture", "choose an Architecture above")));
                return;
            } catch (SimulationException e) {
                fxThread.accept(() -> fail("The scenario: " + e.getMessage()));
                return;
            } catch (RuntimeException e) {
                fxThread.accept(() -> fail(file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                return;
            }
            fxThread.accept(() -> show(r));
        });
    }

    private void fail(String why) {
        running.set(false);
        failed.set(true);
        report.set(null);
        rows.clear();
        unknown.clear();
        headline.set("");
        message.set(why);
    }

    private void show(ActualsReport r) {
        running.set(false);
        failed.set(false);
        ActualsReport.Row t = r.total();
        var at = t.placement();
        headline.set(String.format(Locale.ROOT, "%s: actual %s falls %s of the plan (phase %s, %s; architecture %s; %,d iterations)",
                r.month(), money(t.actualUsd()), (at.below() || at.above() ? "" : "at ") + at.label(), r.phase(),
                r.phaseReason().equals("--phase") ? "chosen" : r.phaseReason(), r.architecture(), r.iterations()));
        List<Row> out = new ArrayList<>();
        for (ActualsReport.Row x : r.services()) out.add(row("service", x));
        for (ActualsReport.Row x : r.agents()) out.add(row("agent", x));
        out.add(row("total", t));
        rows.setAll(out);
        List<String> u = new ArrayList<>();
        for (CostLine l : r.unknown()) u.add(String.format(Locale.ROOT, "%s  %s  %s  (%s:%d)", l.productCode(), l.usageType(), money(l.usd()), l.file(), l.line()));
        for (CostLine l : r.notCompared()) u.add(String.format(Locale.ROOT, "not compared (%s): %s  %s  %s", l.lineType(), l.productCode(), l.usageType(), money(l.usd())));
        unknown.setAll(u);
        message.set(r.unknown().isEmpty() ? "Every usage type of the month is billed by a component of the plan."
                : r.unknown().size() + " usage type line(s) no component of the plan bills: in the total, not per service (listed below).");
        report.set(r);
    }

    private static Row row(String kind, ActualsReport.Row x) {
        List<String> lines = x.lines().stream().map(e -> e.side() + " " + e.name() + " " + money(e.usd())).toList();
        return new Row(kind, x.name(), money(x.actualUsd()), money(x.p10()), money(x.p50()), money(x.p90()),
                x.placement() == null ? "not in plan" : x.placement().label(), String.join("; ", lines));
    }

    static String money(Double usd) {
        return usd == null ? "–" : String.format(Locale.ROOT, "$%,.2f", usd);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String auto(String s) {
        return s == null || s.isBlank() || s.equals(AUTOMATIC) ? null : s;
    }

    public ObjectProperty<Path> costsProperty() { return costs; }
    public StringProperty monthProperty() { return month; }
    public StringProperty agentTagProperty() { return agentTag; }
    public StringProperty phaseProperty() { return phase; }
    public StringProperty architectureProperty() { return architecture; }
    public ObservableList<String> phases() { return phases; }
    public ObservableList<String> architectures() { return architectures; }
    public BooleanProperty runningProperty() { return running; }
    public BooleanProperty failedProperty() { return failed; }
    public StringProperty messageProperty() { return message; }
    public StringProperty headlineProperty() { return headline; }
    public ReadOnlyObjectProperty<ActualsReport> reportProperty() { return report; }
    public ObservableList<Row> rows() { return rows; }
    public ObservableList<String> unknown() { return unknown; }
    public BooleanBinding canRunProperty() { return canRun; }
}
