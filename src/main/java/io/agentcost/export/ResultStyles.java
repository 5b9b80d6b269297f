package io.agentcost.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few formats only the result sheets need, made once per workbook: numbers that label a row or sit
 * next to a label read better centred or left-aligned than pushed against the next column's text.
 */
final class ResultStyles {

    /** Run-record values (seed, iterations, seconds) beside their label. */
    final CellStyle leftInteger, leftNumber;
    /** Month numbers and ranks, which label their row. */
    final CellStyle centredInteger;
    /** Rank correlations to two decimals. */
    final CellStyle correlation;

    ResultStyles(Workbook wb, Styles styles) {
        leftInteger = aligned(wb, styles.integer, HorizontalAlignment.LEFT);
        leftNumber = aligned(wb, styles.number, HorizontalAlignment.LEFT);
        centredInteger = aligned(wb, styles.integer, HorizontalAlignment.CENTER);
        correlation = wb.createCellStyle();
        correlation.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    }

    private static CellStyle aligned(Workbook wb, CellStyle base, HorizontalAlignment alignment) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setAlignment(alignment);
        return s;
    }
}
