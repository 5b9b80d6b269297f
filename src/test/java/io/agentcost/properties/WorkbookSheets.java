package io.agentcost.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the what-if workbook as a person does: columns found by their headers, an architecture sheet's
 * lines and "Total phase" rows, and the Inputs sheet's what-if cells by the input's place in the scenario.
 */
final class WorkbookSheets {

    record Line(String phase, String agent, String name, double quantity, double usd, String note) {
        boolean workbookOnly() {
            return note.startsWith("0 at the scenario");
        }
    }

    record Architecture(Map<String, Double> totals, List<Line> lines) {
    }

    private WorkbookSheets() {
    }

    static Architecture architecture(Workbook wb, String name) {
        Sheet sh = wb.getSheet(name);
        if (sh == null) throw new AssertionError("no sheet for architecture " + name);
        int phase = column(sh, "Phase"), agent = column(sh, "Agent"), label = column(sh, "Line"), quantity = column(sh, "Quantity / month"),
                usd = column(sh, "USD / month"), note = column(sh, "Note");
        Map<String, Double> totals = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Row row : sh) {
            if (row.getRowNum() == 0) continue;
            String text = text(row.getCell(label));
            if (text.startsWith("Total ")) {
                totals.put(text.substring(6, text.indexOf(" (USD")), value(row.getCell(usd)));
                continue;
            }
            Cell q = row.getCell(quantity);
            if (q == null || q.getCellType() != CellType.FORMULA || text.startsWith("Account total")) continue;
            Cell u = row.getCell(usd);
            // a missing price's USD says "missing price" (decision 0027): no number, as a line without a USD cell
            if (u != null && u.getCellType() == CellType.FORMULA && u.getCachedFormulaResultType() == CellType.STRING) u = null;
            lines.add(new Line(text(row.getCell(phase)), text(row.getCell(agent)), text, value(q), u == null ? Double.NaN : value(u), text(row.getCell(note))));
        }
        return new Architecture(totals, lines);
    }

    /** The what-if cell of the input at this place ("workload.turns_per_conversation", or "x (default)" for a default). */
    static Cell whatIf(Workbook wb, int slot, String path) {
        Sheet sh = wb.getSheet("Inputs");
        int value = column(sh, "What-if value");
        // rows: header, hours_per_month, discount, then the inputs in slot order
        Row row = sh.getRow(3 + slot);
        String where = text(row.getCell(0));
        String expected = path.startsWith("default.") ? path.substring("default.".length()) + " (default)" : path;
        if (!where.equals(expected)) throw new AssertionError("Inputs row " + (3 + slot) + " is '" + where + "', expected '" + expected + "'");
        return row.getCell(value);
    }

    private static int column(Sheet sh, String header) {
        Row top = sh.getRow(0);
        for (Cell c : top) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) return c.getColumnIndex();
        throw new AssertionError("sheet " + sh.getSheetName() + " has no column '" + header + "'");
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static double value(Cell c) {
        if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.ERROR) {
            throw new AssertionError("formula error in " + c.getSheet().getSheetName() + "!" + c.getAddress() + ": " + c.getCellFormula());
        }
        return c.getNumericCellValue();
    }
}
