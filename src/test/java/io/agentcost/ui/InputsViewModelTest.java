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

    @Test
    void modelMixSharesAgentCountsCorrelationsAndRunSettingsAreInputsToo() throws Exception {
        String original = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        var text = new SimpleStringProperty(original);
        InputsViewModel vm = new InputsViewModel(text);
        assertThat(vm.rows()).extracting(r -> r.site().path()).contains("workload.model_mix.claude-sonnet-4-6", "agents.triage.count",
                "agents.triage.model_mix.nova-micro", "correlations[0] monthly_conversations ~ turns_per_conversation", "simulation.iterations",
                "simulation.seed");
        // a coefficient outside [-1, 1] is refused with the range in words; a valid one is written in place
        InputsViewModel corr = editor(text, "correlations[0] monthly_conversations ~ turns_per_conversation");
        corr.formProperty().set(InputsViewModel.Form.NUMBER);
        corr.parameter(0).set("1.5");
        assertThat(corr.problemProperty().get()).contains("between -1 and 1");
        assertThat(corr.apply()).isFalse();
        corr.parameter(0).set("-0.2");
        assertThat(corr.apply()).isTrue();
        assertThat(text.get()).isEqualTo(original.replace("[monthly_conversations, turns_per_conversation, 0.3]",
                "[monthly_conversations, turns_per_conversation, -0.2]"));
        assertThat(Fixtures.services().parse(text.get(), "edited.yaml").problems()).isEmpty();
        // the triage fleet doubled: the scenario still loads and bills twice the triage conversations
        InputsViewModel count = editor(text, "agents.triage.count");
        count.parameter(0).set("100");
        assertThat(count.apply()).isTrue();
        assertThat(text.get()).contains("{name: triage, count: 100,");
        assertThat(Fixtures.services().parse(text.get(), "edited.yaml").scenario().agents().get(0).count()).isEqualTo(100);
    }
}
