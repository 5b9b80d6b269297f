package io.agentcost.ui;

import io.agentcost.model.LineItem;
import io.agentcost.report.Format;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The nominal line items of the selected phase and architecture: filtered by a search field, sorted by any
 * column (quantities and amounts as numbers, not as text), with the category beside each line and the total of
 * the lines shown under the table, so a reader can check that the lines add up to the answer.
 */
final class LineItemsPane {

    private LineItemsPane() {
    }

    static Parent of(ObservableList<LineItem> lines) {
        TextField filter = new TextField();
        filter.setPromptText("Filter lines (name, component, category, agent)…");
        FilteredList<LineItem> filtered = new FilteredList<>(lines);
        filter.textProperty().addListener((o, a, q) -> {
            String needle = q == null ? "" : q.toLowerCase(Locale.ROOT);
            filtered.setPredicate(l -> needle.isEmpty() || (l.name() + " " + l.service() + " "
                    + l.category().key() + " " + (l.agent() == null ? "" : l.agent())).toLowerCase(Locale.ROOT).contains(needle));
        });
        SortedList<LineItem> sorted = new SortedList<>(filtered);
        TableView<LineItem> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("lines");
        table.getColumns().add(text("Component", LineItem::service, 100));
        table.getColumns().add(text("Category", l -> l.category().key(), 90));
        table.getColumns().add(text("Agent", LineItem::agentOrShared, 80));
        table.getColumns().add(text("Line", LineItem::name, 380));
        table.getColumns().add(number("Quantity", LineItem::quantity, l -> Format.quantity(l.quantity()) + " " + l.unit(), 150));
        table.getColumns().add(text("Unit price", l -> l.priceKey() == null ? "" : Format.rate(l.unitPriceUsd()) + (l.tiered() ? "*" : ""), 100));
        table.getColumns().add(number("USD / month", l -> l.missingPrice() ? -1 : l.usd(), l -> l.missingPrice() ? "missing" : Format.money(l.usd()), 110));
        // quantities, prices and amounts whole ("1,460 load-balanc…" was cut at 1280 px); the line's name takes what is
        // left, at least 160 px, and says itself whole in its tooltip; narrower than that the table scrolls sideways
        table.getColumns().get(3).getProperties().put(ColumnFit.FILLS, 160.0);
        table.getProperties().put(ColumnFit.SCROLL_BAR, 16.0); // most phases have more lines than the tab shows
        ColumnFit.install(table);
        sorted.addListener((javafx.collections.ListChangeListener<LineItem>) change -> ColumnFit.fit(table));
        Label total = new Label();
        total.setId("lines-total");
        total.setStyle("-fx-font-weight: bold;");
        // The shown lines are worked out from the source and the predicate, not read from the FilteredList: when
        // the source is replaced, this binding can run before the FilteredList has caught up (its size then stale).
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            var keep = filtered.getPredicate();
            return totalText(keep == null ? lines : lines.stream().filter(keep).toList(), lines);
        }, lines, filtered.predicateProperty()));
        VBox box = new VBox(6, filter, table, total);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    /** "12 lines: $14,328.26 / month" — of the lines shown, and of all when a filter hides some. */
    static String totalText(List<LineItem> shown, List<LineItem> all) {
        String text = shown.size() + (shown.size() == 1 ? " line: " : " lines: ") + Format.money(sum(shown)) + " / month";
        if (shown.size() != all.size()) text += " (all " + all.size() + " lines: " + Format.money(sum(all)) + ")";
        if (shown.stream().anyMatch(LineItem::missingPrice)) text += "; lines with a missing price are not in the total";
        return text;
    }

    private static double sum(List<LineItem> lines) {
        return lines.stream().filter(l -> !l.missingPrice()).mapToDouble(LineItem::usd).sum();
    }

    /** A long name ("Endpoint instance-hours (ml.g5.2xlarge, autoscaled…)") is cut at 1280 px: the whole of it on hover. */
    private static TableColumn<LineItem, String> text(String title, Function<LineItem, String> f, double width) {
        return TextColumns.of(title, width, f);
    }

    /** Sorted by the number, shown as the text. */
    private static TableColumn<LineItem, LineItem> number(String title, ToDoubleFunction<LineItem> value, Function<LineItem, String> shown,
                                                          double width) {
        TableColumn<LineItem, LineItem> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator((a, b) -> Double.compare(value.applyAsDouble(a), value.applyAsDouble(b)));
        c.getProperties().put(ColumnFit.TEXT, (Function<LineItem, String>) shown::apply);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        return c;
    }
}
