package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `simulate`/`forecast --format csv` and `simulate --fail-if` as a CI job uses them (issue 17, point 7). */
class CiUseTest {

    private static final String EXAMPLE = "scenarios/support-agent.yaml";
    private static final String[] RUN = {"--iterations", "2000", "--seed", "5"};

    private static String[] args(String... more) {
        List<String> a = new ArrayList<>(List.of("simulate", EXAMPLE));
        a.addAll(List.of(RUN));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static List<Map<String, String>> csv(String text) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }

    private static JsonNode json(String... more) throws Exception {
        return new ObjectMapper().readTree(CliRun.of(args(more)).out());
    }

    @Test
    void estimateCsvEndsEveryRecordWithCrlfAsSimulateDoesAndQuotesOnlyWhereNeeded() throws Exception {
        CliRun r = CliRun.of("estimate", EXAMPLE, "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String out = r.out();
        // RFC 4180, as simulate and forecast write it: every record ends in CRLF, none in a bare LF
        assertThat(out).startsWith("phase,architecture,agent,component,category,name,quantity,unit,price_key,unit_price_usd,list_usd,usd\r\n")
                .endsWith("\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<Map<String, String>> rows = csv(out);
        // one row per line item: the same count as the JSON's line items over every phase × architecture
        JsonNode estimate = new ObjectMapper().readTree(CliRun.of("estimate", EXAMPLE, "--format", "json").out());
        int lines = 0;
        for (JsonNode result : estimate.get("results")) lines += result.get("lines").size();
        assertThat(rows).hasSize(lines);
        // strict quoting: a long plain text cell (Jackson's default quotes any of 25+ characters) is left bare
        assertThat(out).doesNotContain("\"phase\"");
    }

    @Test
    void simulateCsvHasOneRowPerPhaseAndArchitectureWithTheJsonsPercentiles() throws Exception {
        CliRun r = CliRun.of(args("--format", "csv"));
        assertThat(r.code()).as(r.err()).isZero();
        // RFC 4180: CRLF after every record
        assertThat(r.out()).startsWith("phase,architecture,nominal_usd,mean,sd,p5,p10,p25,p50,p75,p90,p95,p99,p_exceed_budget,p_kill_switch,")
                .endsWith("\r\n").doesNotContain("\"");
        List<Map<String, String>> rows = csv(r.out());
        JsonNode results = json("--format", "json").get("results");
        // 3 phases × 6 architectures
        assertThat(rows).hasSize(18).hasSize(results.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode j = results.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("phase")).isEqualTo(j.get("phase").asText());
            assertThat(row.get("architecture")).isEqualTo(j.get("architecture").asText());
            for (String f : new String[]{"nominal_usd", "mean", "p5", "p10", "p50", "p90", "p99", "p_exceed_budget", "p_kill_switch", "p_cheapest"}) {
                assertThat(Double.parseDouble(row.get(f))).as(i + " " + f).isEqualTo(j.get(f).asDouble());
            }
            assertThat(row.get("iterations")).isEqualTo("2000");
            assertThat(row.get("seed")).isEqualTo("5");
        }
    }

    @Test
    void forecastCsvHasOneRowPerMonthAndArchitecture() throws Exception {
        CliRun r = CliRun.of("forecast", "scenarios/bedrock-vs-sagemaker.yaml", "--iterations", "500", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(r.out());
        // months 0..24 × 3 architectures, as in the JSON
        assertThat(rows).hasSize(25 * 3);
        assertThat(rows.get(0).keySet()).containsExactly("month", "phase", "architecture", "p10", "p50", "p90", "mean", "cumulative_p10",
                "cumulative_p50", "cumulative_p90");
        JsonNode months = new ObjectMapper().readTree(CliRun.of("forecast", "scenarios/bedrock-vs-sagemaker.yaml", "--iterations", "500",
                "--format", "json").out()).get("months");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("architecture")).isEqualTo(months.get(i).get("architecture").asText());
            assertThat(Double.parseDouble(rows.get(i).get("cumulative_p50"))).isEqualTo(months.get(i).get("cumulative_p50").asDouble());
        }
        // the "sagemaker_g5_2xlarge_fixed" id needs no quotes
        assertThat(r.out()).doesNotContain("\"");
    }

