package io.agentcost.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/** Reads back what a person sees on the architecture sheets: each line's values and each phase total. */
final class WorkbookReader {

    record Line(String phase, String name, double quantity, double usd, String note) {
    }

    record Sheet1(Map<String, Double> totals, List<Line> lines) {
    }

    private WorkbookReader() {
    }

    static Sheet1 architecture(Workbook wb, String sheetName) {
        Sheet sh = wb.getSheet(sheetName);
        Map<String, Double> totals = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Row row : sh) {
            if (row.getRowNum() == 0) continue;
            Cell label = row.getCell(4);
            Cell usd = row.getCell(ArchitectureSheet.USD);
            String text = label == null ? "" : label.getStringCellValue();
            if (text.startsWith("Total ")) {
                totals.put(text.substring(6, text.indexOf(" (USD")), usd.getNumericCellValue());
                continue;
            }
            Cell q = row.getCell(ArchitectureSheet.QUANTITY);
            Cell phase = row.getCell(0);
            if (q == null || q.getCellType() != CellType.FORMULA || text.startsWith("Account total")) continue;
            Cell note = row.getCell(11);
            // a price a lever picks that the catalog lacks: the USD cell says "missing price" (decision 0027)
            boolean missing = usd == null || usd.getCellType() == CellType.FORMULA && usd.getCachedFormulaResultType() == CellType.STRING;
            lines.add(new Line(phase.getStringCellValue(), text, value(q), missing ? Double.NaN : value(usd),
                    note == null ? "" : note.getStringCellValue()));
        }
        return new Sheet1(totals, lines);
    }

    static double value(Cell c) {
        if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.ERROR) {
            throw new AssertionError("formula error in " + c.getAddress() + ": " + c.getCellFormula());
        }
        return c.getNumericCellValue();
    }

    /** The cell a workbook name points at. */
    static Cell named(Workbook wb, String name) {
        Name n = wb.getName(name);
        if (n == null) throw new AssertionError("no name " + name);
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        Sheet sh = wb.getSheet(ref.getSheetName());
        return sh.getRow(ref.getRow()).getCell(ref.getCol());
    }
}
