package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Prices sheet says where each price comes from, and the Summary's one line counts them (issue 17, honest prices). */
class WorkbookPriceSourcesTest {

    @Test
    void everyPriceNamesItsSourceAndTheSummaryCountsThem() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            Sheet prices = wb.getSheet("Prices");
            assertThat(prices.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Source");
            // one source per price key (a tiered price has a row per tier), counted here from the rows themselves
            Map<String, String> sourceOf = new LinkedHashMap<>();
            for (Row row : prices) {
                if (row.getRowNum() == 0) continue;
                sourceOf.put(row.getCell(0).getStringCellValue(), row.getCell(5).getStringCellValue());
            }
            assertThat(sourceOf.values()).allMatch(s -> List.of("AWS Price List", "published AWS page", "third-party (no AWS source)",
                    "scenario price_overrides").contains(s));
            long list = sourceOf.values().stream().filter("AWS Price List"::equals).count();
            long pages = sourceOf.values().stream().filter("published AWS page"::equals).count();
            long third = sourceOf.values().stream().filter(s -> s.startsWith("third")).count();
            assertThat(list).isPositive();
            String line = null;
            for (Row row : wb.getSheet("Summary")) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().startsWith("Prices used:")) line = row.getCell(0).getStringCellValue();
            }
            assertThat(line).isNotNull().startsWith("Prices used: " + sourceOf.size() + " — ")
                    .contains(list + " from the AWS Price List", pages + " from published AWS pages");
            if (third > 0) assertThat(line).contains(third + " third-party (no AWS-primary source)");
        }
    }
}
