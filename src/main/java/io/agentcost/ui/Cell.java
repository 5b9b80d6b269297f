package io.agentcost.ui;

/**
 * One cell of the comparison table: the text drawn, the number a click on the column's header sorts by, and the exact
 * figure for the cell's tooltip when the text is a compact one ("+$4.41k" drawn, "+$4,412.37" in the tooltip). The
 * table's columns hold these rather than strings so that "$9,630" sorts below "$14,200", as the figures do, and not
 * above it as the text would. Cells without a number (n/a, –, new) sort after every figure.
 *
 * @param exact the tooltip text; null when the drawn text is already the whole figure
 */
record Cell(String text, double key, String exact) implements Comparable<Cell> {

    static Cell of(String text, double key) {
        return new Cell(text, key, null);
    }

    static Cell of(String text, Double key) {
        return new Cell(text, key == null ? Double.NaN : key, null);
    }

    static Cell text(String text) {
        return new Cell(text, Double.NaN, null);
    }

    @Override
    public int compareTo(Cell o) {
        boolean a = Double.isNaN(key);
        boolean b = Double.isNaN(o.key);
        if (a || b) return a && b ? text.compareTo(o.text) : a ? 1 : -1;
        return Double.compare(key, o.key);
    }

    /** The drawn text: what a test or a copy of the cell reads. */
    @Override
    public String toString() {
        return text;
    }
}
