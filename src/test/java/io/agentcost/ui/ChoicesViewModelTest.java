package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.ComponentType;
import io.agentcost.pricing.Catalog;
import io.agentcost.scenario.ChoiceSite;
import io.agentcost.scenario.LoadResult;
import io.agentcost.scenario.YamlStructure;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The choices and structure editor: every change is one edit of the text that loads and can be taken back. */
class ChoicesViewModelTest {

    private String original;
    private SimpleStringProperty text;
    private ChoicesViewModel vm;
    /** The texts before each edit, as an editor's undo history keeps them. */
    private final List<String> history = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        original = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        text = new SimpleStringProperty(original);
        Catalog catalog = Fixtures.load(original).catalog();
        vm = new ChoicesViewModel(text, new SimpleObjectProperty<>(catalog), () -> List.of("us-east-1"));
        TextEdits direct = TextEdits.of(text);
        vm.setTextEdits((start, end, value) -> {
            history.add(text.get());
            direct.replace(start, end, value);
        });
    }

    private void undo() {
        text.set(history.remove(history.size() - 1));
    }

    private void select(String path) {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow());
    }

    private LoadResult loads() {
        LoadResult r = Fixtures.load(text.get());
        assertThat(r.problems()).as(text.get()).isEmpty();
        return r;
    }

    @Test
    void selectingAChoiceOffersTheWordsTheLoaderAccepts() {
        select("architectures.self_hosted.sagemaker.mode");
        assertThat(vm.valueProperty().get()).isEqualTo("autoscale");
        assertThat(vm.options()).containsExactly("fixed", "autoscale");
        assertThat(vm.descriptionProperty().get()).startsWith("fixed: instances run all month");
        select("workload.db_consistency");
        assertThat(vm.descriptionProperty().get()).isEqualTo("Eventually consistent reads cost half a read unit.");
        assertThat(text.get()).isEqualTo(original);
    }

    @Test
    void choosingAValueEditsOnlyThatWordAndUndoRestoresTheText() {
        select("workload.prompt_caching");
        vm.valueProperty().set("true");
        assertThat(text.get()).isEqualTo(original.replace("  prompt_caching: false\n", "  prompt_caching: true\n"));
        assertThat(loads().scenario().workload().promptCaching()).isTrue();
        // the list was rebuilt from the new text and the same setting is still selected, with its new value
        assertThat(vm.selectedProperty().get().path()).isEqualTo("workload.prompt_caching");
        assertThat(vm.selectedProperty().get().value()).isEqualTo("true");
        assertThat(history).hasSize(1);
        undo();
        assertThat(text.get()).isEqualTo(original);
        assertThat(vm.valueProperty().get()).isEqualTo("false");
        assertThat(history).isEmpty(); // restoring the value did not write another edit
    }

    @Test
    void aPresetDefaultChosenThroughTheFormIsWrittenIn() {
        select("architectures.hybrid.fargate.architecture");
        assertThat(vm.selectedProperty().get().origin()).isEqualTo(ChoiceSite.Origin.PRESET);
        vm.valueProperty().set("arm64");
        assertThat(text.get()).contains("  hybrid: {preset: hybrid, fargate: {tasks: 4, vcpu: 1, memory_gb: 2, architecture: arm64}}\n");
        assertThat(loads().scenario().architectures().get(1).components().get(ComponentType.FARGATE).words())
                .containsEntry("architecture", "arm64");
        assertThat(vm.messageProperty().get()).contains("written into the file");
    }

    @Test
    void addAndRemoveEachKindLeaveAScenarioThatLoadsAndUndoTakesThemBack() {
        for (YamlStructure.Kind kind : YamlStructure.Kind.values()) {
            List<String> before = List.copyOf(vm.names(kind));
            assertThat(vm.add(kind)).isTrue();
            loads();
            assertThat(vm.names(kind)).hasSize(before.size() + 1);
            String added = vm.pickedProperty(kind).get();
            assertThat(before).doesNotContain(added);
            assertThat(vm.canRemoveProperty(kind).get()).isTrue();
            assertThat(vm.removal(kind).message()).startsWith("Remove " + kind.noun() + " " + added + "?");
            assertThat(vm.remove(kind)).isTrue();
            loads();
            assertThat(vm.names(kind)).containsExactlyElementsOf(before);
            assertThat(text.get()).isEqualTo(original);
        }
        vm.pickedProperty(YamlStructure.Kind.PHASE).set("dev");
        assertThat(vm.remove(YamlStructure.Kind.PHASE)).isTrue();
        assertThat(loads().scenario().timeline()).hasSize(2);
        undo();
        assertThat(text.get()).isEqualTo(original);
    }

    @Test
    void theLastArchitectureCannotBeRemoved() {
        for (String name : List.of("serverless", "hybrid", "enterprise", "agentcore", "self_hosted")) {
            vm.pickedProperty(YamlStructure.Kind.ARCHITECTURE).set(name);
            assertThat(vm.remove(YamlStructure.Kind.ARCHITECTURE)).isTrue();
        }
        assertThat(vm.names(YamlStructure.Kind.ARCHITECTURE)).containsExactly("marketplace");
        vm.pickedProperty(YamlStructure.Kind.ARCHITECTURE).set("marketplace");
        assertThat(vm.canRemoveProperty(YamlStructure.Kind.ARCHITECTURE).get()).isFalse();
        assertThat(vm.remove(YamlStructure.Kind.ARCHITECTURE)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("a scenario needs at least one architecture");
        loads();
    }

    @Test
    void whileTheTextDoesNotParseTheListsStay() {
        int rows = vm.rows().size();
        text.set(original + "\n  bad: [");
        assertThat(vm.rows()).hasSize(rows);
        assertThat(vm.names(YamlStructure.Kind.AGENT)).containsExactly("triage", "resolver");
    }
}
