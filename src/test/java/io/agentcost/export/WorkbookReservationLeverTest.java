package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.Estimate;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.NominalForecast;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A reservation's instances as a workbook lever (SPEC §13, §8): typing a number gives the app's estimate of the
 * scenario with that many reserved instances, to the cent, in every phase and live Forecast month; blank, the
 * Inputs value applies; more than the architecture runs is flagged beside the lever, as the app refuses it.
 */
class WorkbookReservationLeverTest {

    static final String VM = """
            name: Reserved EC2
            workload: {monthly_conversations: 1000, turns_per_conversation: 3, system_prompt_tokens: 500, user_tokens_per_turn: 100, output_tokens_per_call: 100,
                       model_mix: {nova-lite: 1}}
            phases: {prod: {}}
            architectures:
              vm:
                ec2: {instance_type: m6i.large, instances: 6}
                commitments: [{type: reserved, component: ec2, instances: 4, discount: 0.37}]
            """;

    @Test
    void theReservedInstancesLeverGivesTheAppsEstimateOfTheScenarioWithThoseInstancesInEveryPhaseAndMonth() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("src/test/resources/export/commitments.yaml"));
        // enterprise's reserved ec2 (the first reservation) 4 → 2, its second aurora reservation (the third) 2 → 1
        String edited = text.replace("instances: 4, discount: 0.37", "instances: 2, discount: 0.37")
                .replace("instances: 2, discount: 0.25", "instances: 1, discount: 0.25");
        assertThat(edited).isNotEqualTo(text);
        LoadResult original = WorkbookFormulasTest.load("src/test/resources/export/commitments.yaml");
        LoadResult changed = Fixtures.services().parse(edited, "edited.yaml");
        assertThat(changed.problems()).isEmpty();
        List<Estimate> before = Fixtures.services().estimate(original.scenario(), original.catalog(), null).results();
        List<Estimate> after = Fixtures.services().estimate(changed.scenario(), changed.catalog(), null).results();
        List<NominalForecast.Month> months = NominalForecast.months(CostModel.compile(changed.scenario(), changed.catalog()));
        int archs = changed.scenario().architectures().size();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(original, before)) {
            WorkbookFormulasTest.recalculate(wb);
            for (Estimate e : before) {
                assertThat(total(wb, e)).as("blank: " + e.architecture() + " / " + e.phase()).isCloseTo(e.totalUsd(), within(0.005));
            }
            assertThat(WorkbookReader.named(wb, "lever_reserved_1").getRow().getCell(4).getStringCellValue()).isEqualTo("OK");
            WorkbookLeversTest.set(wb, "lever_reserved_1", 2);
            WorkbookLeversTest.set(wb, "lever_reserved_3", 1);
            WorkbookFormulasTest.recalculate(wb);
            double moved = 0;
            for (int i = 0; i < after.size(); i++) {
                Estimate e = after.get(i);
                assertThat(total(wb, e)).as(e.architecture() + " / " + e.phase()).isCloseTo(e.totalUsd(), within(0.005));
                moved += Math.abs(e.totalUsd() - before.get(i).totalUsd());
            }
            assertThat(moved).isGreaterThan(1);
            List<double[]> live = WorkbookForecastTest.liveMonths(wb.getSheet("Forecast"), archs, "Monthly cost (USD, live)");
            assertThat(live).hasSize(months.size());
            for (int m = 0; m < months.size(); m++) {
                for (int x = 0; x < archs; x++) {
                    assertThat(live.get(m)[x]).as("month " + m + " of " + changed.scenario().architectures().get(x).name())
                            .isCloseTo(months.get(m).usd()[x], within(0.005));
                }
            }
        }
    }

    @Test
    void fewerReservedInstancesMoveThemOnDemandAtTheCatalogsPrice() throws Exception {
        LoadResult r = Fixtures.services().parse(VM, "vm.yaml");
        assertThat(r.problems()).isEmpty();
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        LoadResult two = Fixtures.services().parse(VM.replace("instances: 4", "instances: 2"), "two.yaml");
        double app = Fixtures.services().estimate(two.scenario(), two.catalog(), null).results().get(0).totalUsd();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            WorkbookFormulasTest.recalculate(wb);
            double reservedFour = total(wb, nominal.get(0));
            WorkbookLeversTest.set(wb, "lever_reserved_1", 2);
            WorkbookFormulasTest.recalculate(wb);
            double reservedTwo = total(wb, nominal.get(0));
            // two instances leave the reservation for on demand: 2 × 730 h × $0.096/h (ec2_m6i_large_hour) × 37% off
            // = $51.8592 a month more (1,460 h at $0.096 on demand = $140.16 against $88.3008 reserved)
            assertThat(reservedTwo - reservedFour).isCloseTo(2 * 730 * 0.096 * 0.37, within(0.005));
            assertThat(reservedTwo).isCloseTo(app, within(0.005));
        }
    }

    @Test
    void moreReservedInstancesThanTheArchitectureRunsAreFlaggedAsTheAppRefusesThem() throws Exception {
        LoadResult r = Fixtures.services().parse(VM, "vm.yaml");
        // the app refuses 7 reserved of 6 instances (SPEC §13); the workbook cannot refuse a typed number, so it flags it
        assertThat(Fixtures.services().parse(VM.replace("instances: 4", "instances: 7"), "seven.yaml").problems()).isNotEmpty();
        List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
            WorkbookLeversTest.set(wb, "lever_reserved_1", 6);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(check(wb)).isEqualTo("OK");
            WorkbookLeversTest.set(wb, "lever_reserved_1", 7);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(check(wb)).isEqualTo("reservations of ec2 add up to 7 — at most 6, the instances it runs");
        }
    }

    /**
     * The check's bound is a formula of the Inputs cells it comes from (decision 0027): instances × (1 + the most
     * non_prod_environments of any phase), as the loader's bound. VM runs 6 instances, no environments: 7 reserved is
     * too many. The instances at 8 on the Inputs sheet: 8 × (1 + 0) = 8 ≥ 7, OK, as the loader accepts 7 of 8. Back at 6
     * with non_prod_environments at 1: 6 × (1 + 1) = 12, so 12 is OK and 13 is flagged, as the loader refuses 13 of 6 × 2.
     */
    @Test
    void theChecksBoundFollowsTheInstancesAndTheEnvironmentsOnTheInputsSheet() throws Exception {
        assertThat(Fixtures.services().parse(VM.replace("instances: 4", "instances: 7").replace("instances: 6", "instances: 8"), "eight.yaml")
                .problems()).as("the loader: 7 reserved of 8").isEmpty();
        String environments = VM.replace("model_mix: {nova-lite: 1}", "model_mix: {nova-lite: 1}, non_prod_environments: 1");
        assertThat(Fixtures.services().parse(environments.replace("instances: 4", "instances: 12"), "twelve.yaml").problems()).isEmpty();
        assertThat(Fixtures.services().parse(environments.replace("instances: 4", "instances: 13"), "thirteen.yaml").problems()).isNotEmpty();
        LoadResult r = Fixtures.services().parse(VM, "vm.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            WorkbookLeversTest.set(wb, "lever_reserved_1", 7);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(check(wb)).isEqualTo("reservations of ec2 add up to 7 — at most 6, the instances it runs");
            input(wb, "architectures.vm.ec2.instances").setCellValue(8);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(check(wb)).as("7 of 8 instances").isEqualTo("OK");
            input(wb, "architectures.vm.ec2.instances").setCellValue(6);
            input(wb, "non_prod_environments (default)").setCellValue(1);
            WorkbookLeversTest.set(wb, "lever_reserved_1", 12);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(check(wb)).as("12 of 6 × (1 + 1)").isEqualTo("OK");
            WorkbookLeversTest.set(wb, "lever_reserved_1", 13);
            WorkbookFormulasTest.recalculate(wb);
            assertThat(check(wb)).isEqualTo("reservations of ec2 add up to 13 — at most 12, the instances it runs");
        }
    }

    /**
     * Found by the random scenarios (seed 977): a lognormal count has no upper bound, so no number of reserved
     * instances exceeds it. The loader refuses nothing, and the workbook exports its lever without a check (it
     * threw on printing ∞ as the bound), at the app's estimate.
     */
    @Test
    void aReservationOfAnUncertainCountWithoutUpperBoundIsExportedWithoutACheck() throws Exception {
        for (String vm : List.of(VM.replace("instances: 6}", "instances: {lognormal: {median: 6, p90: 9}}}"),
                VM.replace("phases: {prod: {}}", "phases: {prod: {non_prod_environments: {lognormal: {median: 1, p90: 2}}}}"))) {
            LoadResult r = Fixtures.services().parse(vm, "vm.yaml");
            assertThat(r.problems()).as(vm).isEmpty();
            List<Estimate> nominal = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
            try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, nominal)) {
                WorkbookFormulasTest.recalculate(wb);
                Cell checkCell = WorkbookReader.named(wb, "lever_reserved_1").getRow().getCell(4);
                assertThat(checkCell == null ? "" : checkCell.toString()).as(vm).isEmpty();
                for (Estimate e : nominal) assertThat(total(wb, e)).as(vm).isCloseTo(e.totalUsd(), within(0.005));
            }
        }
    }

    /** The what-if cell of the Inputs row whose first column reads {@code where}. */
    static Cell input(XSSFWorkbook wb, String where) {
        for (Row row : wb.getSheet("Inputs")) {
            if (row.getCell(0) != null && where.equals(row.getCell(0).getStringCellValue())) return row.getCell(InputsSheet.VALUE_COLUMN);
        }
        throw new AssertionError("no input " + where);
    }

    private static String check(XSSFWorkbook wb) {
        return WorkbookReader.named(wb, "lever_reserved_1").getRow().getCell(4).getStringCellValue();
    }

    private static double total(XSSFWorkbook wb, Estimate e) {
        return WorkbookReader.architecture(wb, e.architecture()).totals().get(e.phase());
    }
}
