package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Estimate;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spreads sheet (SPEC §12, issue 14 point 2): a {@code {varies: D}} is live in the workbook. Its points are cells — a
 * discrete D's values and weights, a continuous D's parameters from which the 1,000 points are formulas — and the means
 * the cost model takes over them are formulas of those cells. The expected numbers are the app's own estimate of the
 * scenario file edited the same way (an independent path: the YAML parsed again, the points made by the app's quantile
 * functions, the means summed in Java).
 */
class SpreadsSheetTest {

    /** A coding agent whose steps per turn vary as each continuous form of SPEC §3 (normal conditioned on ≥ 0, two-piece percentiles). */
    @ParameterizedTest
    @ValueSource(strings = {"{uniform: [2, 30]}", "{triangular: [1, 4, 40]}", "{triangular: [3, 3, 40]}", "{pert: [2, 10, 60]}",
            "{normal: {mean: 6, sd: 5}}", "{lognormal: {median: 12, p90: 40}}", "{lognormal: {mean: 15, sd: 20}}",
            "{percentiles: {p10: 3, p50: 9, p90: 45}}"})
    void everyContinuousFormIsWrittenAsFormulasThatEqualTheAppsPoints(String form) throws Exception {
        LoadResult r = coding(form, "[0.4, 0.35, 0.2, 0.05]");
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            WorkbookFormulasTest.assertSheetsEqual(wb, nominal);
            int c = column(wb.getSheet("Spreads"), "llm_calls_per_turn");
            // the last of 1,000 points is a formula (of the parameters), not a number written by the app
            assertThat(wb.getSheet("Spreads").getRow(10 + 999).getCell(c + 1).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    @Test
    void editingAContinuousSpreadsParametersRecalculatesToTheAppsEstimateOfTheEditedFile() throws Exception {
        // steps per turn: median 12 → 20 and p90 40 → 90 in the workbook; the app estimates the file with those numbers
        LoadResult r = coding("{lognormal: {median: 12, p90: 40}}", "[0.4, 0.35, 0.2, 0.05]");
        List<Estimate> expected = estimate(coding("{lognormal: {median: 20, p90: 90}}", "[0.4, 0.35, 0.2, 0.05]"));
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, estimate(r))) {
            Sheet sh = wb.getSheet("Spreads");
            int c = column(sh, "llm_calls_per_turn");
            assertThat(sh.getRow(5).getCell(c).getStringCellValue()).isEqualTo("median");
            sh.getRow(5).getCell(c + 1).setCellValue(20);
            sh.getRow(6).getCell(c + 1).setCellValue(90);
            WorkbookFormulasTest.recalculate(wb);
            WorkbookFormulasTest.assertSheetsEqual(wb, expected);
            // the edit moves the bill (down, as it happens: capped at 30 steps the calls barely grow, while the 18 tool
            // calls of a turn spread over more uncapped steps, ρ = R / E[K], SPEC §12), so the check above is not vacuous
            assertThat(Math.abs(total(expected) - total(estimate(r)))).as("the edit moved the bill").isGreaterThan(100);
        }
    }

