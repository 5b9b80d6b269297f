package io.agentcost.export;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.expr.Spread;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.estimate.workbook.FormulaRefs;
import io.agentcost.estimate.workbook.SpreadPoints;
import io.agentcost.estimate.workbook.WorkbookFormulas;
import io.agentcost.model.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How conversations differ from one another within a month (SPEC §12, {@code {varies: D}}): each spread's points as
 * cells a user can edit — a discrete D's values and weights, a continuous D's parameters, from which its 1,000
 * equal-probability points are formulas — and beside them, for every mean the cost model takes over the spread, the
 * quantity at each point and its weighted mean, the cell the Traffic and architecture sheets read. Columns are handed
 * out as the other sheets' formulas first ask for a mean, and filled in at the end ({@link #write}), when every cell a
 * mean's body reads (inputs, levers) has its place.
 */
final class SpreadsSheet {

    /** Rows: title, note, then per column the spread's name, its form, three parameters, the mean, a header and the points. */
    private static final int NAME_ROW = 3, FORM_ROW = 4, FIRST_PARAMETER_ROW = 5, MEAN_ROW = 8, HEADER_ROW = 9, FIRST_POINT_ROW = 10;

    private final Sheet sheet;
    private final Styles st;
    private final WorkbookFormulas formulas;
    private final Refs refs;
    /** Per spread (by where the user wrote it: the workbook's and the forecast months' models share it), its first column: u, x, weight. */
    private final Map<Object, Integer> spreadColumns = new HashMap<>();
    /** Per mean (equal means share one: the same spread, label and body), its column. */
    private final Map<List<Object>, Integer> meanColumns = new HashMap<>();
    /** The means in the order they were asked for, each with the references its body is printed with. */
    private final List<Placed> means = new ArrayList<>();
    private int nextColumn = 0;

    private record Placed(Expr.Mean mean, FormulaRefs printing, Object spread, int column) {
    }

    SpreadsSheet(Sheet sheet, Styles st, WorkbookFormulas formulas, Refs refs) {
        this.sheet = sheet;
        this.st = st;
        this.formulas = formulas;
        this.refs = refs;
        refs.means = this::mean;
    }

    /**
     * Formula cells the sheet may hold: POI evaluates each before the file is written, so a fleet of a hundred agents
     * with their own spreads (700,000 cells) would take minutes and gigabytes; past this, a mean is its number.
     */
    static final int CELL_BUDGET = 60_000;

    private int cells = 0;
    private int numbers = 0;

    /**
     * The cell holding the mean (laid out now, filled in by {@link #write}); null once the sheet is full.
     *
     * @param printing the references the mean's body reads its inputs through (a forecast month's model numbers its
     *                 inputs its own way)
     */
    private String mean(Expr.Mean m, FormulaRefs printing) {
        Object spread = m.spread().where() instanceof Variables.SpreadSite site ? site : m.spread();
        List<Object> key = List.of(spread, m.label(), formulas.meanBody(m, printing, "\u0001point"));
        Integer column = meanColumns.get(key);
        if (column == null) {
            int needed = m.spread().size() * (spreadColumns.containsKey(spread) ? 1 : 2);
            if (cells + needed > CELL_BUDGET) {
                numbers++;
                return null;
            }
            cells += needed;
            spreadColumns.computeIfAbsent(spread, s -> take(3));
            column = take(1);
            meanColumns.put(key, column);
            means.add(new Placed(m, printing, spread, column));
        }
        return Cells.ref(sheet, MEAN_ROW, column);
    }

    private int take(int columns) {
        int c = nextColumn;
        nextColumn += columns;
        return c;
    }

    /** Fills in every spread and mean asked for so far, including the means a mean's body asks for while it is printed. */
    void write() {
        Cells.text(sheet, 0, 0, "Spreads: how conversations differ from one another within a month (SPEC §12, varies)", st.title);
        Cells.text(sheet, 1, 0, "Edit a discrete spread's values and weights, or a continuous spread's parameters (the input cells): a continuous"
                + " spread's points are its 1,000 equal-probability points F⁻¹((i − 0.5)/1000). Each mean is Σ weight·f(x) / Σ weight"
                + " of a quantity over the points, and the Traffic and architecture sheets read it.", st.note);
        List<Object> written = new ArrayList<>();
        for (int i = 0; i < means.size(); i++) {
            Placed p = means.get(i);
            int spreadColumn = spreadColumns.get(p.spread());
            if (!written.contains(p.spread())) {
                written.add(p.spread());
                writeSpread(p.mean().spread(), spreadColumn);
            }
            writeMean(p, spreadColumn);
        }
        if (numbers > 0) {
            Cells.text(sheet, 2, 0, numbers + " more mean(s) over spreads are not on this sheet, which holds at most " + CELL_BUDGET
                    + " formula cells: the Traffic and architecture sheets use their numbers, computed by the app (where a lever reads"
                    + " them, the history window, setting that lever shows #N/A for those agents).", st.note);
        }
        // the names of what each mean averages wrap in their column: room for four lines
        Cells.row(sheet, NAME_ROW).setHeightInPoints(4 * sheet.getDefaultRowHeightInPoints());
        sheet.createFreezePane(0, FIRST_POINT_ROW);
    }

