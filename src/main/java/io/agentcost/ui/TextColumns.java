package io.agentcost.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Table columns of text whose whole text is on hover: a cell cut at its width (a long line name, a fitted spread) can always be read. */
final class TextColumns {

    private TextColumns() {
    }

    /** A column showing {@code value} of each row, {@code width} px wide, with the text in a tooltip. */
    static <R> TableColumn<R, String> of(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(x -> tipped());
        c.setPrefWidth(width);
        return c;
    }

    /** A cell that shows its text and carries it as its tooltip (none for an empty cell). */
    static <R> TableCell<R, String> tipped() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }
}
