package io.agentcost.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the workbook, created once (a workbook has a limit on styles): headers,
 * dollars, percents, plain numbers, and the yellow cells a user is meant to edit.
 */
final class Styles {

    final CellStyle title, header, text, note, usd, usdBold, percent, number, integer, input, inputPercent, inputUsd, date, unitPrice, inputPrice, month, bad, wrap, wrapNote, dollars;

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        short usdFormat = wb.createDataFormat().getFormat("\"$\"#,##0.00");
        short pctFormat = wb.createDataFormat().getFormat("0.0%");
        short numFormat = wb.createDataFormat().getFormat("#,##0.####");
        title = wb.createCellStyle();
        title.setFont(big);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = wb.createCellStyle();
        note = wb.createCellStyle();
        note.setFont(grey);
        usd = wb.createCellStyle();
        usd.setDataFormat(usdFormat);
        usdBold = wb.createCellStyle();
        usdBold.setDataFormat(usdFormat);
        usdBold.setFont(bold);
        usdBold.setBorderTop(BorderStyle.THIN);
        percent = wb.createCellStyle();
        percent.setDataFormat(pctFormat);
        number = wb.createCellStyle();
        number.setDataFormat(numFormat);
        integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        // prices such as $0.0000166667 per GB-second: cents and up to eight more digits
        short priceFormat = wb.createDataFormat().getFormat("\"$\"#,##0.00########");
        unitPrice = wb.createCellStyle();
        unitPrice.setDataFormat(priceFormat);
        inputPrice = inputStyle(wb, priceFormat);
        input = inputStyle(wb, numFormat);
        inputPercent = inputStyle(wb, pctFormat);
        inputUsd = inputStyle(wb, usdFormat);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        // simulated amounts: whole dollars (cents would claim a precision a simulation does not have) in narrower columns
        dollars = wb.createCellStyle();
        dollars.setDataFormat(wb.createDataFormat().getFormat("\"$\"#,##0"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrapNote = wb.createCellStyle();
        wrapNote.setFont(grey);
        wrapNote.setWrapText(true);
        wrapNote.setVerticalAlignment(VerticalAlignment.TOP);
        month = wb.createCellStyle();
        month.setDataFormat(wb.createDataFormat().getFormat("mmm yyyy"));
        month.setAlignment(HorizontalAlignment.LEFT);
        // a failed check: bold dark red, so it reads without colour too (its words say what is wrong)
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        bad = wb.createCellStyle();
        bad.setFont(red);
    }

    /** Editable what-if cells: light yellow with a border, the convention finance users know. */
    private static CellStyle inputStyle(Workbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setLocked(false);
        return s;
    }
}
