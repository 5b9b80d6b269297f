package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.NominalForecast;
import io.agentcost.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Forecast sheet's live months (issue 17): each month per architecture is a formula of the Inputs, Prices and
 * Levers that equals the app's nominal estimate of that month to the cent, and follows an edit.
 */
class WorkbookForecastTest {

    /** The live monthly table: per month (row), per architecture (column) the value POI computed. */
    static List<double[]> liveMonths(Sheet sh, int archs, String title) {
        int r = find(sh, title) + 2;
        List<double[]> out = new ArrayList<>();
        for (Row row = sh.getRow(r); row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC;
             row = sh.getRow(++r)) {
            double[] v = new double[archs];
            for (int x = 0; x < archs; x++) v[x] = WorkbookReader.value(row.getCell(ForecastSheet.LIVE_FIRST + x));
            out.add(v);
        }
        return out;
    }

    static int find(Sheet sh, String title) {
        for (Row row : sh) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(title)) return row.getRowNum();
        }
        throw new AssertionError("no row " + title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-agent.yaml", "bedrock-vs-sagemaker.yaml", "src/test/resources/export/kitchen-sink.yaml",
            "supervisor-agents.yaml", "coding-agent.yaml", "src/test/resources/export/commitments.yaml"})
    void atTheNominalInputsEveryLiveMonthIsTheAppsNominalMonthToTheCent(String file) throws Exception {
        LoadResult r = WorkbookFormulasTest.load(file);
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        List<NominalForecast.Month> app = NominalForecast.months(CostModel.compile(r.scenario(), r.catalog()));
        int archs = r.scenario().architectures().size();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            List<double[]> live = liveMonths(wb.getSheet("Forecast"), archs, "Monthly cost (USD, live)");
            List<double[]> cumulative = liveMonths(wb.getSheet("Forecast"), archs, "Cumulative cost (USD, live");
            assertThat(live).hasSize(app.size());
            double[] sum = new double[archs];
            for (int m = 0; m < app.size(); m++) {
                for (int x = 0; x < archs; x++) {
                    assertThat(live.get(m)[x]).as("month " + m + " of " + r.scenario().architectures().get(x).name())
                            .isCloseTo(app.get(m).usd()[x], within(0.005));
                    sum[x] += app.get(m).usd()[x];
                    assertThat(cumulative.get(m)[x]).isCloseTo(sum[x], within(0.005));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-agent.yaml", "src/test/resources/export/kitchen-sink.yaml"})
    void onForecastLinesEveryLinesMonthIsTheAppsLineOfThatMonthToTheCent(String file) throws Exception {
        // a month's figure followed to its lines: the app's line items of that month (NominalForecast), in the app's order,
        // the workbook-only lines (kept at 0 for a what-if edit) between them
        LoadResult r = WorkbookFormulasTest.load(file);
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        List<NominalForecast.Month> app = NominalForecast.months(CostModel.compile(r.scenario(), r.catalog()));
        List<String> archs = r.scenario().architectures().stream().map(a -> a.name()).toList();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            Sheet sh = wb.getSheet(MonthsSheet.NAME);
            int checked = 0;
            for (int m = 1; m < app.size(); m++) {
                int col = MonthsSheet.column(m);
                for (int x = 0; x < archs.size(); x++) {
                    List<Row> rows = lineRows(sh, archs.get(x), col);
                    List<LineItem> items = app.get(m).estimates().get(x).lines();
                    int i = 0;
                    for (Row row : rows) {
                        Cell note = row.getCell(MonthsSheet.NOTE);
                        Cell usd = row.getCell(col);
                        String line = row.getCell(MonthsSheet.LINE).getStringCellValue();
                        if (note != null && note.getStringCellValue().equals(MonthsSheet.KEPT)) {
                            assertThat(WorkbookReader.value(usd)).as(line).isCloseTo(0, within(1e-9));
                            continue;
                        }
                        LineItem item = items.get(i++);
                        assertThat(line).isEqualTo(item.name());
                        if (item.missingPrice()) {
                            assertThat(usd).as(line + " has no price").isNull();
                            continue;
                        }
                        assertThat(WorkbookReader.value(usd)).as("month " + m + ", " + archs.get(x) + ", " + line)
                                .isCloseTo(item.usd(), within(0.005));
                        checked++;
                    }
                    assertThat(i).as("every app line of month " + m + ", " + archs.get(x)).isEqualTo(items.size());
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    /** The line rows of an architecture in the block whose months include column {@code col}. */
    private static List<Row> lineRows(Sheet sh, String arch, int col) {
        List<Row> out = new ArrayList<>();
        boolean inBlock = false;
        for (Row row : sh) {
            Cell first = row.getCell(0);
            String what = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (what.startsWith("Timeline entry")) {
                Row header = sh.getRow(row.getRowNum() + 1);
                inBlock = header.getCell(col) != null;
                continue;
            }
            Cell line = row.getCell(MonthsSheet.LINE);
            if (!inBlock || !what.equals(arch) || line == null || line.getStringCellValue().isEmpty()
                    || line.getStringCellValue().startsWith("Total ")) continue;
            out.add(row);
        }
        return out;
    }

    @Test
    void aLinearLineGrowsWithTheMonthsConversationsAndTheTotalsFollowTheFiscalYears() throws Exception {
        // DynamoDB only: every line is proportional to the conversations, so month k of a phase growing 50% a month is
        // month 1 × 1.5^(k−1). Months Nov 2027, Dec 2027, Jan 2028: calendar fiscal years put months 1–2 (and the
        // one-time 100) in FY 2027 and month 3 in FY 2028.
        LoadResult r = Fixtures.load("""
                start_month: 2027-11
                workload: {monthly_conversations: 1000, turns_per_conversation: 2, db_writes_per_turn: 1, db_reads_per_turn: 3,
                           state_kb_per_conversation: 20}
                timeline: [{phase: default, months: 3, monthly_growth: 0.5}]
                architectures:
                  db: {one_time_usd: 100, dynamodb: {}}
                """);
        assertThat(r.problems()).isEmpty();
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        double first = nominal.get(0).totalUsd();
        assertThat(first).isPositive();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            Sheet sh = wb.getSheet("Forecast");
            List<double[]> live = liveMonths(sh, 1, "Monthly cost (USD, live)");
            assertThat(live.get(0)[0]).isCloseTo(100, within(1e-9));
            assertThat(live.get(1)[0]).isCloseTo(first, within(1e-9));
            assertThat(live.get(2)[0]).isCloseTo(1.5 * first, within(1e-9));
            assertThat(live.get(3)[0]).isCloseTo(2.25 * first, within(1e-9));
            int fy = find(sh, "FY 2027");
            assertThat(WorkbookReader.value(sh.getRow(fy).getCell(ForecastSheet.LIVE_FIRST))).isCloseTo(100 + 2.5 * first, within(1e-9));
            assertThat(sh.getRow(fy + 1).getCell(0).getStringCellValue()).startsWith("FY 2028");
            assertThat(WorkbookReader.value(sh.getRow(fy + 1).getCell(ForecastSheet.LIVE_FIRST))).isCloseTo(2.25 * first, within(1e-9));
            // dated months: month 3 is January 2028
            int month3 = find(sh, "Monthly cost (USD, live)") + 2 + 3;
            assertThat(sh.getRow(month3).getCell(1).getLocalDateTimeCellValue().toLocalDate()).hasToString("2028-01-01");

            // an edit of the growth (50% → 100%) moves month 3 to 4 × month 1
            WorkbookReader.named(wb, "in_timeline_0_monthly_growth").setCellValue(1.0);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(liveMonths(sh, 1, "Monthly cost (USD, live)").get(3)[0]).isCloseTo(4 * first, within(1e-9));
        }
    }
}
