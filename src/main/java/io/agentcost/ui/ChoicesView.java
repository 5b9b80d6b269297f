package io.agentcost.ui;

import io.agentcost.model.Problem;
import io.agentcost.scenario.ChoiceSite;
import io.agentcost.scenario.YamlStructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Phases, agents and architectures with add and remove, and the table of choices; binds to {@link ChoicesViewModel}. */
public final class ChoicesView {

    private final ChoicesViewModel vm;
    private final VBox root = new VBox(6);
    final TreeTableView<Line> table = new TreeTableView<>();
    final ComboBox<String> value = new ComboBox<>();
    /** Asks before a removal; the window shows a dialog (tests may answer themselves). */
    Predicate<String> confirm = ChoicesView::ask;

    public ChoicesView(ChoicesViewModel vm, ObservableList<Problem> problems) {
        this.vm = vm;
        Label structureTitle = bold("Structure");
        Label structureHint = new Label("Add copies the selected entry (or the last) under a new name. Undo takes any change back.");
        structureHint.setId("structure-hint");
        structureHint.setWrapText(true);
        HBox structure = new HBox(6);
        for (YamlStructure.Kind kind : YamlStructure.Kind.values()) structure.getChildren().add(column(kind));
        Label message = new Label();
        message.setId("choices-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        Label choicesTitle = bold("Choices");
        table.setId("choices");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.getColumns().add(column("Setting", l -> l.site() == null ? l.group() : l.site().key(), 225));
        table.getColumns().add(column("Value", l -> l.site() == null ? "" : l.site().value(), 120));
        table.getColumns().add(column("From", l -> l.site() == null ? "" : l.site().origin().toString(), 55));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No choices: the YAML does not parse"));
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setStyle(!empty && line != null && line.site() == null ? "-fx-font-weight: bold;" : "");
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<ChoiceSite>) c -> rebuild());
        rebuild();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != null && item.getValue().site() != null) vm.selectedProperty().set(item.getValue().site());
        });
        // the rows are rebuilt after every edit: keep the chosen setting selected
        vm.selectedProperty().addListener((o, a, site) -> select(site));
        Label editing = new Label();
        editing.setStyle("-fx-font-weight: bold;");
        editing.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? "Select a setting to choose its value" : "Editing " + vm.selectedProperty().get().path(), vm.selectedProperty()));
        value.setId("choice");
        value.setItems(vm.options());
        value.setValue(vm.valueProperty().get());
        vm.valueProperty().addListener((o, a, v) -> {
            if (!Objects.equals(value.getValue(), v)) value.setValue(v);
        });
        // new items clear the box's value: show the setting's value again
        vm.options().addListener((javafx.collections.ListChangeListener<String>) c -> value.setValue(vm.valueProperty().get()));
        // a pick is applied after the popup's own selection event: the edit rebuilds the items it is iterating
        value.valueProperty().addListener((o, a, v) -> {
            if (v != null && !v.equals(vm.valueProperty().get())) javafx.application.Platform.runLater(() -> vm.valueProperty().set(v));
        });
        value.disableProperty().bind(vm.selectedProperty().isNull());
        value.setPrefWidth(170);
        value.setMinWidth(170);
        Label description = new Label();
        description.textProperty().bind(vm.descriptionProperty());
        description.setWrapText(true);
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox editor = new HBox(8, value, description);

        ListView<Problem> problemList = ProblemList.of(problems, "choices-problems", 80);

        // -Dagentcost.ui.choice=architectures.self_hosted.sagemaker.mode selects a setting (screenshots in docs/)
        String start = System.getProperty("agentcost.ui.choice");
        if (start != null) vm.rows().addListener((javafx.collections.ListChangeListener<ChoiceSite>) c -> {
            if (vm.selectedProperty().get() == null) vm.rows().stream().filter(r -> r.path().equals(start)).findFirst()
                    .ifPresent(r -> {
                        vm.selectedProperty().set(r);
                        table.scrollTo(table.getSelectionModel().getSelectedIndex());
                    });
        });
        // when the problems list appears the tree gives up the room, not the explanations
        for (Label l : List.of(structureHint, message, description)) l.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(structureTitle, structureHint, structure, message, choicesTitle, table, editing, editor, problemList);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    public Parent root() {
        return root;
    }

    /** A row of the choices tree: a group (scenario, workload, a phase, an agent, an architecture) or one setting. */
    record Line(String group, ChoiceSite site) {
    }

    /** Settings grouped by what they belong to, in file order; updated in place (scroll kept) when only values changed. */
    private void rebuild() {
        List<TreeItem<Line>> items = table.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream()).toList();
        List<ChoiceSite> sites = vm.rows();
        boolean sameSettings = items.size() == sites.size();
        for (int i = 0; sameSettings && i < sites.size(); i++) sameSettings = items.get(i).getValue().site().path().equals(sites.get(i).path());
        if (sameSettings) {
            for (int i = 0; i < sites.size(); i++) items.get(i).setValue(new Line(sites.get(i).scope(), sites.get(i)));
            return;
        }
        Map<String, TreeItem<Line>> groups = new LinkedHashMap<>();
        for (ChoiceSite site : vm.rows()) {
            TreeItem<Line> group = groups.computeIfAbsent(site.scope(), g -> {
                TreeItem<Line> item = new TreeItem<>(new Line(g, null));
                item.setExpanded(true);
                return item;
            });
            group.getChildren().add(new TreeItem<>(new Line(site.scope(), site)));
        }
        table.getRoot().getChildren().setAll(groups.values());
        select(vm.selectedProperty().get());
        if (table.getSelectionModel().getSelectedIndex() >= 0) table.scrollTo(table.getSelectionModel().getSelectedIndex());
    }

    private void select(ChoiceSite site) {
        if (site == null) return;
        TreeItem<Line> current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.getValue() != null && site.equals(current.getValue().site())) return;
        for (TreeItem<Line> group : table.getRoot().getChildren()) {
            for (TreeItem<Line> item : group.getChildren()) {
                if (item.getValue().site().path().equals(site.path())) {
                    table.getSelectionModel().select(item);
                    return;
                }
            }
        }
    }

    private VBox column(YamlStructure.Kind kind) {
        String title = kind.key().substring(0, 1).toUpperCase(Locale.ROOT) + kind.key().substring(1);
        ListView<String> list = new ListView<>(vm.names(kind));
        list.setId("list-" + kind.key());
        list.setPrefHeight(110);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, name) -> {
            if (name != null) vm.pickedProperty(kind).set(name);
        });
        vm.pickedProperty(kind).addListener((o, a, name) -> {
            if (name != null && !name.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(name);
                list.scrollTo(name);
            }
        });
        Button add = new Button("Add");
        add.setId("add-" + kind.noun());
        add.setOnAction(e -> vm.add(kind));
        Button remove = new Button("Remove…");
        remove.setId("remove-" + kind.noun());
        remove.disableProperty().bind(vm.canRemoveProperty(kind).not());
        remove.setOnAction(e -> {
            YamlStructure.Change change = vm.removal(kind);
            if (!change.refused() && confirm.test(change.message())) vm.remove(kind);
        });
        // never "A…" or "Rem…" when the three lists share a narrow pane
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        // side by side where the three lists have room; at 1280 px (a 270-px pane) Remove… goes under Add instead of past
        // the pane's edge
        FlowPane buttons = new FlowPane(6, 4, add, remove);
        VBox box = new VBox(4, bold(title), list, buttons);
        buttons.prefWrapLengthProperty().bind(box.widthProperty());
        // the three columns share what the pane has (about 80 px each in a 270-px pane) instead of widening the tab past
        // its edge: a list shrinks, its names scroll sideways; Add and Remove… keep their words with a narrower padding
        box.setMinWidth(0);
        list.setMinWidth(0);
        buttons.setMinWidth(0);
        for (Button b : List.of(add, remove)) b.setStyle("-fx-padding: 4 5 4 5;");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static boolean ask(String question) {
        ButtonType yes = new ButtonType("Remove", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
        alert.setHeaderText(null);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == yes;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static TreeTableColumn<Line, String> column(String title, Function<Line, String> f, double width) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue().getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
