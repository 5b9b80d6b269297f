package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The form editor: an input's distribution edited with the loader's checks, written back in place. */
class InputsViewModelTest {

    private static InputsViewModel editor(SimpleStringProperty text, String path) {
        InputsViewModel vm = new InputsViewModel(text);
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.site().path().equals(path)).findFirst().orElseThrow().site());
        return vm;
    }

    @Test
    void selectingAnInputShowsItsFormParametersAndPercentiles() throws Exception {
        var text = new SimpleStringProperty(Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml")));
        InputsViewModel vm = editor(text, "workload.turns_per_conversation");
        assertThat(vm.formProperty().get()).isEqualTo(InputsViewModel.Form.PERT);
        assertThat(vm.parameter(0).get()).isEqualTo("3");
        assertThat(vm.parameter(1).get()).isEqualTo("5");
        assertThat(vm.parameter(2).get()).isEqualTo("12");
        // scipy.stats.beta(1+4·2/9, 1+4·7/9, loc=3, scale=9): P50 5.6385, P90 8.0642
        assertThat(vm.summaryProperty().get()).contains("P50 5.639", "P90 8.064", "turns");
        assertThat(vm.shape()).isNotEmpty();
    }

    @Test
    void anInvalidDistributionIsExplainedAndCannotBeApplied() throws Exception {
        var text = new SimpleStringProperty(Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml")));
        InputsViewModel vm = editor(text, "workload.retry_rate");
        vm.formProperty().set(InputsViewModel.Form.UNIFORM);
        vm.parameter(0).set("0.5");
        vm.parameter(1).set("1.2");
        assertThat(vm.problemProperty().get()).contains("must be between 0 and 1", "reaches 1.2");
        String before = text.get();
        assertThat(vm.apply()).isFalse();
        assertThat(text.get()).isEqualTo(before);
    }

    @Test
    void applyingReplacesOnlyThatValueAndTheScenarioStillLoads() throws Exception {
        String original = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        var text = new SimpleStringProperty(original);
        InputsViewModel vm = editor(text, "workload.retry_rate");
        vm.formProperty().set(InputsViewModel.Form.TRIANGULAR);
        vm.parameter(0).set("0");
        vm.parameter(1).set("0.05");
        vm.parameter(2).set("0.2");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.apply()).isTrue();
        assertThat(text.get()).isEqualTo(original.replace("  retry_rate: 0.05\n", "  retry_rate: {triangular: [0, 0.05, 0.2]}\n"));
        assertThat(Fixtures.services().parse(text.get(), "edited.yaml").problems()).isEmpty();
        assertThat(vm.selectedProperty().get().path()).isEqualTo("workload.retry_rate");
    }
}
