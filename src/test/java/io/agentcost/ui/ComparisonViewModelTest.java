package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison window's state, without a window: results arrive through the given "FX thread" (here: inline). */
class ComparisonViewModelTest {

    @Test
    void openingTheExampleShowsEveryPhaseAndMarksTheCheapestArchitecture() throws Exception {
        ComparisonViewModel vm = new ComparisonViewModel(Fixtures.services(), Runnable::run);
        vm.open(Fixtures.root().resolve("scenarios/bedrock-vs-sagemaker.yaml")).get();
        assertThat(vm.architectures()).containsExactly("bedrock", "sagemaker_g5_12xlarge", "sagemaker_g5_2xlarge_fixed");
        assertThat(vm.rows()).extracting(ComparisonViewModel.Row::phase).containsExactly("dev", "launch", "scale");
        // at dev volume pay-per-token is cheapest (the golden output has $32.48 against $11,873.64 and up)
        assertThat(vm.rows().get(0).cheapest()).isEqualTo("bedrock");
        assertThat(vm.statusProperty().get()).contains("us-east-1", "2026-11-26");
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void aBrokenFileShowsItsProblemsInsteadOfResults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "workload: {monthly_conversations: -1, turns_per_conversation: 1}\narchitectures: {a: {alb: {count: 1, lcu: 1}}}\n");
        ComparisonViewModel vm = new ComparisonViewModel(Fixtures.services(), Runnable::run);
        vm.open(file).get();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.problems()).singleElement().asString().contains("broken.yaml:1:", "workload.monthly_conversations", "must be 0 or more");
        assertThat(vm.statusProperty().get()).contains("1 problem(s)");
    }
}
