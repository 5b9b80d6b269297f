package io.agentcost.ui;

import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps every figure of a table whole: each column's minimum width is the wider of its header (measured once, when the
 * column is made) and its widest cell text now. What is left of the table's width is shared out; when the minimums add up
 * to more than the table's width it scrolls sideways instead of cutting "$9,630" to "$9,…".
 */
final class ColumnFit {

    /** The key under which a column keeps the width its header needs (its graphic's text, bold, with the header's padding). */
    static final String HEADER_MIN = "agentcost.header-min";
    /**
     * The key of a column that gives way instead (the line items' names): it keeps this minimum, takes whatever width the
     * others leave, and its cells' tooltips give a cut name whole.
     */
    static final String FILLS = "agentcost.fills";
    /** The key of a column's text of its cell value, where the value is not its text (a line item shown as its quantity). */
    static final String TEXT = "agentcost.text";
    /** The key of the width a table keeps free for its vertical scroll bar (the line items; the comparison has none). */
    static final String SCROLL_BAR = "agentcost.scroll-bar";
    /** A cell's padding (0.166667em each side), its right border and two pixels so that rounding never costs a letter. */
    static final double CELL_PADDING = 10;

    private ColumnFit() {
    }

    static void fit(TableView<?> table) {
        Font font = Font.getDefault();
        for (TableColumn<?, ?> c : table.getColumns()) {
            double header = c.getProperties().get(HEADER_MIN) instanceof Double d ? d
                    : width(c.getText() == null ? "" : c.getText(), Font.font(font.getFamily(), FontWeight.BOLD, font.getSize())) + 12;
            if (c.getProperties().get(FILLS) instanceof Double fills) {
                c.setMinWidth(Math.max(header, fills));
                continue;
            }
            double content = 0;
            for (int row = 0; row < table.getItems().size(); row++) {
                Object v = c.getCellData(row);
                if (v == null) continue;
                String text = c.getProperties().get(TEXT) instanceof Function<?, ?> f
                        ? String.valueOf(((Function<Object, ?>) f).apply(v)) : v.toString();
                content = Math.max(content, width(text, font));
            }
            double min = Math.ceil(Math.max(header, content + CELL_PADDING));
            c.setMinWidth(min);
        }
        share(table);
    }

    /** Shares the table's width out again whenever it changes (the window is resized or the split pane's divider moved). */
    static void install(TableView<?> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((o, a, b) -> share(table));
    }

    /**
     * Columns that fit share the table's width in proportion to their minimums; columns that do not keep their minimums
     * and the table scrolls sideways. Not the constrained resize policies: they squeeze columns below their minimum
     * widths, and when columns appear (the Δ columns of a baseline) they keep the widths they gave the others, so the
     * last columns were drawn past the table's edge with no scroll bar to reach them.
     */
    private static void share(TableView<?> table) {
        double need = 0;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) need += c.getMinWidth();
        double bar = table.getProperties().get(SCROLL_BAR) instanceof Double d ? d : 0;
        double have = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar;
        if (have <= 0 || need <= 0) return;
        double extra = Math.max(0, have - need);
        TableColumn<?, ?> fills = table.getVisibleLeafColumns().stream().filter(c -> c.getProperties().containsKey(FILLS)).findFirst().orElse(null);
        double scale = fills == null ? Math.max(1, have / need) : 1;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            c.setPrefWidth(Math.floor(c == fills ? c.getMinWidth() + extra : c.getMinWidth() * scale));
        }
    }

    static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
