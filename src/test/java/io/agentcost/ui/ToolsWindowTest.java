package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Tools windows in a real (headless) window: calibration fitted off the JavaFX thread and applied into a real text
 * editor whose one Undo takes the whole application back; bad logs leave the editor alone; the actual on the S-curve.
 */
@ExtendWith(ApplicationExtension.class)
class ToolsWindowTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private TextArea editor;
    private CalibrateViewModel calibrate;
    private CalibrateView calibrateView;
    private String original;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        original = Files.readString(ExampleWindow.EXAMPLE);
        editor = new TextArea(original);
        calibrate = new CalibrateViewModel(Fixtures.services(), editor.textProperty(), editor::replaceText, worker, Platform::runLater);
        calibrateView = new CalibrateView(calibrate);
        editor.setPrefWidth(300);
        stage.setScene(new Scene(new HBox(editor, calibrateView.root()), 1270, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void fittedValuesAreAppliedIntoTheEditorAndOneUndoTakesThemAllBack(FxRobot robot) throws Exception {
        robot.interact(() -> calibrate.logsProperty().set(CalibrateViewModelTest.LOGS.resolve("s3-delivery.jsonl")));
        robot.clickOn(calibrateView.fit);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !calibrateView.table.getItems().isEmpty());
        robot.interact(() -> calibrateView.table.getItems().stream().filter(r -> r.path().equals("workload.turns_per_conversation"))
                .forEach(r -> r.chosenProperty().set(false)));
        robot.clickOn(calibrateView.apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).contains("  retry_rate: 0.2\n", "  model_mix: {claude-haiku-4-5: 0.75, claude-sonnet-4-6: 0.25}\n",
                "  history: full                   # or {window_turns: 4, summary_tokens: 300}\n");
        assertThat(calibrateView.message.getText()).contains("Applied 9 values as one edit");

        robot.interact(() -> editor.undo());
        assertThat(editor.getText()).isEqualTo(original);
        assertThat(editor.isUndoable()).isFalse();
    }

    @Test
    void logsThatAreNotJsonAreReportedInTheWindowAndTheEditorIsUntouched(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaType\": \"ModelInvocationLog\",\n{{ not json\n");
        robot.interact(() -> calibrate.logsProperty().set(bad));
        robot.clickOn(calibrateView.fit);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> calibrateView.message.getText().contains("Nothing in the scenario was changed"));
        assertThat(calibrateView.message.getText()).startsWith(bad + ":").contains("record 1").doesNotContain("Exception");
        assertThat(calibrateView.apply.isDisabled()).isTrue();
        assertThat(editor.getText()).isEqualTo(original);
        assertThat(editor.isUndoable()).isFalse();
    }

    @Test
    void theActualIsMarkedOnTheSCurveWithItsPercentile(FxRobot robot) throws Exception {
        LoadResult loaded = Fixtures.load(Files.readString(ExampleWindow.EXAMPLE));
        ActualsViewModel vm = new ActualsViewModel(Fixtures.services(), new SimpleObjectProperty<Scenario>(loaded.scenario()),
                new SimpleObjectProperty<Catalog>(loaded.catalog()), worker, Platform::runLater);
        ActualsView[] view = new ActualsView[1];
        robot.interact(() -> {
            view[0] = new ActualsView(vm);
            Stage s = new Stage();
            s.setScene(new Scene(view[0].root(), 1200, 680));
            s.show();
        });
        robot.interact(() -> {
            vm.costsProperty().set(Fixtures.root().resolve("src/test/resources/calibrate/cur2-2026-11.csv"));
            vm.phaseProperty().set("launch");
            vm.architectureProperty().set("serverless");
            vm.agentTagProperty().set("agent");
        });
        robot.clickOn(view[0].compare);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view[0].chart.getChart() != null || vm.failedProperty().get());
        assertThat(vm.failedProperty().get()).as(vm.messageProperty().get()).isFalse();
        var total = vm.reportProperty().get().total();
        assertThat(view[0].headline.getText()).startsWith("2026-11: actual $").contains("falls below every simulated draw", "phase launch, chosen");
        assertThat(total.placement().below()).isTrue(); // a $646 month against a launch of ~$14k at the median
        // the words are drawn whole in the table, not "below every simul…"
        Text words = new Text(total.placement().label());
        assertThat(view[0].table.getColumns().get(3).getWidth()).isGreaterThan(words.getLayoutBounds().getWidth() + 12);
        assertThat(view[0].table.getItems()).anySatisfy(r -> assertThat(r.name()).isEqualTo("triage"));
        assertThat(view[0].unknown.getItems()).anySatisfy(u -> assertThat(u).contains("USE1-TimedStorage-ByteHrs"));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != calibrateView.root().getScene().getWindow()).toList()
                .forEach(Window::hide));
    }
}
