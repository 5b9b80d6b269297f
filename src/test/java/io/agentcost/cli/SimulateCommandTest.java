package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The machine-readable output of simulate and forecast (SPEC §10) and their option checks. */
class SimulateCommandTest {

    @Test
    void simulateJsonHasTheFieldsOfTheSpec() throws Exception {
        CliRun r = CliRun.of("simulate", "scenarios/support-agent.yaml", "--iterations", "2000", "--seed", "7", "--sampling", "sobol", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode run = json.get("run");
        assertThat(run.get("seed").asLong()).isEqualTo(7);
        assertThat(run.get("iterations").asInt()).isEqualTo(2000);
        assertThat(run.get("sampling").asText()).isEqualTo("sobol");
        assertThat(run.has("catalog_date") && run.has("version") && run.has("seconds")).isTrue();
        assertThat(json.get("results")).hasSize(18);
        JsonNode first = json.get("results").get(0);
        for (String f : new String[]{"phase", "architecture", "mean", "sd", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99",
                "p_exceed_budget", "p_kill_switch", "by_category", "p_cheapest", "mean_ci95", "p90_ci95", "histogram", "s_curve"}) {
            assertThat(first.has(f)).as(f).isTrue();
        }
        assertThat(first.get("by_category").get("inference").has("p50")).isTrue();
        assertThat(first.get("by_category").get("inference").has("p90")).isTrue();
        JsonNode pair = json.get("pairwise").get(0);
        assertThat(pair.has("phase") && pair.has("a") && pair.has("b") && pair.has("p_a_cheaper")).isTrue();
        JsonNode sens = json.get("sensitivity").get(0);
        for (String f : new String[]{"phase", "architecture", "input", "rank_correlation", "low_usd", "high_usd"}) assertThat(sens.has(f)).as(f).isTrue();
    }

    @Test
    void forecastJsonHasBandsCumulativeAndBreakEven() throws Exception {
        CliRun r = CliRun.of("forecast", "scenarios/bedrock-vs-sagemaker.yaml", "--iterations", "1000", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        // 24 months + month 0, three architectures
        assertThat(json.get("months")).hasSize(25 * 3);
        JsonNode m = json.get("months").get(3);
        for (String f : new String[]{"month", "phase", "architecture", "p10", "p50", "p90", "cumulative_p50"}) assertThat(m.has(f)).as(f).isTrue();
        assertThat(json.get("break_even")).hasSize(3);
        JsonNode be = json.get("break_even").get(0);
        assertThat(be.has("month") && be.has("probability")).isTrue();
    }

    @Test
    void theTableNamesTheCheapestArchitectureAndTheBudgetRisk() {
        CliRun r = CliRun.of("simulate", "scenarios/support-agent.yaml", "--iterations", "2000");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("P(>BUDGET)", "P(CHEAPEST)", "Cheapest at the median: serverless", "2,000 iterations");
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(CliRun.of("simulate", "scenarios/support-agent.yaml", "--sampling", "quasi").code()).isEqualTo(2);
        assertThat(CliRun.of("simulate", "scenarios/support-agent.yaml", "--iterations", "0").code()).isEqualTo(2);
        CliRun r = CliRun.of("simulate", "scenarios/support-agent.yaml", "--iterations", "lots");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aSeedTheScenarioFileWouldRefuseIsRefusedOnTheCommandLineToo() {
        // simulation.seed is a whole number from 0 to 2,147,483,647; a run record's seed must be one a file can give again
        for (String seed : List.of("-1", "2147483648")) {
            CliRun r = CliRun.of("simulate", "scenarios/support-agent.yaml", "--iterations", "100", "--seed", seed);
            assertThat(r.code()).as("exit code for --seed %s", seed).isEqualTo(2);
            assertThat(r.errLines()).containsExactly("--seed " + seed + ": expected a whole number from 0 to 2,147,483,647");
        }
        assertThat(CliRun.of("simulate", "scenarios/support-agent.yaml", "--iterations", "100", "--seed", "2147483647").code()).isZero();
    }

    @Test
    void withAStartMonthTheForecastDatesItsMonthsAndKeepsTheirNumbers() throws Exception {
        Path file = Files.createTempFile("dated", ".yaml");
        Files.writeString(file, """
                start_month: 2027-11
                workload: {monthly_conversations: 1000, turns_per_conversation: 2, db_writes_per_turn: 1}
                timeline: [{phase: default, months: 3}]
                architectures:
                  db: {dynamodb: {}}
                """);
        CliRun json = CliRun.of("forecast", file.toString(), "--iterations", "100", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        // month 1 is the start month, month 3 two months later (over the year end); month 0 (one-time) has no date
        var months = new ObjectMapper().readTree(json.out()).get("months");
        assertThat(months.get(0).get("month").asInt()).isZero();
        assertThat(months.get(0).get("date").isNull()).isTrue();
        assertThat(months.get(1).get("month").asInt()).isEqualTo(1);
        assertThat(months.get(1).get("date").asText()).isEqualTo("2027-11");
        assertThat(months.get(3).get("month").asInt()).isEqualTo(3);
        assertThat(months.get(3).get("date").asText()).isEqualTo("2028-01");
        CliRun table = CliRun.of("forecast", file.toString(), "--iterations", "100");
        assertThat(table.out()).contains("DATE", "Nov 2027", "Jan 2028");
        Files.delete(file);
    }
}
