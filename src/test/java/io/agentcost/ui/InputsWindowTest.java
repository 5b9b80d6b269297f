package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inputs editor in a real (headless) window: an invalid value is decorated and explained, a valid one applied. */
@ExtendWith(ApplicationExtension.class)
class InputsWindowTest {

    private InputsView view;
    private SimpleStringProperty text;

    @Start
    void start(Stage stage) throws Exception {
        text = new SimpleStringProperty(Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml")));
        view = new InputsView(new InputsViewModel(text));
        stage.setScene(new Scene(view.root(), 600, 800));
        stage.show();
    }

    @Test
    void anInvalidValueIsDecoratedAndExplainedAndAValidOneIsApplied(FxRobot robot) throws Exception {
        robot.interact(() -> view.table.getItems().stream().filter(r -> r.site().path().equals("workload.retry_rate"))
                .findFirst().ifPresent(r -> view.table.getSelectionModel().select(r)));
        robot.interact(() -> view.form.setValue(InputsViewModel.Form.UNIFORM));
        robot.clickOn(view.fields[1]).eraseText(10).write("1.2");
        robot.clickOn(view.fields[0]).eraseText(10).write("0.5");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.validation.isInvalid() != null && view.validation.isInvalid());
        Label problem = robot.lookup("#input-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("must be between 0 and 1", "reaches 1.2");
        assertThat(view.validation.getValidationResult().getErrors()).isNotEmpty();
        assertThat(view.apply.isDisabled()).isTrue();

        // a valid uniform [0, 0.1]: no decoration, and Apply writes it in place of 0.05
        robot.clickOn(view.fields[0]).eraseText(10).write("0");
        robot.clickOn(view.fields[1]).eraseText(10).write("0.1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.apply.isDisabled() && !view.validation.isInvalid());
        robot.clickOn(view.apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.get()).contains("  retry_rate: {uniform: [0, 0.1]}\n").doesNotContain("retry_rate: 0.05");
    }

    @Test
    void aPhaseOverrideIsAddedFromTheFormAndThenEditedLikeAnyInput(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> scope = robot.lookup("#override-scope").queryAs(javafx.scene.control.ComboBox.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<WorkloadKey> key = robot.lookup("#override-key").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(scope);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scope.getItems()).contains("phases.launch", "agents.resolver");
        robot.interact(() -> {
            scope.hide();
            scope.setValue("phases.launch");
        });
        robot.clickOn(key);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(key.getItems()).contains(WorkloadKey.RETRY_RATE).doesNotContain(WorkloadKey.MONTHLY_CONVERSATIONS);
        robot.interact(() -> {
            key.hide();
            key.setValue(WorkloadKey.RETRY_RATE);
        });
        robot.clickOn("#add-override");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.get()).contains("launch: {monthly_conversations: {triangular: [5000, 10000, 20000]}, retry_rate: 0.05}");
        assertThat(robot.lookup("#override-result").queryAs(Label.class).getText()).contains("Added retry_rate to phases.launch");
        // the new override is the selected input: give it its own value
        robot.clickOn(view.fields[0]).eraseText(10).write("0.2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.apply.isDisabled());
        robot.clickOn(view.apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.get()).contains("retry_rate: 0.2}").contains("  retry_rate: 0.05\n");
    }

    @Test
    void aVaryingInputOpensAsItsSpreadAndIsWrittenBackAsVaries(FxRobot robot) throws Exception {
        String coding = Files.readString(Fixtures.root().resolve("scenarios/coding-agent.yaml"));
        robot.interact(() -> text.set(coding));
        robot.interact(() -> view.table.getItems().stream().filter(r -> r.site().path().equals("workload.retry_rate"))
                .findFirst().ifPresent(r -> view.table.getSelectionModel().select(r)));
        assertThat(view.varies.isDisabled()).isTrue();
        robot.interact(() -> view.table.getItems().stream().filter(r -> r.site().path().equals("workload.turns_per_conversation"))
                .findFirst().ifPresent(r -> view.table.getSelectionModel().select(r)));
        assertThat(view.varies.isDisabled()).isFalse();
        assertThat(view.varies.isSelected()).isTrue();
        assertThat(view.form.getValue()).isEqualTo(InputsViewModel.Form.DISCRETE);
        assertThat(robot.lookup("#input-summary").queryAs(Label.class).getText()).startsWith("Conversations differ:");
        robot.clickOn(view.fields[1]).eraseText(30).write("0.5, 0.3, 0.15, 0.05");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.apply.isDisabled());
        robot.clickOn(view.apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.get()).contains("  turns_per_conversation: {varies: {discrete: {values: [1, 3, 8, 20], weights: [0.5, 0.3, 0.15, 0.05]}}}\n");
        // unticked, the same distribution is the month's uncertain average (SPEC §3)
        robot.clickOn(view.varies);
        robot.clickOn(view.apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.get()).contains("  turns_per_conversation: {discrete: {values: [1, 3, 8, 20], weights: [0.5, 0.3, 0.15, 0.05]}}\n");
    }
}
