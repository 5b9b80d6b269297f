package io.agentcost.ui;

import io.agentcost.app.AgentCost;
import io.agentcost.app.LogCalibration;
import io.agentcost.calibrate.BadFile;
import io.agentcost.calibrate.Fragment;
import io.agentcost.scenario.YamlSettings;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Calibrate from logs… (issue 18, point 3): runs the CLI's calibration ({@link LogCalibration}) off the JavaFX thread and
 * shows each fitted value beside the one the open scenario has, with what it rests on; the chosen ones are written into
 * the scenario text as one edit ({@link YamlSettings}: values replaced in place, missing keys added, comments kept), so
 * the editor's Undo takes the whole application back in one step. Bad logs show the CLI's message and change nothing.
 */
public final class CalibrateViewModel {

    /**
     * One fitted value and where it would go.
     *
     * @param scope      the scenario mapping it is written to ({@code workload}, {@code agents.NAME}, {@code phases.NAME},
     *                   {@code timeline[i]})
     * @param current    what the scenario writes there now ("(not set: …)" when it does not)
     * @param basis      source, record count and fit quality (the comment the CLI writes beside it)
     * @param applicable false where the scenario has no such mapping; {@code reason} says why
     */
    public static final class Row {
        final String scope, key, label, fitted, basis, reason;
        final boolean applicable;
        final StringProperty current = new SimpleStringProperty();
        final BooleanProperty chosen = new SimpleBooleanProperty();

        Row(String scope, String key, String label, String fitted, String basis, boolean applicable, String reason, boolean chosen) {
            this.scope = scope;
            this.key = key;
            this.label = label;
            this.fitted = fitted;
            this.basis = basis;
            this.applicable = applicable;
            this.reason = reason;
            this.chosen.set(chosen && applicable);
        }

        public String path() { return label; }
        public String key() { return key; }
        public String scope() { return scope; }
        public String fitted() { return fitted; }
        public String basis() { return applicable ? basis : reason + " — " + basis; }
        public boolean applicable() { return applicable; }
        public StringProperty currentProperty() { return current; }
        public BooleanProperty chosenProperty() { return chosen; }
    }

    private final AgentCost services;
    private final StringProperty text;
    private final TextEdits edits;
    private final Executor worker;
    private final Consumer<Runnable> fxThread;

