package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI side of SPEC §7 and §10: exit codes, one problem per stderr line, no stack trace, JSON shape. */
class ValidateCommandTest {

    private static String example() {
        return Fixtures.root().resolve("scenarios/support-agent.yaml").toString();
    }

    private static void assertNoStackTrace(CliRun r) {
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void brokenFileExitsTwoWithOneLocatedLinePerProblemOnStderr(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, """
                name: broken
                workload:
                  monthly_conversations: lots        # line 3: wrong type
                  turns_per_conversation: 5
                  retry_rate: 1.5                    # line 5: share above 1
                  model_mix: {claude-sonet-4-6: 1.0}  # line 6: unknown model
                architectures:
                  serverless: {preset: serverless, lambda: {memry_mb: 512}}   # line 8: unknown key
                """);
        CliRun r = CliRun.of("validate", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
        List<String> lines = r.errLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(file + ":3:").contains(": workload.monthly_conversations: ", "expected a number");
        assertThat(lines.get(1)).startsWith(file + ":5:").contains(": workload.retry_rate: ", "between 0 and 1");
        assertThat(lines.get(2)).startsWith(file + ":6:").contains(": workload.model_mix.claude-sonet-4-6: ",
                "did you mean 'claude-sonnet-4-6'");
        assertThat(lines.get(3)).startsWith(file + ":8:").contains(": architectures.serverless.lambda.memry_mb: ",
                "did you mean 'memory_mb'");
        for (String line : lines) {
            assertThat(line).matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: [\\w.\\-\\[\\]]+: .+");
        }
    }

    @Test
    void yamlSyntaxErrorExitsTwoWithTheLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("syntax.yaml");
        Files.writeString(file, """
                name: t
                workload:
                  monthly_conversations: 1000
                 turns_per_conversation: 5
                """); // line 4 fits no indentation level
        CliRun r = CliRun.of("validate", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
        assertThat(r.errLines()).singleElement().asString().startsWith(file + ":4:").contains("YAML syntax error");
    }

    @Test
    void missingFileExitsTwoWithNoSuchFile(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.yaml");
        CliRun r = CliRun.of("validate", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
        assertThat(r.errLines()).singleElement().asString().startsWith(file.toString()).contains("no such file");
    }

    @Test
    void oversizedFileExitsTwoWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "name: t\n# " + "x".repeat(1 << 20) + "\n");
        CliRun r = CliRun.of("validate", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertNoStackTrace(r);
        assertThat(r.errLines()).singleElement().asString().startsWith(file.toString()).contains("larger than");
    }

    @Test
    void exampleScenarioValidatesWithExitZeroAndOk() {
        CliRun r = CliRun.of("validate", example());

        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("OK");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unknownSubcommandExitsTwo() {
        CliRun r = CliRun.of("frobnicate", example());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("frobnicate");
        assertNoStackTrace(r);
    }

    @Test
    void unknownOptionExitsTwo() {
        CliRun r = CliRun.of("validate", "--bogus", example());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("--bogus");
        assertNoStackTrace(r);
    }

    @Test
    void estimateJsonOfTheExampleHasTheFieldsOfSpec10AndOneResultPerPhaseAndArchitecture() throws Exception {
        CliRun r = CliRun.of("estimate", example(), "--format", "json");
        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(Cli.OK);

        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("scenario").asText()).isEqualTo("Customer support agent");
        assertThat(root.path("region").asText()).isEqualTo("us-east-1");
        assertThat(root.path("catalog_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(root.path("warnings").isArray()).isTrue();

        JsonNode results = root.path("results");
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(18); // 3 phases × 6 architectures
        Set<String> pairs = new HashSet<>();
        Set<String> phases = new HashSet<>();
        Set<String> architectures = new HashSet<>();
        for (JsonNode result : results) {
            String phase = result.path("phase").asText();
            String architecture = result.path("architecture").asText();
            assertThat(pairs.add(phase + "/" + architecture)).as("one result for %s/%s", phase, architecture).isTrue();
            phases.add(phase);
            architectures.add(architecture);
            assertThat(result.path("total_usd").isNumber()).isTrue();
            assertThat(result.path("total_usd").asDouble()).isPositive();
            assertThat(result.path("by_category").isObject()).isTrue();
            assertThat(result.path("by_category").size()).isPositive();
            assertThat(result.path("missing_prices").isArray()).isTrue();
            JsonNode lines = result.path("lines");
            assertThat(lines.isArray()).isTrue();
            assertThat(lines.size()).isPositive();
            for (JsonNode line : lines) {
                for (String field : List.of("component", "category", "name", "quantity", "unit", "price_key", "unit_price_usd", "usd")) {
                    assertThat(line.has(field)).as("line %s of %s/%s has %s", line.path("name"), phase, architecture, field).isTrue();
                }
                assertThat(line.path("quantity").isNumber()).isTrue();
            }
        }
        assertThat(phases).containsExactlyInAnyOrder("dev", "launch", "scale");
        assertThat(architectures).containsExactlyInAnyOrder("serverless", "hybrid", "enterprise", "agentcore", "self_hosted", "marketplace");
    }
}
