package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `agentcost diff A B`: exit codes, bad input in either file, and deltas checked against two separate runs. */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String example() {
        return Fixtures.root().resolve("scenarios/support-agent.yaml").toString();
    }

    /** The example with a higher retry rate (0.05 → 0.10): more tokens, so every Bedrock line costs more. */
    private static Path moreRetries(Path dir) throws Exception {
        Path b = dir.resolve("more-retries.yaml");
        String text = Files.readString(Path.of(example()));
        assertThat(text).contains("retry_rate: 0.05");
        Files.writeString(b, text.replace("retry_rate: 0.05", "retry_rate: 0.10"));
        return b;
    }

    @Test
    void theDeltasAreTheDifferencesOfTwoSeparateRunsWithTheSameSeed(@TempDir Path dir) throws Exception {
        Path b = moreRetries(dir);
        CliRun d = CliRun.of("diff", example(), b.toString(), "--phase", "launch", "--iterations", "2000", "--seed", "9", "--format", "json");
        assertThat(d.code()).as(d.err()).isZero();
        JsonNode diff = JSON.readTree(d.out());
        // independently: estimate and simulate each file on its own, and subtract
        JsonNode ea = JSON.readTree(CliRun.of("estimate", example(), "--phase", "launch", "--format", "json").out());
        JsonNode eb = JSON.readTree(CliRun.of("estimate", b.toString(), "--phase", "launch", "--format", "json").out());
        JsonNode sa = JSON.readTree(CliRun.of("simulate", example(), "--iterations", "2000", "--seed", "9", "--format", "json").out());
        JsonNode sb = JSON.readTree(CliRun.of("simulate", b.toString(), "--iterations", "2000", "--seed", "9", "--format", "json").out());
        assertThat(diff.get("results")).hasSize(6);
        for (JsonNode cell : diff.get("results")) {
            String arch = cell.get("architecture").asText();
            assertThat(cell.get("phase").asText()).isEqualTo("launch");
            double a = total(ea, arch), bb = total(eb, arch);
            assertThat(cell.get("a_usd").asDouble()).isEqualTo(a);
            assertThat(cell.get("b_usd").asDouble()).isEqualTo(bb);
            assertThat(cell.get("delta_usd").asDouble()).isCloseTo(bb - a, within(0.011));
            for (String stat : new String[]{"p10", "p50", "p90"}) {
                double x = cell(sa, arch).get(stat).asDouble(), y = cell(sb, arch).get(stat).asDouble();
                assertThat(cell.get("simulated").get(stat).get("a").asDouble()).as(arch + " " + stat).isEqualTo(x);
                assertThat(cell.get("simulated").get(stat).get("delta").asDouble()).as(arch + " " + stat).isCloseTo(y - x, within(0.011));
            }
        }
        // a higher retry rate costs more on every architecture that calls Bedrock
        JsonNode serverless = diff.get("results").get(0);
        assertThat(serverless.get("status").asText()).isEqualTo("changed");
        assertThat(serverless.get("delta_usd").asDouble()).isPositive();
        JsonNode biggest = serverless.get("lines").get(0);
        assertThat(biggest.get("component").asText()).isEqualTo("bedrock");
        assertThat(biggest.get("status").asText()).isEqualTo("changed");
        // lines come largest change first
        double previous = Double.MAX_VALUE;
        for (JsonNode l : serverless.get("lines")) {
            if (l.get("status").asText().equals("unchanged")) continue;
            double delta = Math.abs(l.get("delta_usd").asDouble());
            assertThat(delta).isLessThanOrEqualTo(previous);
            previous = delta;
        }
    }

    @Test
    void aFileAgainstItselfChangesNothing() {
        CliRun r = CliRun.of("diff", example(), example(), "--iterations", "500");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Unchanged (nominal and simulated): dev · serverless $631.77").doesNotContain("Phase launch · serverless:");
        assertThat(r.out()).contains("same seed (42)");
    }

    @Test
    void anArchitectureOnlyInBIsAdded(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        String two = """
                name: two
                workload: {monthly_conversations: 1000, turns_per_conversation: 4, user_tokens_per_turn: 200, output_tokens_per_call: 300,
                           model_mix: {claude-haiku-4-5: 1.0}}
                phases: {launch: {}}
                architectures:
                  serverless: {preset: serverless}
                """;
        Files.writeString(a, two);
        Files.writeString(b, two + "  hybrid: {preset: hybrid}\n");
        CliRun r = CliRun.of("diff", a.toString(), b.toString(), "--iterations", "200");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Architectures: added in B: hybrid", "Phase launch · hybrid: added in B, $");
        JsonNode json = JSON.readTree(CliRun.of("diff", a.toString(), b.toString(), "--iterations", "200", "--format", "json").out());
        assertThat(json.get("architectures_added").get(0).asText()).isEqualTo("hybrid");
        JsonNode hybrid = json.get("results").get(1);
        assertThat(hybrid.get("status").asText()).isEqualTo("added");
        assertThat(hybrid.get("a_usd").isNull()).isTrue();
        assertThat(hybrid.get("delta_usd").isNull()).isTrue();
    }

    @Test
    void badInputInEitherFileIsExitTwoWithFileLineAndKey(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(example())).replace("retry_rate: 0.05", "retry_rate: 1.5"));
        for (String[] args : new String[][]{{example(), broken.toString()}, {broken.toString(), example()}}) {
            CliRun r = CliRun.of("diff", args[0], args[1], "--iterations", "200");
            assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            // retry_rate is on line 18 of the example
            assertThat(r.errLines()).singleElement().asString().startsWith(broken + ":18:").contains("workload.retry_rate", "between 0 and 1");
            assertThat(r.err()).doesNotContain("Exception");
        }
        CliRun missing = CliRun.of("diff", example(), dir.resolve("nowhere.yaml").toString());
        assertThat(missing.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.yaml").doesNotContain("Exception");
        CliRun phase = CliRun.of("diff", example(), example(), "--phase", "moon");
        assertThat(phase.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(phase.err()).contains("--phase moon", "dev, launch, scale");
    }

    private static double total(JsonNode estimate, String arch) {
        for (JsonNode r : estimate.get("results")) if (r.get("architecture").asText().equals(arch)) return r.get("total_usd").asDouble();
        throw new AssertionError(arch);
    }

    private static JsonNode cell(JsonNode sim, String arch) {
        for (JsonNode r : sim.get("results")) {
            if (r.get("phase").asText().equals("launch") && r.get("architecture").asText().equals(arch)) return r;
        }
        throw new AssertionError(arch);
    }
}
