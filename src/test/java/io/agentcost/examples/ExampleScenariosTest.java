package io.agentcost.examples;

import static io.agentcost.testing.Fixtures.cents;
import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.app.EstimateReport;
import io.agentcost.cli.Cli;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario's `estimate` output (table and JSON) equals its golden file in
 * scenarios/golden/. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=ExampleScenariosTest -Dgolden.update=true} and review the diff.
 */
class ExampleScenariosTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("scenarios"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void estimateTableMatchesGolden(String file) throws IOException {
        golden(file, "estimate.txt", "table");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void estimateJsonMatchesGolden(String file) throws IOException {
        golden(file, "estimate.json", "json");
    }

    private static void golden(String file, String suffix, String format) throws IOException {
        Path root = Fixtures.root();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(Fixtures.services(), new PrintWriter(out), new PrintWriter(err), "estimate", "scenarios/" + file, "--format", format);
        assertThat(code).as(err.toString()).isZero();
        Path golden = root.resolve("scenarios/golden/" + file.replace(".yaml", "." + suffix));
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, out.toString());
        }
        assertThat(Files.exists(golden)).as("golden file " + golden + " (run with -Dgolden.update=true)").isTrue();
        assertThat(out.toString()).isEqualTo(Files.readString(golden));
    }

    @Test
    void supportAgentHasAllSixPresetsInEveryPhase() {
        EstimateReport r = estimate("support-agent.yaml");
        assertThat(r.architectures()).containsExactly("serverless", "hybrid", "enterprise", "agentcore", "self_hosted", "marketplace");
        assertThat(r.results()).hasSize(3 * 6);
        assertThat(r.results()).allSatisfy(e -> assertThat(e.missingPrices()).isEmpty());
    }

    @Test
    void modelTieringOfTheHundredAgentFleetCostsAQuarterOfAllSonnet() {
        // by hand, per agent: 1,000 sessions × 10 calls × 2,000 in / 300 out = 20M in, 3M out tokens
        // tiered: 10 × (20 × 3.30 + 3 × 16.50) + 40 × (20 × 1.10 + 3 × 5.50) + 50 × (20 × 0.035 + 3 × 0.14) = 1,155 + 1,540 + 56
        EstimateReport tiered = estimate("agent-fleet-100.yaml");
        assertThat(cents(tiered.result("default", "tokens_only").totalUsd())).isEqualTo(2751.00);
        assertThat(cents(tiered.result("default", "tokens_only").byAgent().get("specialist"))).isEqualTo(1540.00);
        // flat: 100 × $115.50
        EstimateReport flat = estimate("agent-fleet-100-flat-sonnet.yaml");
        assertThat(cents(flat.result("default", "tokens_only").totalUsd())).isEqualTo(11550.00);
    }

    @Test
    void makeOrBuyComparesBedrockWithSageMakerInEveryPhase() {
        EstimateReport r = estimate("bedrock-vs-sagemaker.yaml");
        assertThat(r.phases()).containsExactly("dev", "launch", "scale");
        // pay-per-token wins at dev volume; the self-hosted endpoint's floor (1 × ml.g5.12xlarge all month
        // = 730 × $7.09 = $5,175.70) plus a $6,000 team is a fixed cost Bedrock undercuts until scale
        assertThat(r.result("dev", "bedrock").totalUsd()).isLessThan(r.result("dev", "sagemaker_g5_12xlarge").totalUsd());
        assertThat(r.result("scale", "bedrock").totalUsd()).isGreaterThan(r.result("scale", "sagemaker_g5_12xlarge").totalUsd());
        assertThat(List.of(r.result("dev", "sagemaker_g5_12xlarge").lines().stream()
                .filter(l -> l.name().equals("Endpoint instance-hours (ml.g5.12xlarge, autoscaled)")).findFirst().orElseThrow().usd()))
                .containsExactly(730 * 7.09);
    }

    private static EstimateReport estimate(String file) {
        var loaded = Fixtures.services().load(Fixtures.root().resolve("scenarios/" + file));
        assertThat(loaded.problems()).isEmpty();
        return Fixtures.services().estimate(loaded.scenario(), loaded.catalog(), null);
    }
}
