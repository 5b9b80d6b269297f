package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.pricing.Catalog;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Choices tab in the real window (headless): a choice changes the results, Undo takes it back, a removal asks first. */
@ExtendWith(ApplicationExtension.class)
class ChoicesWindowTest {

    private MainViewModel vm;
    private String original;

    @Start
    void start(Stage stage) throws Exception {
        original = Files.readString(ExampleWindow.EXAMPLE);
        vm = ExampleWindow.show(stage);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static double nominal(TableView<?> table, String architecture) {
        return ((TableView<ResultsRow>) table).getItems().stream().filter(r -> r.architecture().equals(architecture))
                .findFirst().orElseThrow().nominal();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnInstanceTypeChangesTheResultsAndUndoRestoresThem(FxRobot robot) throws Exception {
        TableView<?> comparison = robot.lookup("#comparison").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> comparison.getItems().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        double before = nominal(comparison, "enterprise");
        robot.interact(() -> robot.lookup("#left").queryAs(TabPane.class).getSelectionModel().select(2));

        TreeTableView<ChoicesView.Line> choices = robot.lookup("#choices").queryAs(TreeTableView.class);
        robot.interact(() -> {
            TreeItem<ChoicesView.Line> ec2 = choices.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .filter(i -> i.getValue().site().path().equals("architectures.enterprise.ec2.instance_type")).findFirst().orElseThrow();
            assertThat(ec2.getParent().getValue().group()).isEqualTo("architecture enterprise");
            choices.getSelectionModel().select(ec2);
            choices.scrollTo(choices.getRow(ec2));
        });
        ComboBox<String> choice = robot.lookup("#choice").queryAs(ComboBox.class);
        assertThat(choice.getValue()).isEqualTo("m6i.large");
        robot.clickOn(choice);
        robot.clickOn("c6i.xlarge");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.textProperty().get()).isEqualTo(original.replace("  enterprise: {preset: enterprise}\n",
                "  enterprise: {preset: enterprise, ec2: {instance_type: c6i.xlarge}}\n"));

        // SPEC §11.3: 2 instances (the enterprise preset) × 730 h × (1 + 1 non-production copy × uptime 1), no discount
        Catalog catalog = vm.catalogProperty().get();
        double perHour = catalog.price("ec2.c6i.xlarge").orElseThrow().tiers().get(0).usd()
                - catalog.price("ec2.m6i.large").orElseThrow().tiers().get(0).usd();
        double expected = perHour * 2 * 730 * (1 + 1 * 1.0);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Math.abs(nominal(comparison, "enterprise") - before - expected) < 1e-6);
        // by hand from the bundled catalog: (0.17 − 0.096) × 2 × 730 × 2 = 216.08
        assertThat(nominal(comparison, "enterprise") - before).isCloseTo(216.08, within(0.005));

        robot.interact(() -> robot.lookup("#undo").queryButton().fire());
        assertThat(vm.textProperty().get()).isEqualTo(original);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Math.abs(nominal(comparison, "enterprise") - before) < 1e-6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(choice.getValue()).isEqualTo("m6i.large");
    }

    @Test
    @SuppressWarnings("unchecked")
    void removingAPhaseAsksFirstAndThePhaseLeavesTheResults(FxRobot robot) throws Exception {
        ComboBox<String> phase = robot.lookup("#phase").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> phase.getItems().size() == 3);
        robot.interact(() -> robot.lookup("#left").queryAs(TabPane.class).getSelectionModel().select(2));
        ListView<String> phases = robot.lookup("#list-phases").queryAs(ListView.class);
        robot.clickOn("dev");
        assertThat(phases.getSelectionModel().getSelectedItem()).isEqualTo("dev");
        robot.clickOn("#remove-phase");
        // the question names what goes with the phase; Cancel leaves the text alone
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .isEqualTo("Remove phase dev? Its timeline entry goes too.");
        robot.clickOn("Cancel");
        assertThat(vm.textProperty().get()).isEqualTo(original);
        robot.clickOn("#remove-phase");
        robot.clickOn("Remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.textProperty().get()).isEqualTo(original.replace("  dev: {monthly_conversations: 500}\n", "")
                .replace("  - {phase: dev, months: 3}\n", ""));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> phase.getItems().equals(List.of("launch", "scale")));
        assertThat(phases.getItems()).containsExactly("launch", "scale");
        assertThat(robot.lookup("#editor").queryAs(TextArea.class).isUndoable()).isTrue();
    }
}
