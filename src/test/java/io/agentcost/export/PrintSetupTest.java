package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Print set-up a person can read (issue 17): a sheet that fits a landscape page at 80% or more is fitted to one page
 * wide; a wider one (an architecture's line items: 285 characters of columns, fitted they printed at 4–5 pt) prints at
 * 80% of its 11 pt across pages, left to right, with its first column on every page. 80% of 11 pt is 8.8 pt. Seen in
 * LibreOffice's PDF of support-agent: the architecture sheets' headers went from about 5 pt to 9 pt (word heights).
 */
class PrintSetupTest {

    @Test
    void wideSheetsPrintAtEightyPercentAcrossPagesAndNarrowOnesFitOnePageWide() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            Sheet serverless = wb.getSheet("serverless");
            // 12 columns of 12+18+14+13+58+18+20+44+16+16+16+40 = 285 characters, more than a page holds at 80% (178)
            assertThat(ResultSheets.usedWidth(serverless)).isGreaterThan(ResultSheets.PAGE_CHARACTERS);
            assertThat(serverless.getFitToPage()).isFalse();
            assertThat(serverless.getPrintSetup().getScale()).isEqualTo((short) 80);
            assertThat(serverless.getPrintSetup().getLandscape()).isTrue();
            assertThat(serverless.getRepeatingColumns().formatAsString()).isEqualTo("A:A");
            assertThat(serverless.getRepeatingRows().formatAsString()).isEqualTo("1:1");

            // the Levers sheet's 178 characters are more than the 140 LibreOffice puts on a page at 80%: across pages
            // too (fitted, it printed at about 6 pt)
            Sheet levers = wb.getSheet("Levers");
            assertThat(ResultSheets.usedWidth(levers)).isGreaterThan(ResultSheets.PAGE_CHARACTERS);
            assertThat(levers.getFitToPage()).isFalse();
            assertThat(levers.getPrintSetup().getScale()).isEqualTo((short) 80);
            // the Forecast's 138 characters fit one page at about 80%, its two charts one above the other within it (side
            // by side they had the sheet fitted to about 4 pt); the Summary's chart is as narrow, its table at 80% across pages
            Sheet forecast = wb.getSheet("Forecast");
            assertThat(ResultSheets.usedWidth(forecast)).isLessThanOrEqualTo(ResultSheets.PAGE_CHARACTERS);
            assertThat(forecast.getFitToPage()).isTrue();
            Sheet summary = wb.getSheet("Summary");
            assertThat(ResultSheets.chartsWithinAPage((XSSFSheet) summary)).isTrue();
            assertThat(summary.getFitToPage()).isFalse();
            assertThat(summary.getPrintSetup().getScale()).isEqualTo((short) 80);
            // the forecast's working stays one page wide (thousands of rows; the Forecast sheet is the one to print)
            assertThat(wb.getSheet(MonthsSheet.NAME).getFitToPage()).isTrue();
        }
    }
}
