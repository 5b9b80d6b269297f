package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.report.Diff;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinning a baseline and reading the change against it, without a window (issue 17, point 2). */
class CompareViewModelTest {

    @TempDir
    Path dir;

    private MainViewModel vm;
    private CompareViewModel compare;

    @BeforeEach
    void setUp() {
        System.setProperty("agentcost.autosave.dir", dir.resolve("autosave").toString());
        vm = new MainViewModel(Fixtures.services(), Runnable::run);
        compare = new CompareViewModel(vm.estimateProperty(), vm.simulationProperty(), vm.fileProperty());
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    @Test
    void nothingCanBePinnedBeforeTheFirstResults() throws Exception {
        assertThat(compare.canPinProperty().get()).isFalse();
        compare.pin();
        assertThat(compare.baselineProperty().get()).isNull();
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        assertThat(compare.canPinProperty().get()).isTrue();
    }

    @Test
    void anEditIsComparedWithThePinnedResults() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var beforeEstimate = vm.estimateProperty().get();
        var beforeSimulation = vm.simulationProperty().get();
        compare.pin();
        assertThat(compare.baselineProperty().get().label()).startsWith("support-agent.yaml, pinned ");
        // pinned and unchanged: no change anywhere
        assertThat(compare.cell("launch", "serverless").nominalDelta()).isZero();
        assertThat(compare.cell("launch", "serverless").stat("p50").delta()).isZero();

        vm.textProperty().set(vm.textProperty().get().replace("retry_rate: 0.05", "retry_rate: 0.10"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var after = vm.estimateProperty().get();
        Diff.Cell c = compare.cell("launch", "serverless");
        // independently: the two estimates' totals and the two simulations' P50 and P90, subtracted
        double nominal = after.result("launch", "serverless").totalUsd() - beforeEstimate.result("launch", "serverless").totalUsd();
        assertThat(nominal).isPositive();
        assertThat(c.nominalDelta()).isCloseTo(nominal, within(1e-9));
        double p50 = vm.simulationProperty().get().cell("launch", "serverless").total().p50()
                - beforeSimulation.cell("launch", "serverless").total().p50();
        double p90 = vm.simulationProperty().get().cell("launch", "serverless").total().p90()
                - beforeSimulation.cell("launch", "serverless").total().p90();
        assertThat(c.stat("p50").delta()).isCloseTo(p50, within(1e-9));
        assertThat(c.stat("p90").delta()).isCloseTo(p90, within(1e-9));
        // more retries, more tokens: the median moves up, and by about the nominal change (same draws on both sides)
        assertThat(c.stat("p50").delta()).isPositive().isCloseTo(nominal, within(0.1 * nominal));
        assertThat(compare.noteProperty().get()).startsWith("Δ = now − baseline (support-agent.yaml, pinned ")
                .contains("same seed and iterations");
    }

    @Test
    void aSecondFileIsComparedWithTheBaselineUntilItIsCleared() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        compare.pin();
        Path other = dir.resolve("fewer-retries.yaml");
        // a second file: the example with fewer retries (0.05 → 0.02), so fewer tokens and a lower cost
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        Files.writeString(other, text.replace("retry_rate: 0.05", "retry_rate: 0.02"));
        vm.open(other);
        vm.preview().get(60, TimeUnit.SECONDS);
        assertThat(compare.baselineProperty().get()).isNotNull();
        assertThat(compare.cell("launch", "serverless").nominalDelta()).isNegative();
        compare.clear();
        assertThat(compare.cell("launch", "serverless")).isNull();
        assertThat(compare.noteProperty().get()).isEmpty();
    }

    @Test
    void aFullRunAgainstAPreviewSaysTheDeltasIncludeSamplingNoise() throws Exception {
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        compare.pin();
        vm.runFull().get(120, TimeUnit.SECONDS);
        assertThat(vm.simulationProperty().get().run().iterations()).isNotEqualTo(MainViewModel.PREVIEW_ITERATIONS);
        assertThat(compare.noteProperty().get()).contains("the baseline ran 10,000 iterations", "include sampling noise");
    }
}
