package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.estimate.CostModel;
import io.agentcost.model.Estimate;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.NominalForecast;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each lever of the Levers sheet, and edits of inputs the app treats as structural zeros, against the
 * app's estimate of the scenario edited the same way in YAML: pulling the lever in the workbook
 * must give the totals the app gives for the edited file, to the cent, on the architecture sheets and in every month
 * of the live forecast.
 */
class WorkbookLeversTest {

    static Stream<Arguments> levers() {
        return Stream.of(
                lever("batch share 30% (lines the app only has with batch on)", wb -> set(wb, "lever_batch_share", 0.3),
                        y -> y.replace("batch_share: 0\n", "batch_share: 0.3\n")),
                lever("log sampling 10%", wb -> set(wb, "lever_log_sampling", 0.1),
                        y -> y.replace("log_sampling: 1.0", "log_sampling: 0.1")),
                lever("trace sampling 5%", wb -> set(wb, "lever_trace_sampling", 0.05),
                        y -> y.replace("trace_sampling: 1.0", "trace_sampling: 0.05")),
                lever("same-AZ placement", wb -> set(wb, "lever_same_az", 1),
                        y -> y.replace("cross_az_share: 0.5", "cross_az_share: 0")),
                lever("history window of 4 turns with a 300-token summary",
                        wb -> {
                            set(wb, "lever_history_window", 4);
                            set(wb, "lever_summary_tokens", 300);
                        },
                        y -> y.replace("history: full", "history: {window_turns: 4, summary_tokens: 300}")),
                lever("prompt caching switched on (off in the scenario, whose cache_hit_rate 0.8 then applies)",
                        wb -> set(wb, "lever_prompt_caching", 1),
                        y -> y.replace("prompt_caching: false", "prompt_caching: true")),
                lever("prompt caching switched on with the hit-rate lever at 50%",
                        wb -> {
                            set(wb, "lever_prompt_caching", 1);
                            set(wb, "lever_cache_hit_rate", 0.5);
                        },
                        y -> y.replace("prompt_caching: false", "prompt_caching: true").replace("cache_hit_rate: 0.8", "cache_hit_rate: 0.5")),
                lever("caching on in the scenario, switched off", wb -> set(wb, "lever_prompt_caching", 0),
                        y -> y.replace("prompt_caching: true", "prompt_caching: false")),
                lever("cache hit rate 50% (caching on in both)", wb -> set(wb, "lever_cache_hit_rate", 0.5),
                        y -> y.replace("cache_hit_rate: 0.8", "cache_hit_rate: 0.5")),
                lever("ARM for Lambda and Fargate", wb -> set(wb, "lever_arm", 1),
                        y -> y.replace("lambda: {memory_mb: 1024, duration_ms: 800}", "lambda: {memory_mb: 1024, duration_ms: 800, architecture: arm64}")
                                .replace("fargate: {tasks: 4, vcpu: 1, memory_gb: 2}", "fargate: {tasks: 4, vcpu: 1, memory_gb: 2, architecture: arm64}")
                                .replace("sagemaker: {instance_type", "fargate: {architecture: arm64}, sagemaker: {instance_type")),
                lever("Fargate Spot 50% at a 70% discount",
                        wb -> {
                            set(wb, "lever_spot_share", 0.5);
                            set(wb, "lever_spot_discount", 0.7);
                        },
                        y -> y.replace("fargate: {tasks: 4, vcpu: 1, memory_gb: 2}", "fargate: {tasks: 4, vcpu: 1, memory_gb: 2, spot_share: 0.5, spot_discount: 0.7}")
                                .replace("sagemaker: {instance_type", "fargate: {spot_share: 0.5, spot_discount: 0.7}, sagemaker: {instance_type")),
                lever("cross-region share 20% typed on Inputs (a line the app leaves out at 0)",
                        wb -> set(wb, "in_workload_cross_region_share", 0.2),
                        y -> y.replace("cross_region_share: 0\n", "cross_region_share: 0.2\n")),
                lever("resolver model mix 50/40/10 in every phase",
                        wb -> {
                            for (String phase : List.of("dev", "launch", "scale")) {
                                share(wb, phase + " · resolver · claude-haiku-4-5", 0.5);
                                share(wb, phase + " · resolver · claude-sonnet-4-6", 0.4);
                            }
                        },
                        y -> y.replace("model_mix: {claude-haiku-4-5: 0.3, claude-sonnet-4-6: 0.6, claude-opus-4-6: 0.1}",
                                "model_mix: {claude-haiku-4-5: 0.5, claude-sonnet-4-6: 0.4, claude-opus-4-6: 0.1}")));
    }

