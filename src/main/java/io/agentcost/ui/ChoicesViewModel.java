package io.agentcost.ui;

import io.agentcost.pricing.Catalog;
import io.agentcost.report.KeyReference;
import io.agentcost.scenario.ChoiceSite;
import io.agentcost.scenario.TextEdit;
import io.agentcost.scenario.YamlChoices;
import io.agentcost.scenario.YamlStructure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form editor of choices and structure: every setting that is one word out of a list (with
 * the words the loader accepts), and the phases, agents and architectures with add and remove.
 * Every change is one edit of the scenario text, so comments survive, Undo takes it back, and the
 * problems list and the preview follow as they do for typing.
 */
public final class ChoicesViewModel {

    private final StringProperty text;
    private final ObservableValue<Catalog> catalog;
    private final Supplier<List<String>> regionSource;
    private List<String> regions;
    private TextEdits edits;
    private final ObservableList<ChoiceSite> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ChoiceSite> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final StringProperty value = new SimpleStringProperty();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<YamlStructure.Kind, ObservableList<String>> names = new EnumMap<>(YamlStructure.Kind.class);
    private final Map<YamlStructure.Kind, ObjectProperty<String>> picked = new EnumMap<>(YamlStructure.Kind.class);
    private final Map<YamlStructure.Kind, BooleanProperty> canRemove = new EnumMap<>(YamlStructure.Kind.class);
    private boolean loading;

    /**
     * @param catalog the price catalog of the last scenario that loaded (instance types); may hold null
     * @param regions the regions with a price snapshot, asked again when the catalog changes
     */
    public ChoicesViewModel(StringProperty text, ObservableValue<Catalog> catalog, Supplier<List<String>> regions) {
        this.text = text;
        this.catalog = catalog;
        this.regionSource = regions;
        this.regions = regions.get();
        this.edits = TextEdits.of(text);
        for (YamlStructure.Kind k : YamlStructure.Kind.values()) {
            names.put(k, FXCollections.observableArrayList());
            picked.put(k, new SimpleObjectProperty<>());
            canRemove.put(k, new SimpleBooleanProperty(false));
            picked.get(k).addListener((o, a, b) -> updateCanRemove(k));
        }
        text.addListener((o, a, b) -> refresh());
        catalog.addListener((o, a, b) -> {
            this.regions = regionSource.get();
            refresh();
        });
        selected.addListener((o, a, site) -> load(site));
        value.addListener((o, a, v) -> {
            if (!loading && v != null) choose(v);
        });
        refresh();
    }

    public void setTextEdits(TextEdits edits) {
        this.edits = edits;
    }

    private void refresh() {
        String t = text.get();
        List<ChoiceSite> sites = YamlChoices.sites(t, catalog.getValue(), regions);
        if (sites.isEmpty() && !rows.isEmpty()) return; // unparsable for now: keep the last lists
        rows.setAll(sites);
        // read after the rows changed: a listener of theirs may have selected a setting
        String path = selected.get() == null ? null : selected.get().path();
        selected.set(sites.stream().filter(s -> s.path().equals(path)).findFirst().orElse(null));
        for (YamlStructure.Kind k : YamlStructure.Kind.values()) {
            List<String> now = YamlStructure.names(t, k);
            if (!now.equals(names.get(k))) {
                String keep = picked.get(k).get();
                names.get(k).setAll(now);
                // List.copyOf lists refuse contains(null): nothing picked yet is simply nothing picked
                picked.get(k).set(keep != null && now.contains(keep) ? keep : null);
            }
            updateCanRemove(k);
        }
    }

    /** Fills the editor with the selected setting's value and the words it may take. */
    private void load(ChoiceSite site) {
        loading = true;
        try {
            options.setAll(site == null ? List.of() : site.options());
            value.set(site == null ? null : site.value());
        } finally {
            loading = false;
        }
        String about = site == null ? null : site.description() != null ? site.description() : KeyReference.description(site.key());
        description.set(about == null ? "" : about.replace("`", ""));
    }

    /** Writes {@code v} as the selected setting (in place, or into the file where it was a default). */
    public boolean choose(String v) {
        ChoiceSite site = selected.get();
        if (site == null || v == null || v.isEmpty() || v.equals(site.value())) return false; // a default stays unwritten
        TextEdit edit = YamlChoices.set(text.get(), site, v);
        if (edit == null) return false;
        edits.apply(edit);
        message.set("Set " + site.path() + " to " + v + (site.written() ? "" : " (written into the file)"));
        return true;
    }

    /** Adds a copy of the picked entry (or the last one) under a new name and picks it. */
    public boolean add(YamlStructure.Kind kind) {
        List<String> before = List.copyOf(names.get(kind));
        YamlStructure.Change change = YamlStructure.add(text.get(), kind, picked.get(kind).get());
        message.set(change.message());
        if (change.refused()) return false;
        edits.apply(change.edit());
        List<String> added = new ArrayList<>(names.get(kind));
        added.removeAll(before);
        if (!added.isEmpty()) picked.get(kind).set(added.get(0));
        return true;
    }

    /** What removing the picked entry does (the question to confirm), or why it cannot be removed. */
    public YamlStructure.Change removal(YamlStructure.Kind kind) {
        String name = picked.get(kind).get();
        if (name == null) return new YamlStructure.Change(null, "pick the " + kind.noun() + " to remove");
        return YamlStructure.remove(text.get(), kind, name);
    }

    /** Removes the picked entry (after the view has asked). */
    public boolean remove(YamlStructure.Kind kind) {
        String name = picked.get(kind).get();
        YamlStructure.Change change = removal(kind);
        if (change.refused()) {
            message.set(change.message());
            return false;
        }
        edits.apply(change.edit());
        message.set("Removed " + kind.noun() + " " + name + " (Undo brings it back)");
        return true;
    }

    private void updateCanRemove(YamlStructure.Kind k) {
        canRemove.get(k).set(picked.get(k).get() != null && !removal(k).refused());
    }

    public ObservableList<ChoiceSite> rows() { return rows; }
    public ObjectProperty<ChoiceSite> selectedProperty() { return selected; }
    public ObservableList<String> options() { return options; }
    public StringProperty valueProperty() { return value; }
    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ObservableList<String> names(YamlStructure.Kind kind) { return names.get(kind); }
    public ObjectProperty<String> pickedProperty(YamlStructure.Kind kind) { return picked.get(kind); }
    public javafx.beans.property.ReadOnlyBooleanProperty canRemoveProperty(YamlStructure.Kind kind) { return canRemove.get(kind); }
}