    private final ObjectProperty<Path> logs = new SimpleObjectProperty<>();
    private final StringProperty groupBy = new SimpleStringProperty("session");
    private final StringProperty agentTag = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new javafx.beans.Observable[]{r.chosen});
    private final BooleanBinding canRun = Bindings.createBooleanBinding(() -> logs.get() != null && !running.get(), logs, running);
    private final BooleanBinding canApply = Bindings.createBooleanBinding(
            () -> !running.get() && rows.stream().anyMatch(r -> r.chosen.get()), running, rows);

    /**
     * @param edits    where the edit goes: the YAML editor's replacement, so it is one step of its undo history
     * @param worker   runs the calibration (a background thread in the app; inline in tests)
     * @param fxThread brings its result back to the JavaFX thread
     */
    public CalibrateViewModel(AgentCost services, StringProperty text, TextEdits edits, Executor worker, Consumer<Runnable> fxThread) {
        this.services = services;
        this.text = text;
        this.edits = edits;
        this.worker = worker;
        this.fxThread = fxThread;
        text.addListener(follow);
    }

    /** Keeps the current values up to date as the user edits the scenario (and after Apply or Undo). */
    private final javafx.beans.value.ChangeListener<String> follow = (o, a, b) -> rows.forEach(r -> r.current.set(current(b, r.scope, r.key)));

    /** The window closed: stop following the scenario text. */
    public void dispose() {
        text.removeListener(follow);
    }

    /** Streams the logs and fits them, off the JavaFX thread; the rows are replaced when it is done. */
    public void run() {
        if (!canRun.get()) return;
        Path path = logs.get();
        String group = groupBy.get() == null || groupBy.get().isBlank() ? "session" : groupBy.get().trim();
        String tag = agentTag.get() == null || agentTag.get().isBlank() ? null : agentTag.get().trim();
        running.set(true);
        failed.set(false);
        message.set("Reading " + path + "…");
        worker.execute(() -> {
            LogCalibration r;
            try {
                r = LogCalibration.run(services, path, group, tag, "the fitted values");
            } catch (BadFile e) {
                fxThread.accept(() -> fail(String.join("\n", e.messages())));
                return;
            } catch (RuntimeException e) {
                // an unreadable file the reader did not foresee: its message, never a stack trace
                fxThread.accept(() -> fail(path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                return;
            }
            fxThread.accept(() -> show(r));
        });
    }

    private void fail(String why) {
        running.set(false);
        failed.set(true);
        rows.clear();
        summary.set("");
        message.set(why + "\nNothing in the scenario was changed.");
    }

    private void show(LogCalibration r) {
        running.set(false);
        failed.set(false);
        var f = r.fitted();
        summary.set(String.format(Locale.ROOT, "%,d records in %d file(s), %s to %s", f.records(), f.files(), f.firstTimestamp(), f.lastTimestamp())
                + (r.skipped() > 0 ? String.format(Locale.ROOT, "; %,d of another schemaType skipped", r.skipped()) : ""));
        List<String> notes = new ArrayList<>(r.fragment().warnings());
        message.set(notes.isEmpty() ? "" : "Note: " + String.join("\nNote: ", notes));
        rows.setAll(rows(text.get(), r.fragment(), f.byAgent()));
    }

    /** The rows of a fragment's values against the scenario text: where each would go, what is there now. */
    static List<Row> rows(String text, Fragment fragment, boolean byAgent) {
        List<Row> out = new ArrayList<>();
        for (Fragment.Value v : fragment.values()) {
            if (v.key().equals("monthly_growth")) {
                List<String> phases = YamlSettings.timelinePhases(text);
                if (phases.isEmpty()) {
                    out.add(row(text, "timeline", v, "timeline.monthly_growth", false, "the scenario has no timeline", false));
                }
                // which months of the plan the pilot's growth belongs to is the user's call: none is chosen at first
                for (int i = 0; i < phases.size(); i++) {
                    out.add(row(text, "timeline[" + i + "]", v, "timeline[" + i + "] (" + (phases.get(i) == null ? "no phase" : phases.get(i))
                            + ").monthly_growth", true, null, false));
                }
                continue;
            }
            String scope = v.agent() == null ? "workload" : "agents." + v.agent();
            boolean has = YamlSettings.hasScope(text, scope);
            String reason = has ? null : v.agent() == null ? "the scenario has no workload mapping" : "the scenario has no agent named " + v.agent();
            Fragment.Value perInstance = v.agent() == null ? v : perInstance(text, scope, v);
            out.add(row(text, scope, perInstance, scope + "." + v.key(), has, reason, true));
            if (v.agent() == null || !byAgent) {
                // a phase that writes the key overrides the workload: its own row, chosen only by the user
                for (String p : YamlSettings.phasesWriting(text, v.key())) {
                    out.add(row(text, "phases." + p, v, "phases." + p + "." + v.key(), true, null, false));
                }
            }
        }
        return out;
    }

    /**
     * An agent's conversations are per instance (SPEC: {@code count} copies of it): the tag's conversations divided by the
     * count the scenario gives the agent.
     */
    private static Fragment.Value perInstance(String text, String scope, Fragment.Value v) {
        if (!v.key().equals("monthly_conversations")) return v;
        String count = YamlSettings.written(text, scope, "count");
        double n;
        try {
            n = count == null ? 1 : Double.parseDouble(count);
        } catch (NumberFormatException e) {
            return v;
        }
        if (!(n > 0) || n == 1) return v;
        double perOne = Double.parseDouble(v.value()) / n;
        String value = perOne == Math.rint(perOne) ? String.valueOf((long) perOne) : String.format(Locale.ROOT, "%.2f", perOne);
        return new Fragment.Value(v.agent(), v.key(), value, v.value() + " for the tag ÷ count " + count + " instances; " + v.comment());
    }

    private static Row row(String text, String scope, Fragment.Value v, String label, boolean applicable, String reason, boolean chosen) {
        Row r = new Row(scope, v.key(), label, v.value(), v.comment(), applicable, reason, chosen);
        r.current.set(current(text, scope, v.key()));
        return r;
    }

    /** What the scope writes for the key, or where its value comes from when it writes none. */
    static String current(String text, String scope, String key) {
        if (!YamlSettings.hasScope(text, scope)) return "–";
        String w = YamlSettings.written(text, scope, key);
        if (w != null) return w;
        if (!scope.equals("workload")) {
            String inherited = YamlSettings.written(text, "workload", key);
            if (inherited != null) return "(not set: workload's " + inherited + ")";
        }
        return "(not set: default)";
    }

    /**
     * Writes the chosen values into the scenario as one edit. Returns false (and says why) when nothing could be applied;
     * the text is then unchanged.
     */
    public boolean apply() {
        List<YamlSettings.Setting> settings = new ArrayList<>();
        for (Row r : rows) if (r.applicable && r.chosen.get()) settings.add(new YamlSettings.Setting(r.scope, r.key, r.fitted));
        var change = YamlSettings.set(text.get(), settings);
        if (change.refused()) {
            failed.set(true);
            message.set(change.message() + "\nNothing in the scenario was changed.");
            return false;
        }
        edits.apply(change.edit());
        String applied = "Applied " + settings.size() + " value" + (settings.size() == 1 ? "" : "s") + " as one edit: Undo takes them all back.";
        // a fitted value can clash with the rest of the scenario (a {varies: …} input named in a correlation): say so now
        var check = services.parse(text.get(), "scenario");
        failed.set(!check.ok());
        message.set(check.ok() ? applied : applied + "\nThe scenario now has " + check.problems().size() + " problem(s), first: "
                + check.problems().get(0).format() + " (see the YAML tab).");
        return true;
    }

    /** Chooses every row that can be applied, or none. */
    public void chooseAll(boolean all) {
        rows.forEach(r -> r.chosen.set(all && r.applicable));
    }

    public ObjectProperty<Path> logsProperty() { return logs; }
    public StringProperty groupByProperty() { return groupBy; }
    public StringProperty agentTagProperty() { return agentTag; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty failedProperty() { return failed; }
    public StringProperty summaryProperty() { return summary; }
    public ObservableList<Row> rows() { return rows; }
    public BooleanBinding canRunProperty() { return canRun; }
    public BooleanBinding canApplyProperty() { return canApply; }
}
