package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.estimate.BedrockTokensTest;
import io.agentcost.estimate.CostModel;
import io.agentcost.simulation.NominalForecast;
import io.agentcost.model.Estimate;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Source;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Bedrock service-tier, cache-lifetime and long-context levers of the Levers sheet (SPEC §13, §8, decision 0027):
 * each, typed in, gives the app's estimate of the YAML edited the same way, and a value worked out by hand from the
 * bundled catalog (pricing-cache/us-east-1/2026-11-26.json). Blank, the workbook is the app's estimate of the scenario.
 *
 * <p>Tokens of {@code BedrockTokensTest}'s scenario: C = 1000, T = 4, K = 2, S = 1000, U = 100, O = 50 → prefix 9.8M,
 * fresh 0.8M, output 0.4M tokens a month.
 */
class WorkbookBedrockLeversTest {

    private static String scenario(String extra, String model) {
        return BedrockTokensTest.scenario(extra, model);
    }

    /** The workbook of {@code yaml} with {@code pull} typed into its levers, against the app's estimate of {@code edited}. */
    private static double leverTotal(String yaml, Catalog catalog, Map<String, Object> pull, String edited, double byHand) {
        LoadResult original = Fixtures.load(yaml);
        LoadResult changed = Fixtures.load(edited);
        assertThat(original.problems()).isEmpty();
        assertThat(changed.problems()).isEmpty();
        Catalog c = catalog == null ? original.catalog() : catalog;
        List<Estimate> before = Fixtures.services().estimate(original.scenario(), c, null).results();
        Estimate after = Fixtures.services().estimate(changed.scenario(), catalog == null ? changed.catalog() : catalog, null).results().get(0);
        assertThat(after.totalUsd()).as("the app's estimate of the edited YAML, by hand").isCloseTo(byHand, within(1e-6));
        assertThat(Math.abs(after.totalUsd() - before.get(0).totalUsd())).as("the edit moves the total").isGreaterThan(0.01);
        try (XSSFWorkbook wb = WorkbookExporter.build(new WorkbookExporter.Content(original.scenario(), c, "test", before, null, null, "test"))) {
            WorkbookFormulasTest.recalculate(wb);
            assertThat(total(wb)).as("levers blank: the scenario's own estimate").isCloseTo(before.get(0).totalUsd(), within(0.005));
            pull.forEach((name, value) -> {
                if (value instanceof Number n) WorkbookReader.named(wb, name).setCellValue(n.doubleValue());
                else WorkbookReader.named(wb, name).setCellValue((String) value);
            });
            WorkbookFormulasTest.recalculate(wb);
            assertThat(total(wb)).as("the lever gives the app's estimate of the edited YAML").isCloseTo(after.totalUsd(), within(0.005));
            // the live forecast's months follow the lever too
            List<NominalForecast.Month> months = NominalForecast.months(CostModel.compile(changed.scenario(), catalog == null ? changed.catalog() : catalog));
            List<double[]> live = WorkbookForecastTest.liveMonths(wb.getSheet("Forecast"), 1, "Monthly cost (USD, live)");
            assertThat(live).hasSize(months.size());
            for (int m = 0; m < months.size(); m++) assertThat(live.get(m)[0]).as("month " + m).isCloseTo(months.get(m).usd()[0], within(0.005));
            return total(wb);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static double total(XSSFWorkbook wb) {
        return WorkbookReader.architecture(wb, "b").totals().values().iterator().next();
    }

    @Test
    void theFlexLeverBillsHalfTheStandardPriceWhereTheCatalogListsNoFlexPrice() {
        // Nova Pro $0.80 in, $3.20 out: standard 10.6M × 0.80 + 0.4M × 3.20 = $9.76; flex at 50% → $4.88
        String yaml = scenario("", "nova-pro");
        leverTotal(yaml, null, Map.of("lever_bedrock_service_tier", "flex"), scenario("bedrock_service_tier: flex", "nova-pro"), 4.88);
    }

    @Test
    void theFlexLeverReadsTheCatalogsFlexPriceWhereListed() {
        // listed flex $0.35 in, $1.40 out (not 50%, to tell them apart): 10.6M × 0.35 = $3.71 + 0.4M × 1.40 = $0.56 → $4.27
        String yaml = scenario("", "nova-pro");
        Catalog c = withPrices(Fixtures.load(yaml).catalog(), Map.of("bedrock.nova-pro.flex_input", 0.35, "bedrock.nova-pro.flex_output", 1.40));
        leverTotal(yaml, c, Map.of("lever_bedrock_service_tier", "flex"), scenario("bedrock_service_tier: flex", "nova-pro"), 4.27);
    }

    @Test
    void thePriorityLeverShowsAPriceTheCatalogLacksAsMissingNeverZero() throws Exception {
        // the bundled catalog lists no priority price (decision 0023): every token line is missing, the app's total $0 of priced lines
        String yaml = scenario("", "nova-pro");
        leverTotal(yaml, null, Map.of("lever_bedrock_service_tier", "priority"), scenario("bedrock_service_tier: priority", "nova-pro"), 0);
        LoadResult r = Fixtures.load(yaml);
        List<Estimate> app = Fixtures.services().estimate(r.scenario(), r.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, app)) {
            WorkbookReader.named(wb, "lever_bedrock_service_tier").setCellValue("priority");
            WorkbookFormulasTest.recalculate(wb);
            Row input = row(wb.getSheet("b"), "nova-pro input tokens (new user input)");
            assertThat(input.getCell(ArchitectureSheet.UNIT_PRICE).getCachedFormulaResultType()).as("unit price #N/A").isEqualTo(CellType.ERROR);
            assertThat(input.getCell(ArchitectureSheet.USD).getStringCellValue()).isEqualTo("missing price");
        }
    }

    @Test
    void theStandardLeverPricesTheLinesAScenarioAtPriorityLacks() {
        // the scenario bills priority (missing for Nova Pro); the lever at standard gives standard's $9.76
        leverTotal(scenario("bedrock_service_tier: priority", "nova-pro"), null, Map.of("lever_bedrock_service_tier", "standard"),
                scenario("", "nova-pro"), 9.76);
    }

    @Test
    void theCacheLifetimeLeverBillsCacheWritesAtTheOneHourPrice() {
        // Sonnet 4.6 global, caching at h = 0.5: reads 4.9M × $0.30 = $1.47, fresh 0.8M × $3 = $2.40, output 0.4M × $15 = $6;
        // writes 4.9M × $3.75 = $18.375 (5 minutes) or × $6 = $29.40 (1 hour) → $39.27 with the lever at 1h
        String base = "prompt_caching: true\ncache_hit_rate: 0.5\nbedrock_endpoint: global";
        leverTotal(scenario(base, "claude-sonnet-4-6"), null, Map.of("lever_cache_ttl", "1h"), scenario(base + "\ncache_ttl: 1h", "claude-sonnet-4-6"),
                39.27);
        // and back: a 1-hour scenario with the lever at 5m is $28.245
        leverTotal(scenario(base + "\ncache_ttl: 1h", "claude-sonnet-4-6"), null, Map.of("lever_cache_ttl", "5m"), scenario(base, "claude-sonnet-4-6"),
                28.245);
    }

    /**
     * Sonnet 4.5 global, threshold 200,000 input tokens: C = 100, T = 6, K = 1, S = 150,000, U = 10,000, O = 1,000. A call of
     * turn t reads 160,000 + 11,000·(t − 1): turns 5 and 6 exceed. Whole month: prefix 100·(6·150,000 + 11,000·15) = 106.5M,
     * fresh 6M, output 0.6M; above the threshold: prefix 100·(2·150,000 + 11,000·(15 − 6)) = 39.9M, fresh 2M, output 0.2M.
     * As is: 70.6M × $3 + 0.4M × $15 + 41.9M × $6 + 0.2M × $22.50 = $473.70; at the prices below the threshold,
     * 112.5M × $3 + 0.6M × $15 = $346.50, the app's estimate with the long-context prices overridden by the standard ones.
     */
    @Test
    void theLongContextLeverBillsTheCallsAboveTheThresholdAtThePricesBelowIt() {
        String yaml = """
                workload:
                  monthly_conversations: 100
                  turns_per_conversation: 6
                  llm_calls_per_turn: 1
                  system_prompt_tokens: 150000
                  user_tokens_per_turn: 10000
                  output_tokens_per_call: 1000
                  bedrock_endpoint: global
                  model_mix: {claude-sonnet-4-5: 1}
                architectures: {b: {bedrock: {}}}
                """;
        assertThat(Fixtures.estimate(yaml).results().get(0).totalUsd()).as("as is, by hand").isCloseTo(473.70, within(1e-6));
        String overridden = yaml + "price_overrides: {bedrock.claude-sonnet-4-5.global.long_context_input: 3.0,"
                + " bedrock.claude-sonnet-4-5.global.long_context_output: 15.0}\n";
        leverTotal(yaml, null, Map.of("lever_long_context_off", 1), overridden, 346.50);
    }

    /**
     * The three levers at once on the scenario that has all of SPEC §13 (flex, 1-hour writes, Sonnet 4.5 above 200K with
     * caching and a history window, batch 20%): standard, 5-minute writes and the long-context prices at the prices below
     * the threshold, against the YAML at standard and 5m with each global long-context price overridden by its standard one
     * (input $3, output $15, cache read $0.30, 5-minute write $3.75, 1-hour write $6).
     */
    @Test
    void theThreeLeversTogetherGiveTheAppsEstimateOfTheScenarioEditedTheSameWay() throws Exception {
        String yaml = java.nio.file.Files.readString(Fixtures.root().resolve("src/test/resources/export/bedrock-tiers.yaml"));
        String edited = yaml.replace("bedrock_service_tier: flex", "bedrock_service_tier: standard").replace("cache_ttl: 1h", "cache_ttl: 5m")
                + "price_overrides: {" + LONG_CONTEXT_AT_STANDARD + "}\n";
        double app = appTotal(edited);
        // no hand value here: the equality with the app is the point (the hand values are in the tests above)
        leverTotal(yaml, null, Map.of("lever_bedrock_service_tier", "standard", "lever_cache_ttl", "5m", "lever_long_context_off", 1), edited, app);
    }

    static final String LONG_TURNS = """
            workload:
              monthly_conversations: 100
              turns_per_conversation: 8
              llm_calls_per_turn: 1
              system_prompt_tokens: 150000
              user_tokens_per_turn: 10000
              output_tokens_per_call: 1000
              bedrock_endpoint: global
              model_mix: {claude-sonnet-4-5: 1}
            architectures: {b: {bedrock: {}}}
            """;

    /** {@link #LONG_TURNS} with the window and summary the levers set in the test below. */
    static final String WINDOW_OF_TWO = LONG_TURNS.replace("  bedrock_endpoint", "  history: {window_turns: 2, summary_tokens: 30000}\n  bedrock_endpoint");

    /**
     * The history-window lever moves the threshold turn m (decision 0023). Sonnet 4.5 global, threshold 200,000: C = 100,
     * T = 8, K = 1, S = 150,000, U = 10,000, O = 1,000, h = 11,000, full history in the YAML (m = 4 there). Window N = 2 and
     * summary Z = 30,000 by the levers: a call of turn t reads 160,000 + min(t − 1, 2)·11,000 + 30,000·[t − 1 > 2], so
     * turn 3 reads 182,000 and turn 4 212,000: m = 3 = N + 1, five long turns. History per conversation 11,000·(3 + 2·5)
     * + 30,000·5 = 293,000, of it Hs(3) = 33,000 short; prefix 100·(8·150,000 + 293,000) = 149.3M, long 100·(5·150,000 +
     * 260,000) = 101.0M; fresh 8M (5M long), output 0.8M (0.5M long). (48.3M + 3M) × $3 + (101M + 5M) × $6 + 0.3M × $15
     * + 0.5M × $22.50 = $805.65. With m left at the YAML's 4 (the workbook before): 65.1M + 84.2M of prefix, 4M + 4M
     * fresh, 0.4M + 0.4M output, $751.50.
     */
    @Test
    void theHistoryWindowLeverMovesTheLongContextThresholdTurn() {
        leverTotal(LONG_TURNS, null, Map.of("lever_history_window", 2, "lever_summary_tokens", 30000), WINDOW_OF_TWO, 805.65);
    }

    /**
     * The same with an agent loop that keeps its tool results and intermediate outputs in history (h = U + O + what the
     * turn's calls add), a window in the YAML and a shorter one at the lever: the equality with the app is the point.
     */
    @Test
    void theHistoryWindowLeverMovesTheThresholdTurnOfAnAgentLoop() {
        String loop = LONG_TURNS.replace("llm_calls_per_turn: 1", "llm_calls_per_turn: 3\n  tool_calls_per_turn: 2\n  tool_result_tokens: 3000"
                + "\n  loop_context: accumulate\n  history: {window_turns: 6, summary_tokens: 2000}")
                .replace("system_prompt_tokens: 150000", "system_prompt_tokens: 120000");
        String edited = loop.replace("{window_turns: 6, summary_tokens: 2000}", "{window_turns: 3, summary_tokens: 2000}");
        leverTotal(loop, null, Map.of("lever_history_window", 3), edited, appTotal(edited));
    }

    /** The app's estimate of the first architecture of a YAML. */
    private static double appTotal(String yaml) {
        LoadResult e = Fixtures.load(yaml);
        return Fixtures.services().estimate(e.scenario(), e.catalog(), null).results().get(0).totalUsd();
    }

    static final String LONG_CONTEXT_AT_STANDARD = "bedrock.claude-sonnet-4-5.global.long_context_input: 3.0,"
            + " bedrock.claude-sonnet-4-5.global.long_context_output: 15.0, bedrock.claude-sonnet-4-5.global.long_context_cache_read: 0.3,"
            + " bedrock.claude-sonnet-4-5.global.long_context_cache_write: 3.75, bedrock.claude-sonnet-4-5.global.long_context_cache_write_1h: 6.0";

    @Test
    void withoutBedrockTheLeversAreNotOnTheSheet() throws Exception {
        LoadResult r = Fixtures.load("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 2}
                architectures: {l: {lambda: {memory_mb: 512, duration_ms: 100}}}
                """);
        assertThat(r.problems()).isEmpty();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            assertThat(wb.getName("lever_bedrock_service_tier")).isNull();
            assertThat(wb.getName("lever_cache_ttl")).isNull();
            assertThat(wb.getName("lever_long_context_off")).isNull();
        }
    }

    static Catalog withPrices(Catalog base, Map<String, Double> extra) {
        Map<String, Price> prices = new HashMap<>(base.prices());
        Source src = new Source("page", "AmazonBedrock", null, "test price");
        extra.forEach((k, v) -> prices.put(k, Price.flat(k, "1M tokens", v, src, "2026-11-26")));
        return new Catalog(base.region(), base.snapshotDate(), base.origin(), prices, base.allowances(), new ArrayList<>(base.models().values()));
    }

    private static Row row(Sheet sh, String name) {
        for (Row row : sh) if (row.getCell(4) != null && name.equals(row.getCell(4).getStringCellValue())) return row;
        throw new AssertionError("no line " + name);
    }
}