    @Test
    void editingADiscreteSpreadsWeightsRecalculatesToTheAppsEstimateOfTheEditedFile() throws Exception {
        // turns per task: weights of 1, 3, 8 and 20 turns from 0.4/0.35/0.2/0.05 to 0.1/0.2/0.3/0.4 (history grows as T²)
        LoadResult r = coding("{lognormal: {median: 12, p90: 40}}", "[0.4, 0.35, 0.2, 0.05]");
        List<Estimate> expected = estimate(coding("{lognormal: {median: 12, p90: 40}}", "[0.1, 0.2, 0.3, 0.4]"));
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, estimate(r))) {
            Sheet sh = wb.getSheet("Spreads");
            int c = column(sh, "turns_per_conversation");
            double[] weights = {0.1, 0.2, 0.3, 0.4};
            for (int i = 0; i < 4; i++) {
                assertThat(sh.getRow(10 + i).getCell(c + 1).getNumericCellValue()).isEqualTo(new double[]{1, 3, 8, 20}[i]);
                sh.getRow(10 + i).getCell(c + 2).setCellValue(weights[i]);
            }
            WorkbookFormulasTest.recalculate(wb);
            WorkbookFormulasTest.assertSheetsEqual(wb, expected);
        }
    }

    @Test
    void aSubAgentsPertSpreadIsLiveToo() throws Exception {
        // supervisor-agents.yaml: a specialist's steps per turn {pert: [3, 8, 25]}, edited to [2, 12, 40]
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/supervisor-agents.yaml"));
        assertThat(yaml).contains("{varies: {pert: [3, 8, 25]}}");
        LoadResult r = parse(yaml);
        List<Estimate> expected = estimate(parse(yaml.replace("{varies: {pert: [3, 8, 25]}}", "{varies: {pert: [2, 12, 40]}}")));
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, estimate(r))) {
            Sheet sh = wb.getSheet("Spreads");
            int c = column(sh, "llm_calls_per_turn");
            double[] edited = {2, 12, 40};
            for (int k = 0; k < 3; k++) sh.getRow(5 + k).getCell(c + 1).setCellValue(edited[k]);
            WorkbookFormulasTest.recalculate(wb);
            WorkbookFormulasTest.assertSheetsEqual(wb, expected);
        }
    }

    @Test
    void turnsThatVaryContinuouslyFollowTheHistoryWindowLever() throws Exception {
        // turns per task {lognormal: {median: 3, p90: 12}} with full history; the workbook's history window lever set to
        // 4 turns and a 300-token summary must give the app's estimate of the file with that window (the means under the
        // lever are columns of the Spreads sheet, evaluated at the lever's cell)
        String turns = "turns_per_conversation: {varies: {discrete: {values: [1, 3, 8, 20], weights: [0.4, 0.35, 0.2, 0.05]}}}";
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/coding-agent.yaml"));
        assertThat(yaml).contains(turns);
        yaml = yaml.replace(turns, "turns_per_conversation: {varies: {lognormal: {median: 3, p90: 12}}}");
        LoadResult r = parse(yaml);
        List<Estimate> expected = estimate(parse(yaml.replace("  system_prompt_tokens:", "  history: {window_turns: 4, summary_tokens: 300}\n  system_prompt_tokens:")));
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, estimate(r))) {
            WorkbookFormulasTest.assertSheetsEqual(wb, estimate(r));
            WorkbookReader.named(wb, "lever_history_window").setCellValue(4);
            WorkbookReader.named(wb, "lever_summary_tokens").setCellValue(300);
            WorkbookFormulasTest.recalculate(wb);
            WorkbookFormulasTest.assertSheetsEqual(wb, expected);
            assertThat(total(expected)).as("a window of 4 turns cuts the re-sent history").isLessThan(total(estimate(r)));
        }
    }

    @Test
    void aFleetWhoseSpreadsOverflowTheSheetKeepsTheRestAsTheAppsNumbers() throws Exception {
        // 20 agents, each with its own continuous steps per turn and step budget: 20 × (1,000 points + 4 means × 1,000)
        // = 100,000 formula cells, past the sheet's 60,000; the means that do not fit are the app's numbers, so the
        // nominal still equals the app to the cent, and the sheet says how many are not live
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/coding-agent.yaml"))
                .replace("llm_calls_per_turn: {varies: {lognormal: {median: 12, p90: 40}}}", "llm_calls_per_turn: 5");
        StringBuilder agents = new StringBuilder("\nagents:\n");
        for (int i = 0; i < 20; i++) {
            agents.append("  - name: a").append(i).append("\n    count: 1\n    llm_calls_per_turn: {varies: {lognormal: {median: ")
                    .append(5 + i % 7).append(", p90: ").append(30 + i).append("}}}\n    step_budget: ").append(10 + i).append('\n');
        }
        LoadResult r = parse(yaml + agents);
        List<Estimate> nominal = estimate(r);
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            WorkbookFormulasTest.assertSheetsEqual(wb, nominal);
            String note = wb.getSheet("Spreads").getRow(2).getCell(0).getStringCellValue();
            assertThat(note).contains("more mean(s) over spreads are not on this sheet").contains(String.valueOf(SpreadsSheet.CELL_BUDGET));
            int formulas = 0;
            for (Row row : wb.getSheet("Spreads")) for (Cell c : row) if (c.getCellType() == CellType.FORMULA) formulas++;
            assertThat(formulas).isLessThanOrEqualTo(SpreadsSheet.CELL_BUDGET + 1000);
        }
    }

    @Test
    void aScenarioWithoutVariesHasNoSpreadsSheet() throws Exception {
        LoadResult r = WorkbookFormulasTest.load("support-agent.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, estimate(r))) {
            assertThat(wb.getSheet("Spreads")).isNull();
        }
    }

    static LoadResult coding(String steps, String turnWeights) throws Exception {
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/coding-agent.yaml"));
        String before = "llm_calls_per_turn: {varies: {lognormal: {median: 12, p90: 40}}}";
        String turns = "weights: [0.4, 0.35, 0.2, 0.05]";
        assertThat(yaml).contains(before).contains(turns);
        return parse(yaml.replace(before, "llm_calls_per_turn: {varies: " + steps + "}").replace(turns, "weights: " + turnWeights));
    }

    private static LoadResult parse(String yaml) {
        LoadResult r = Fixtures.services().parse(yaml, "edited.yaml");
        assertThat(r.problems()).isEmpty();
        return r;
    }

    private static List<Estimate> estimate(LoadResult r) {
        return Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
    }

    private static double total(List<Estimate> es) {
        return es.stream().mapToDouble(Estimate::totalUsd).sum();
    }

    /** The first column of the spread whose name (row 4) ends with the key. */
    static int column(Sheet sh, String key) {
        Row names = sh.getRow(3);
        for (Cell cell : names) {
            if (cell.getStringCellValue().endsWith("." + key)) return cell.getColumnIndex();
        }
        throw new AssertionError("no spread " + key + " on the Spreads sheet");
    }
}
