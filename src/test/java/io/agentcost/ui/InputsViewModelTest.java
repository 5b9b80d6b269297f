package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.agentcost.model.Distribution;
import io.agentcost.model.WorkloadKey;
import io.agentcost.scenario.YamlInputs;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
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

    // ---------------------------------------------------------------- {varies: D} (SPEC §12)

    private static SimpleStringProperty codingAgent() throws Exception {
        return new SimpleStringProperty(Files.readString(Fixtures.root().resolve("scenarios/coding-agent.yaml")));
    }

    @Test
    void aVaryingInputShowsHowConversationsDifferNotAnUncertainty() throws Exception {
        InputsViewModel vm = new InputsViewModel(codingAgent());
        InputsViewModel.Row turns = vm.rows().stream().filter(r -> r.site().path().equals("workload.turns_per_conversation")).findFirst().orElseThrow();
        // discrete [1, 3, 8, 20] weights [0.4, 0.35, 0.2, 0.05]: mean 0.4·1 + 0.35·3 + 0.2·8 + 0.05·20 = 4.05; cumulative
        // weights 0.4, 0.75, 0.95, 1, so P10 = 1 and P90 = 8; the month's average is not drawn, so no P10/P50/P90 of it
        assertThat(List.of(turns.p10(), turns.p50(), turns.p90())).containsOnly("–");
        assertThat(turns.between()).isEqualTo("4.05 (1–8)");
        InputsViewModel.Row calls = vm.rows().stream().filter(r -> r.site().path().equals("workload.llm_calls_per_turn")).findFirst().orElseThrow();
        // lognormal median 12, p90 40: σ = ln(40/12)/1.28155 = 0.93946; the mean of the 1,000 midpoints
        // scipy.stats.lognorm.ppf((i − 0.5)/1000, 0.93946, scale=12).mean() = 18.6246 (closed form 12·e^(σ²/2) = 18.657)
        assertThat(calls.between()).isEqualTo("18.62 (3.6–40)");
        // an input that does not vary keeps its percentiles and says nothing about conversations
        InputsViewModel.Row retry = vm.rows().stream().filter(r -> r.site().path().equals("workload.retry_rate")).findFirst().orElseThrow();
        assertThat(retry.p50()).isEqualTo("0.02");
        assertThat(retry.between()).isEmpty();
    }

    @Test
    void selectingAVaryingInputOpensItsSpreadInTheDistributionForms() throws Exception {
        InputsViewModel vm = editor(codingAgent(), "workload.turns_per_conversation");
        assertThat(vm.canVaryProperty().get()).isTrue();
        assertThat(vm.variesProperty().get()).isTrue();
        assertThat(vm.formProperty().get()).isEqualTo(InputsViewModel.Form.DISCRETE);
        assertThat(vm.parameter(0).get()).isEqualTo("1, 3, 8, 20");
        assertThat(vm.parameter(1).get()).isEqualTo("0.4, 0.35, 0.2, 0.05");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("Conversations differ: P10 1 · P50 3 · P90 8 turns, mean 4.05 turns")
                .contains("not uncertainty");
        assertThat(vm.shapeTitleProperty().get()).isEqualTo(InputsViewModel.SPREAD_SHAPE);
        // the picture is of D: a bar per value as high as its weight, 0.4 at 1 (half a bar 0.19 = (20 − 1)/100 wide)
        double[][] shape = vm.shape();
        assertThat(shape).hasDimensions(16, 2);
        assertThat(shape[1]).containsExactly(new double[]{1 - 0.19, 0.4}, offset(1e-12));
        assertThat(shape[14]).containsExactly(new double[]{20 + 0.19, 0.05}, offset(1e-12));

        InputsViewModel calls = editor(codingAgent(), "workload.llm_calls_per_turn");
        assertThat(calls.formProperty().get()).isEqualTo(InputsViewModel.Form.LOGNORMAL);
        assertThat(calls.parameter(0).get()).isEqualTo("12");
        assertThat(calls.parameter(1).get()).isEqualTo("40");
        assertThat(calls.variesProperty().get()).isTrue();
    }

    @Test
    void editingTheSpreadWritesItBackAsVariesInPlaceKeepingTheComments() throws Exception {
        SimpleStringProperty text = codingAgent();
        String original = text.get();
        InputsViewModel vm = editor(text, "workload.turns_per_conversation");
        vm.parameter(1).set("0.5, 0.3, 0.15, 0.05");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.apply()).isTrue();
        assertThat(text.get()).isEqualTo(original.replace("{varies: {discrete: {values: [1, 3, 8, 20], weights: [0.4, 0.35, 0.2, 0.05]}}}",
                "{varies: {discrete: {values: [1, 3, 8, 20], weights: [0.5, 0.3, 0.15, 0.05]}}}"));
        assertThat(text.get()).contains("# user turns per task: most are done in one or three");
        var loaded = Fixtures.services().parse(text.get(), "edited.yaml");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.scenario().workload().varies(WorkloadKey.TURNS_PER_CONVERSATION))
                .isEqualTo(new Distribution.Discrete(new double[]{1, 3, 8, 20}, new double[]{0.5, 0.3, 0.15, 0.05}));
        // 0.5·1 + 0.3·3 + 0.15·8 + 0.05·20 = 3.6
        assertThat(vm.rows().stream().filter(r -> r.site().path().equals("workload.turns_per_conversation")).findFirst().orElseThrow()
                .between()).startsWith("3.6 (");
        assertThat(vm.selectedProperty().get().path()).isEqualTo("workload.turns_per_conversation");
    }

    @Test
    void anInvalidSpreadIsExplainedWithTheLoadersWordsAndCannotBeApplied() throws Exception {
        SimpleStringProperty text = codingAgent();
        String before = text.get();
        InputsViewModel vm = editor(text, "workload.llm_calls_per_turn");
        vm.parameter(1).set("8");
        assertThat(vm.problemProperty().get()).contains("p90 8 must be greater than median 12");
        assertThat(vm.apply()).isFalse();
        assertThat(text.get()).isEqualTo(before);
    }

    @Test
    void aSpreadBecomesAnUncertainAverageWhenVariesIsTurnedOffAndBack() throws Exception {
        SimpleStringProperty text = codingAgent();
        String original = text.get();
        InputsViewModel vm = editor(text, "workload.llm_calls_per_turn");
        vm.variesProperty().set(false);
        assertThat(vm.summaryProperty().get()).isEqualTo("P10 3.6 · P50 12 · P90 40 calls");
        assertThat(vm.shapeTitleProperty().get()).isEqualTo(InputsViewModel.SHAPE);
        // the loader then asks nothing more: a plain distribution of K beside a plain step budget is §3's uncertainty
        assertThat(vm.apply()).isTrue();
        assertThat(text.get()).isEqualTo(original.replace("{varies: {lognormal: {median: 12, p90: 40}}}", "{lognormal: {median: 12, p90: 40}}"));
        assertThat(Fixtures.services().parse(text.get(), "edited.yaml").problems()).isEmpty();
        assertThat(vm.variesProperty().get()).isFalse();
        vm.variesProperty().set(true);
        assertThat(vm.apply()).isTrue();
        assertThat(text.get()).isEqualTo(original);
    }

    @Test
    void onlyTurnsAndCallsPerTurnMayVary() throws Exception {
        SimpleStringProperty text = codingAgent();
        InputsViewModel vm = editor(text, "workload.retry_rate");
        assertThat(vm.canVaryProperty().get()).isFalse();
        vm.variesProperty().set(true);
        vm.parameter(0).set("0.05");
        assertThat(vm.apply()).isTrue();
        assertThat(text.get()).contains("  retry_rate: 0.05\n");
        // written by hand where the loader refuses it: the row says "?" and the editor gives the loader's message
        text.set(text.get().replace("  retry_rate: 0.05\n", "  retry_rate: {varies: {uniform: [0, 0.1]}}\n"));
        InputsViewModel.Row retry = vm.rows().stream().filter(r -> r.site().path().equals("workload.retry_rate")).findFirst().orElseThrow();
        assertThat(retry.p50()).isEqualTo("?");
        assertThat(YamlInputs.parse(retry.site(), retry.site().text()).problem()).contains("{varies: D} is only for turns_per_conversation and llm_calls_per_turn");
    }

    @Test
    void largeParametersOpenWithoutThousandsSeparatorsSoTheyReadBackAsWritten() throws Exception {
        var text = new SimpleStringProperty(Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml")));
        InputsViewModel vm = editor(text, "workload.monthly_conversations");
        assertThat(vm.parameter(0).get()).isEqualTo("8000");
        assertThat(vm.problemProperty().get()).isEmpty();
    }
}