    private static Arguments lever(String name, Consumer<XSSFWorkbook> pull, UnaryOperator<String> yaml) {
        return Arguments.of(name, pull, yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levers")
    void pullingALeverGivesTheAppsEstimateOfTheScenarioEditedTheSameWay(String name, Consumer<XSSFWorkbook> pull, UnaryOperator<String> yaml)
            throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        // the cache-hit lever needs caching on: both sides start from that scenario
        if (name.startsWith("cache hit") || name.startsWith("caching on")) text = text.replace("prompt_caching: false", "prompt_caching: true");
        String edited = yaml.apply(text);
        assertThat(edited).as("the YAML edit applies").isNotEqualTo(text);
        LoadResult original = Fixtures.services().parse(text, "support-agent.yaml");
        LoadResult changed = Fixtures.services().parse(edited, "edited.yaml");
        assertThat(changed.problems()).isEmpty();
        List<Estimate> before = Fixtures.services().estimate(original.scenario(), original.catalog(), null).results();
        List<Estimate> after = Fixtures.services().estimate(changed.scenario(), changed.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(original, before)) {
            pull.accept(wb);
            WorkbookFormulasTest.recalculate(wb);
            for (Estimate e : after) {
                double got = WorkbookReader.architecture(wb, e.architecture()).totals().get(e.phase());
                assertThat(got).as(e.architecture() + " / " + e.phase()).isCloseTo(e.totalUsd(), Assertions.within(0.005));
            }
            double moved = 0;
            for (int i = 0; i < after.size(); i++) moved += Math.abs(after.get(i).totalUsd() - before.get(i).totalUsd());
            assertThat(moved).as("the lever changes some total").isGreaterThan(1);
            // and the live forecast follows: every month, and the cumulative spend, is the app's month of the edited file
            List<NominalForecast.Month> months = NominalForecast.months(CostModel.compile(changed.scenario(), changed.catalog()));
            int archs = changed.scenario().architectures().size();
            List<double[]> live = WorkbookForecastTest.liveMonths(wb.getSheet("Forecast"), archs, "Monthly cost (USD, live)");
            List<double[]> cumulative = WorkbookForecastTest.liveMonths(wb.getSheet("Forecast"), archs, "Cumulative cost (USD, live");
            assertThat(live).hasSize(months.size());
            double[] sum = new double[archs];
            for (int m = 0; m < months.size(); m++) {
                for (int x = 0; x < archs; x++) {
                    assertThat(live.get(m)[x]).as("month " + m + " of " + changed.scenario().architectures().get(x).name())
                            .isCloseTo(months.get(m).usd()[x], Assertions.within(0.005));
                    sum[x] += months.get(m).usd()[x];
                    assertThat(cumulative.get(m)[x]).isCloseTo(sum[x], Assertions.within(0.005));
                }
            }
        }
    }

    @ParameterizedTest(name = "prompt caching {0} in the scenario")
    @ValueSource(booleans = {false, true})
    void theCachingSwitchAtTheScenariosOwnSettingIsTheAppsEstimate(boolean caching) throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"))
                .replace("prompt_caching: false", "prompt_caching: " + caching);
        LoadResult r = Fixtures.services().parse(text, "support-agent.yaml");
        List<Estimate> app = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, app)) {
            // blank (as the workbook opens) and the scenario's own setting typed in both give the app's totals
            for (double setting : new double[]{Double.NaN, caching ? 1 : 0}) {
                if (!Double.isNaN(setting)) set(wb, "lever_prompt_caching", setting);
                WorkbookFormulasTest.recalculate(wb);
                for (Estimate e : app) {
                    assertThat(WorkbookReader.architecture(wb, e.architecture()).totals().get(e.phase())).as(e.architecture() + " / " + e.phase())
                            .isCloseTo(e.totalUsd(), Assertions.within(0.005));
                }
            }
        }
    }

    static void set(XSSFWorkbook wb, String name, double value) {
        WorkbookReader.named(wb, name).setCellValue(value);
    }

    static void share(XSSFWorkbook wb, String label, double value) {
        for (Row row : wb.getSheet("Levers")) {
            if (row.getCell(2) != null && label.equals(row.getCell(2).getStringCellValue())) {
                row.getCell(1).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no model share " + label);
    }
}