    private void writeSpread(Spread s, int c) {
        Distribution d = s.where() instanceof Variables.SpreadSite site ? site.distribution() : null;
        Cells.text(sheet, NAME_ROW, c, name(s), st.header);
        Cells.text(sheet, HEADER_ROW, c + 1, "x (point)", st.header);
        Cells.text(sheet, HEADER_ROW, c + 2, "weight", st.header);
        if (d == null || d instanceof Distribution.Discrete || d.isFixed()) {
            Cells.text(sheet, FORM_ROW, c, d == null ? "points" : d.notation(), st.note);
            Cells.text(sheet, FIRST_PARAMETER_ROW, c, "values and weights: the input cells below", st.note);
            Cells.text(sheet, HEADER_ROW, c, "point", st.header);
            for (int i = 0; i < s.size(); i++) {
                Cells.number(sheet, FIRST_POINT_ROW + i, c, i + 1, st.integer);
                Cells.number(sheet, FIRST_POINT_ROW + i, c + 1, s.point(i), st.input);
                Cells.number(sheet, FIRST_POINT_ROW + i, c + 2, s.weight(i), st.input);
            }
        } else {
            Cells.text(sheet, FORM_ROW, c, d.notation(), st.note);
            List<SpreadPoints.Parameter> parameters = SpreadPoints.parameters(d);
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < parameters.size(); k++) {
                Cells.text(sheet, FIRST_PARAMETER_ROW + k, c, parameters.get(k).label(), null);
                Cells.number(sheet, FIRST_PARAMETER_ROW + k, c + 1, parameters.get(k).value(), st.input);
                cells.add(Cells.local(FIRST_PARAMETER_ROW + k, c + 1));
            }
            Cells.text(sheet, HEADER_ROW, c, "u", st.header);
            for (int i = 0; i < s.size(); i++) {
                int r = FIRST_POINT_ROW + i;
                Cells.number(sheet, r, c, (i + 0.5) / s.size(), st.number);
                Cells.formula(sheet, r, c + 1, SpreadPoints.point(d, cells, Cells.local(r, c)), st.number);
                Cells.number(sheet, r, c + 2, 1, st.integer);
            }
        }
        sheet.setColumnWidth(c, 20 * 256);
        sheet.setColumnWidth(c + 1, 12 * 256);
        sheet.setColumnWidth(c + 2, 9 * 256);
    }

    /** Where the user wrote the spread: its path and key, as the Inputs sheet names inputs. */
    private static String name(Spread s) {
        if (!(s.where() instanceof Variables.SpreadSite site)) return s.name();
        String path = site.path().endsWith("." + site.key()) ? site.path() : site.path() + "." + site.key();
        return path.replace("default.", "");
    }

    private void writeMean(Placed p, int spreadColumn) {
        Expr.Mean m = p.mean();
        int c = p.column();
        int n = m.spread().size();
        Cells.text(sheet, NAME_ROW, c, m.label(), st.header);
        String over = m.spread().where() instanceof Variables.SpreadSite site ? site.key() : m.spread().name();
        Cells.text(sheet, FORM_ROW, c, "over " + over, st.note);
        Cells.text(sheet, HEADER_ROW, c, "f(x)", st.header);
        for (int i = 0; i < n; i++) {
            int r = FIRST_POINT_ROW + i;
            Cells.formula(sheet, r, c, formulas.meanBody(m, p.printing(), Cells.local(r, spreadColumn + 1)), st.number);
        }
        String weights = Cells.local(FIRST_POINT_ROW, spreadColumn + 2) + ":" + Cells.local(FIRST_POINT_ROW + n - 1, spreadColumn + 2);
        String values = Cells.local(FIRST_POINT_ROW, c) + ":" + Cells.local(FIRST_POINT_ROW + n - 1, c);
        Cells.formula(sheet, MEAN_ROW, c, "SUMPRODUCT(" + weights + "," + values + ")/SUM(" + weights + ")", st.number);
        sheet.setColumnWidth(c, 16 * 256);
    }
}
