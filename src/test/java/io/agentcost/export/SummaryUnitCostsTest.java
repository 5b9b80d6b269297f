package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Summary's costs per conversation and per resolved conversation (SPEC §12) are live formulas of the Traffic sheet. */
class SummaryUnitCostsTest {

    /**
     * A $100 line that no traffic moves, 1,000 conversations, half resolved: $0.10 per conversation, $0.20 per resolved
     * one. Typed into the workbook: 4,000 conversations give $0.025 and $0.05; none gives "n/a", not a division by zero.
     */
    @Test
    void theUnitCostsFollowAWhatIfEditOfTheConversations() throws Exception {
        LoadResult r = Fixtures.load("""
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 1
                  resolution_rate: 0.5
                architectures: {b: {custom: [{name: licence, category: compute, monthly_usd: 100}]}}
                """);
        assertThat(r.problems()).isEmpty();
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            WorkbookFormulasTest.recalculate(wb);
            Row row = wb.getSheet("Summary").getRow(SummarySheet.TABLE_FIRST_ROW);
            assertThat(row.getCell(SummarySheet.PER_CONVERSATION).getNumericCellValue()).isCloseTo(0.10, within(1e-12));
            assertThat(row.getCell(SummarySheet.PER_RESOLVED).getNumericCellValue()).isCloseTo(0.20, within(1e-12));
            WorkbookReader.named(wb, "in_workload_monthly_conversations").setCellValue(4000);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(row.getCell(SummarySheet.PER_CONVERSATION).getNumericCellValue()).isCloseTo(0.025, within(1e-12));
            assertThat(row.getCell(SummarySheet.PER_RESOLVED).getNumericCellValue()).isCloseTo(0.05, within(1e-12));
            WorkbookReader.named(wb, "in_workload_resolution_rate").setCellValue(0.8);
            WorkbookFormulasTest.recalculate(wb);
            // 100 / (4,000 · 0.8)
            assertThat(row.getCell(SummarySheet.PER_RESOLVED).getNumericCellValue()).isCloseTo(0.03125, within(1e-12));
            WorkbookReader.named(wb, "in_workload_monthly_conversations").setCellValue(0);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(row.getCell(SummarySheet.PER_CONVERSATION).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(SummarySheet.PER_CONVERSATION).getStringCellValue()).isEqualTo("n/a");
        }
    }

    /** At the nominal inputs every row equals the app's unit costs: sub-agents and non-production conversations excluded alike. */
    @ParameterizedTest
    @ValueSource(strings = {"support-agent.yaml", "agent-fleet-100.yaml", "coding-agent.yaml", "supervisor-agents.yaml",
            "src/test/resources/export/kitchen-sink.yaml"})
    void atTheNominalInputsTheUnitCostsEqualTheAppsEstimate(String file) throws Exception {
        LoadResult r = WorkbookFormulasTest.load(file);
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            WorkbookFormulasTest.recalculate(wb);
            Sheet summary = wb.getSheet("Summary");
            for (int i = 0; i < nominal.size(); i++) {
                Row row = summary.getRow(SummarySheet.TABLE_FIRST_ROW + i);
                Estimate e = nominal.stream().filter(x -> x.phase().equals(row.getCell(0).getStringCellValue())
                        && x.architecture().equals(row.getCell(1).getStringCellValue())).findFirst().orElseThrow();
                assertUnitCost(row, SummarySheet.PER_CONVERSATION, e.usdPerConversation(), file);
                assertUnitCost(row, SummarySheet.PER_RESOLVED, e.usdPerResolvedConversation(), file);
            }
        }
    }

    private static void assertUnitCost(Row row, int column, Double expected, String file) {
        var cell = row.getCell(column);
        String at = file + " Summary!" + cell.getAddress();
        if (expected == null) {
            assertThat(cell.getStringCellValue()).as(at).isEqualTo("n/a");
        } else {
            assertThat(cell.getNumericCellValue()).as(at).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
        }
    }
}
