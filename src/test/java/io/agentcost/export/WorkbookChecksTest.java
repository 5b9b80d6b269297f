package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A what-if edit the app would refuse (SPEC §7) is flagged where it was made, in words and in red. */
class WorkbookChecksTest {

    @Test
    void aModelMixEditedTo130PercentIsFlaggedInWordsAndRed() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            Sheet levers = wb.getSheet("Levers");
            Row haiku = row(levers, "launch · resolver · claude-haiku-4-5");
            Row last = row(levers, "launch · resolver · claude-opus-4-6");
            assertThat(last.getCell(4).getStringCellValue()).isEqualTo("OK");
            // 30% + 60% + 10% with haiku raised by 30 points: 130%
            haiku.getCell(1).setCellValue(haiku.getCell(1).getNumericCellValue() + 0.3);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(last.getCell(4).getStringCellValue()).isEqualTo("mix sums to 130% — must be 100%");
            assertThat(redRule(levers, last.getCell(4))).as("a red rule on the check cell").isTrue();
        }
    }

    @Test
    void aShareTypedAbove100PercentOnTheInputsIsFlagged() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            Cell value = WorkbookReader.named(wb, "in_workload_retry_rate");
            Cell check = value.getRow().getCell(8);
            assertThat(check.getStringCellValue()).isEqualTo("OK");
            value.setCellValue(1.25);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(check.getStringCellValue()).isEqualTo("share is 125% — must be 0% to 100%");
            assertThat(redRule(wb.getSheet("Inputs"), check)).isTrue();
        }
    }

    private static Row row(Sheet sh, String label) {
        for (Row row : sh) if (row.getCell(2) != null && label.equals(row.getCell(2).getStringCellValue())) return row;
        throw new AssertionError("no row " + label);
    }

    private static boolean redRule(Sheet sh, Cell cell) {
        var cf = sh.getSheetConditionalFormatting();
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            ConditionalFormatting f = cf.getConditionalFormattingAt(i);
            for (var range : f.getFormattingRanges()) {
                if (range.isInRange(cell) && f.getRule(0).getPatternFormatting() != null
                        && f.getRule(0).getPatternFormatting().getFillBackgroundColor() == IndexedColors.RED.getIndex()) {
                    return true;
                }
            }
        }
        return false;
    }
}