    @Test
    void aBrokenGuardrailExitsThreeAndNamesEveryCellThatBrokeIt() throws Exception {
        JsonNode results = json("--format", "json").get("results");
        // independently: the cells of the JSON whose P90 is above $20,000
        List<String> expected = new ArrayList<>();
        for (JsonNode c : results) {
            if (c.get("p90").asDouble() > 20_000) expected.add(c.get("phase").asText() + "/" + c.get("architecture").asText());
        }
        assertThat(expected).isNotEmpty().hasSizeLessThan(18);
        CliRun r = CliRun.of(args("--fail-if", "p90 > 20000"));
        assertThat(r.code()).isEqualTo(Cli.GUARDRAIL).isEqualTo(3);
        List<String> broken = r.errLines().stream().filter(l -> l.startsWith("guardrail broken: ")).toList();
        assertThat(broken).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) assertThat(broken.get(i)).contains("'p90 > 20000': " + expected.get(i) + " p90 is $");
        assertThat(r.err()).contains(expected.size() + " cells break a --fail-if guardrail (exit 3)");
        // the report is printed all the same
        assertThat(r.out()).contains("Phase launch");
    }

    @Test
    void aGuardrailThresholdInScientificNotationReadsAsTheSameNumber() throws Exception {
        // 2e4 is 20,000, as a scenario file reads it: the same cells break as with 'p90 > 20000'
        CliRun plain = CliRun.of(args("--fail-if", "p90 > 20000"));
        CliRun scientific = CliRun.of(args("--fail-if", "p90 > 2e4"));
        assertThat(scientific.code()).as(scientific.err()).isEqualTo(Cli.GUARDRAIL);
        assertThat(scientific.err().replace("2e4", "20000")).isEqualTo(plain.err());
        // and a probability: 2.5E-1 reads as 0.25, whatever the example's cells give
        assertThat(CliRun.of(args("--fail-if", "p_exceed_budget >= 2.5E-1")).err())
                .isEqualTo(CliRun.of(args("--fail-if", "p_exceed_budget >= 0.25")).err().replace("0.25", "2.5E-1"));
        CliRun huge = CliRun.of(args("--fail-if", "p90 > 1e999"));
        assertThat(huge.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(huge.err()).contains("'1e999' is too large a number");
    }

    @Test
    void aScopedGuardrailOnlyLooksAtItsCell() throws Exception {
        JsonNode results = json("--format", "json").get("results");
        double devServerless = 0;
        for (JsonNode c : results) {
            if (c.get("phase").asText().equals("dev") && c.get("architecture").asText().equals("serverless")) devServerless = c.get("p90").asDouble();
        }
        // just above and just below dev/serverless's own P90: only the first holds
        String above = String.valueOf(devServerless + 1);
        String below = String.valueOf(devServerless - 1);
        CliRun held = CliRun.of(args("--fail-if", "dev/serverless p90 > " + above, "--format", "csv"));
        assertThat(held.code()).as(held.err()).isZero();
        assertThat(held.err()).contains("guardrails held (1 checked");
        CliRun broke = CliRun.of(args("--fail-if", "dev/serverless p90 > " + below, "--fail-if", "dev/* mean < 0"));
        assertThat(broke.code()).isEqualTo(3);
        assertThat(broke.errLines().stream().filter(l -> l.startsWith("guardrail broken")).toList()).singleElement().asString()
                .contains("dev/serverless p90");
    }

    @Test
    void budgetProbabilitiesTakeFractionsOrPercentages() {
        // the example's scale phase is over its $6,000 budget in (nearly) every draw
        assertThat(CliRun.of(args("--fail-if", "scale/serverless p_exceed_budget >= 0.9")).code()).isEqualTo(3);
        assertThat(CliRun.of(args("--fail-if", "scale/serverless p_exceed_budget >= 90%")).code()).isEqualTo(3);
        assertThat(CliRun.of(args("--fail-if", "dev/serverless p_kill_switch > 50%")).code()).isZero();
    }

    @Test
    void aMalformedGuardrailIsBadInputBeforeTheRun() {
        for (String bad : new String[]{"p90 >> 20000", "p91 > 5", "p90 > lots", "p90 20000", "p_kill_switch > 150%", "p90 > 20%",
                "p_exceed_budget > $1", "launch/serverless/x p90 > 1", ""}) {
            CliRun r = CliRun.of(args("--fail-if", bad));
            assertThat(r.code()).as(bad).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.out()).as(bad).isEmpty();
            assertThat(r.err()).as(bad).startsWith("--fail-if '" + bad + "': ").doesNotContain("Exception");
        }
        CliRun unknown = CliRun.of(args("--fail-if", "moon/serverless p90 > 1"));
        assertThat(unknown.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknown.err()).contains("no phase 'moon' (phases: dev, launch, scale)");
        CliRun arch = CliRun.of(args("--fail-if", "launch/lambda p90 > 1"));
        assertThat(arch.err()).contains("no architecture 'lambda'");
    }

    /**
     * P(commitment wasted), SPEC §13, in CSV and guardrails. Architecture a: Fargate tasks ~ uniform(2, 6) at $36.0401 a task
     * a month (730 × (0.04048 + 2 × 0.004445)) under a $0.10/h plan at 20% off: wasted when 0.8 × 36.0401 × tasks < $73,
     * tasks < 2.531902, P = 0.531902 / 4 = 0.1329756 (CommitmentTermsAndWasteTest); b has no commitment.
     */
    @Test
    void theChanceACommitmentIsWastedIsACsvColumnAndAGuardrail(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, """
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures:
                  a:
                    fargate: {tasks: {uniform: [2, 6]}, vcpu: 1, memory_gb: 2}
                    commitments: [{type: compute_savings_plan, hourly_usd: 0.1, discount: 0.2}]
                  b:
                    fargate: {tasks: {uniform: [2, 6]}, vcpu: 1, memory_gb: 2}
                """);
        String[] run = {"simulate", file.toString(), "--iterations", "2000", "--seed", "7"};
        CliRun r = CliRun.of(with(run, "--format", "csv"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).contains(",p_kill_switch,p_commitment_wasted,p_cheapest,");
        List<Map<String, String>> rows = csv(r.out());
        assertThat(Double.parseDouble(rows.get(0).get("p_commitment_wasted"))).isCloseTo(0.1329756, org.assertj.core.api.Assertions.within(0.001));
        assertThat(rows.get(1).get("p_commitment_wasted")).as("b has no commitment: an empty cell").isEmpty();

        CliRun broke = CliRun.of(with(run, "--fail-if", "p_commitment_wasted > 10%"));
        assertThat(broke.code()).isEqualTo(Cli.GUARDRAIL);
        assertThat(broke.err()).contains("default/a p_commitment_wasted is 13.").contains("1 cell breaks");
        assertThat(CliRun.of(with(run, "--fail-if", "default/a p_commitment_wasted > 0.2")).code()).isZero();
        CliRun none = CliRun.of(with(run, "--fail-if", "*/b p_commitment_wasted > 0.1"));
        assertThat(none.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(none.err()).contains("p_commitment_wasted needs commitments (a savings plan or reservation) in architecture 'b'")
                .doesNotContain("Exception");
        // a scenario without commitments keeps its CSV columns
        assertThat(CliRun.of(args("--format", "csv")).out()).doesNotContain("p_commitment_wasted");
    }

    @Test
    void aPhaseOrArchitectureWithASpaceOrASlashIsNamedInDoubleQuotes(@TempDir Path dir) throws Exception {
        // one Fargate task a month: 730 h × (0.04048 + 2 × 0.004445) = $36.0401 in every draw, in both cells
        Path file = dir.resolve("names.yaml");
        Files.writeString(file, """
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                phases:
                  eu launch: {monthly_conversations: 1000}
                architectures:
                  fargate/arm: {fargate: {tasks: 1, vcpu: 1, memory_gb: 2}}
                """);
        String[] run = {"simulate", file.toString(), "--iterations", "500", "--seed", "7"};
        CliRun broke = CliRun.of(with(run, "--fail-if", "\"eu launch\"/\"fargate/arm\" p90 > 36"));
        assertThat(broke.code()).as(broke.err()).isEqualTo(Cli.GUARDRAIL);
        assertThat(broke.err()).contains("eu launch/fargate/arm p90 is $36.04");
        assertThat(CliRun.of(with(run, "--fail-if", "\"eu launch\"/* p90 > 37")).code()).isZero();
        // unquoted, the space splits the scope from the statistic: malformed, and the names list shows how to write them
        assertThat(CliRun.of(with(run, "--fail-if", "eu launch/* p90 > 37")).code()).isEqualTo(Cli.BAD_INPUT);
        CliRun unknown = CliRun.of(with(run, "--fail-if", "launch/* p90 > 37"));
        assertThat(unknown.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknown.err()).contains("no phase 'launch' (phases: \"eu launch\")");
        CliRun arch = CliRun.of(with(run, "--fail-if", "*/fargate p90 > 37"));
        assertThat(arch.err()).contains("(architectures: \"fargate/arm\")");
    }

    private static String[] with(String[] run, String... more) {
        List<String> a = new ArrayList<>(List.of(run));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
