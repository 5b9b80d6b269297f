package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.NominalEstimator;
import io.agentcost.estimate.usage.Variables;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbook's live formulas against the app's own cost model, through POI's formula evaluator:
 * at the nominal inputs every line and total equals the nominal estimate to the cent, and after
 * every input is changed the recalculated sheet equals the Java estimate at those inputs. The Java
 * numbers come from {@code emit} (the simulation's code path), the workbook's from the formula
 * generator: two independent writings of SPEC §4 that must agree.
 */
class WorkbookFormulasTest {

    private static final Pattern SHARE = Pattern.compile(".*(share|_rate|sampling|utilization|uptime|savings)$");

    static LoadResult load(String file) throws Exception {
        Path p = file.contains("/") ? Fixtures.root().resolve(file) : Fixtures.root().resolve("scenarios").resolve(file);
        LoadResult r = Fixtures.services().parse(Files.readString(p), file);
        assertThat(r.problems()).isEmpty();
        return r;
    }

    static XSSFWorkbook workbook(LoadResult r, List<Estimate> nominal) {
        return WorkbookExporter.build(new WorkbookExporter.Content(r.scenario(), r.catalog(), "test", nominal, null, null, "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-agent.yaml", "agent-fleet-100.yaml", "agent-fleet-100-flat-sonnet.yaml", "bedrock-vs-sagemaker.yaml",
            "uncertain-fleet.yaml", "src/test/resources/export/kitchen-sink.yaml", "coding-agent.yaml", "supervisor-agents.yaml",
            "make-vs-buy-commitments.yaml", "src/test/resources/export/commitments.yaml", "src/test/resources/export/bedrock-tiers.yaml",
            "src/test/resources/export/bedrock-regional.yaml", "src/test/resources/export/sub-agents-flex-commitments.yaml"})
    void atTheNominalInputsEveryLineAndTotalEqualsTheAppsEstimateToTheCent(String file) throws Exception {
        LoadResult r = load(file);
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = workbook(r, nominal)) {
            assertSheetsEqual(wb, nominal);
            // Excel refuses a formula longer than 8,192 characters (Excel specifications and limits)
            for (Sheet sh : wb) {
                for (var row : sh) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula().length()).as(sh.getSheetName() + "!" + cell.getAddress()).isLessThan(8192);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-agent.yaml", "agent-fleet-100.yaml", "bedrock-vs-sagemaker.yaml", "uncertain-fleet.yaml",
            "src/test/resources/export/kitchen-sink.yaml", "src/test/resources/export/commitments.yaml", "src/test/resources/export/bedrock-tiers.yaml",
            "src/test/resources/export/bedrock-regional.yaml", "src/test/resources/export/sub-agents-flex-commitments.yaml"})
    void afterEveryInputIsChangedTheSheetsRecalculateToTheEstimateAtThoseInputs(String file) throws Exception {
        LoadResult r = load(file);
        CostModel model = CostModel.compileForWorkbook(r.scenario(), r.catalog());
        double[] vars = NominalEstimator.medians(model.variables());
        try (XSSFWorkbook wb = workbook(r, NominalEstimator.estimateAt(model, vars))) {
            Sheet inputs = wb.getSheet("Inputs");
            Random random = new Random(7);
            for (Variables.Variable v : model.variables().all()) {
                boolean share = SHARE.matcher(v.key()).matches() && v.distribution().upperBound() <= 1;
                // an input fixed at 0 stays 0: the app leaves its lines out (workbookOnlyLinesFollowAnEditLikeTheAppWould covers them)
                double changed = vars[v.index()] == 0 ? 0 : share ? random.nextDouble() : vars[v.index()] * (0.5 + random.nextDouble());
                vars[v.index()] = changed;
                // rows: header, hours_per_month, discount, then the variables in slot order
                assertThat(inputs.getRow(3 + v.index()).getCell(0).getStringCellValue()).startsWith(v.path().replace("default.", ""));
                inputs.getRow(3 + v.index()).getCell(InputsSheet.VALUE_COLUMN).setCellValue(changed);
            }
            recalculate(wb);
            assertSheetsEqual(wb, NominalEstimator.estimateAt(model, vars));
        }
    }

    @Test
    void freeAllowancesAreSubtractedAndCarvedInTheSheetAsInTheApp() throws Exception {
        // no bundled example turns free_tier on: Lambda's 1M requests and 400,000 GB-s are subtracted before the
        // tiers and the 100 GB of egress carved out of the first tier, at nominal and at other inputs
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml")).replace("free_tier: false", "free_tier: true");
        LoadResult r = Fixtures.services().parse(yaml, "free-tier.yaml");
        assertThat(r.problems()).isEmpty();
        CostModel model = CostModel.compileForWorkbook(r.scenario(), r.catalog());
        double[] vars = NominalEstimator.medians(model.variables());
        try (XSSFWorkbook wb = workbook(r, NominalEstimator.estimateAt(model, vars))) {
            assertSheetsEqual(wb, NominalEstimator.estimateAt(model, vars));
            assertThat(WorkbookReader.architecture(wb, "serverless").lines()).anyMatch(l -> l.note().startsWith("priced on the account total"));
            // conversations scaled down to where the allowances matter most, then up until egress passes its first
            // tier (10 TB), where carving the free 100 GB out of that tier differs from subtracting it
            for (double factor : new double[]{0.01, 0.2, 30, 2000}) {
                double[] v = vars.clone();
                for (Variables.Variable x : model.variables().all()) {
                    if (x.key().equals("monthly_conversations")) {
                        v[x.index()] = vars[x.index()] * factor;
                        wb.getSheet("Inputs").getRow(3 + x.index()).getCell(InputsSheet.VALUE_COLUMN).setCellValue(v[x.index()]);
                    }
                }
                recalculate(wb);
                assertSheetsEqual(wb, NominalEstimator.estimateAt(model, v));
            }
        }
    }

    @Test
    void aDiscountAPriceOverrideAndACustomLineAreWrittenAsTheAppPricesThem() throws Exception {
        // 12% off AWS lines (not the licence, the team or the custom line, even one filed under compute), and a negotiated
        // Sonnet input price: no bundled example uses either
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"))
                .replace("discount: 0 ", "discount: 0.12 ")
                .replace("price_overrides: {}", "price_overrides: {bedrock.claude-sonnet-4-6.regional.input: 2.5}")
                .replace("marketplace: {preset: marketplace, license: {monthly_usd: 2400}}",
                        "marketplace: {preset: marketplace, license: {monthly_usd: 2400}, custom: [{name: Vector DB, category: compute, monthly_usd: 700}]}");
        LoadResult r = Fixtures.services().parse(yaml, "negotiated.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(r.scenario().discount()).isEqualTo(0.12);
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = workbook(r, nominal)) {
            assertSheetsEqual(wb, nominal);
            assertThat(WorkbookReader.named(wb, "p_bedrock_claude_sonnet_4_6_regional_input").getNumericCellValue()).isEqualTo(2.5);
            // the custom line stays $700 after the discount, as the simulation has always billed it
            assertThat(WorkbookReader.architecture(wb, "marketplace").lines()).anyMatch(l -> l.name().equals("Vector DB") && l.usd() == 700);
        }
    }

    @Test
    void textTheUserTypedIsNeverWrittenAsAFormula() throws Exception {
        String yaml = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"))
                .replace("name: Customer support agent", "name: '=HYPERLINK(\"http://example.com\",\"click\")'")
                .replace("marketplace: {preset: marketplace, license: {monthly_usd: 2400}}",
                        "marketplace: {preset: marketplace, license: {monthly_usd: 2400}, custom: [{name: '=SUM(A1:A9)', category: other, monthly_usd: 5}]}");
        LoadResult r = Fixtures.services().parse(yaml, "injection.yaml");
        assertThat(r.problems()).isEmpty();
        try (XSSFWorkbook wb = workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            List<String> texts = new ArrayList<>();
            for (Sheet sh : wb) {
                for (var row : sh) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as(sh.getSheetName() + "!" + cell.getAddress()).doesNotContain("HYPERLINK", "A1:A9");
                        } else if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(texts).anyMatch(t -> t.contains("=HYPERLINK(\"http://example.com\",\"click\")")).contains("=SUM(A1:A9)");
        }
    }

    static void recalculate(XSSFWorkbook wb) {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        ev.evaluateAll();
    }

    /** Every app line (in order) against the sheet's line, lever-only lines at 0, totals to the cent. */
    static void assertSheetsEqual(XSSFWorkbook wb, List<Estimate> expected) {
        for (String arch : expected.stream().map(Estimate::architecture).distinct().toList()) {
            WorkbookReader.Sheet1 sheet = WorkbookReader.architecture(wb, arch);
            for (Estimate e : expected.stream().filter(x -> x.architecture().equals(arch)).toList()) {
                List<WorkbookReader.Line> lines = sheet.lines().stream().filter(l -> l.phase().equals(e.phase())).toList();
                List<WorkbookReader.Line> app = lines.stream().filter(l -> !l.note().startsWith("0 at the scenario")).toList();
                assertThat(app).hasSameSizeAs(e.lines());
                for (int i = 0; i < app.size(); i++) {
                    LineItem want = e.lines().get(i);
                    WorkbookReader.Line got = app.get(i);
                    String where = arch + " / " + e.phase() + " / " + want.name();
                    assertThat(got.name()).as(where).isEqualTo(want.name());
                    assertThat(got.quantity()).as(where).isCloseTo(want.quantity(), within(1e-9 * Math.max(1, Math.abs(want.quantity()))));
                    if (!want.missingPrice()) assertThat(got.usd()).as(where).isCloseTo(want.usd(), within(0.005));
                }
                lines.stream().filter(l -> l.note().startsWith("0 at the scenario"))
                        .forEach(l -> assertThat(l.quantity()).as(arch + " lever line " + l.name()).isZero());
                assertThat(sheet.totals().get(e.phase())).as(arch + " total " + e.phase()).isCloseTo(e.totalUsd(), within(0.005));
            }
        }
    }
}
