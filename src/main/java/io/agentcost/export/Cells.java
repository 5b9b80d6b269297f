package io.agentcost.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Writing cells safely. Text is always written as a string cell, never parsed: a scenario name
 * such as {@code =HYPERLINK(...)} stays text (no formula injection, SPEC §8). Formulas come only
 * from the cost model's generated expressions.
 */
final class Cells {

    private Cells() {
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    static Cell text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        if (value != null) cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        if (Double.isFinite(value)) cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    static Cell formula(Sheet sheet, int r, int c, String formula, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellFormula(formula);
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    /** A1-style absolute address with the sheet, e.g. {@code 'Traffic'!$C$5}. */
    static String ref(Sheet sheet, int r, int c) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!" + local(r, c);
    }

    static String local(int r, int c) {
        return "$" + CellReference.convertNumToColString(c) + "$" + (r + 1);
    }
}
