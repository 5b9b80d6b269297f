package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts' wiring in the real window, headless: which architecture the tornado opens on, and the forecast's band boxes. */
@ExtendWith(ApplicationExtension.class)
class ChartsWindowTest {

    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = ExampleWindow.show(stage);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    @Test
    void theTornadoOpensOnTheCheapestArchitectureAndFollowsTheUsersPick(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#comparison").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> architecture = robot.lookup("#architecture").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 6 && architecture.getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // the example's launch phase: self_hosted (fifth of six) has the lowest median, as the answer line says; the
        // first architecture, serverless, was where the tornado used to open
        assertThat(robot.lookup("#headline").queryLabeled().getText()).contains("self_hosted is cheapest");
        assertThat(architecture.getValue()).isEqualTo("self_hosted");
        robot.interact(() -> architecture.setValue("hybrid"));
        // another preview (an edit) keeps the user's pick
        ExampleWindow.previewAndWait(vm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(architecture.getValue()).isEqualTo("hybrid");
    }

    @Test
    void theForecastShadesTheBandsOfTheFirstBreakEvensPairOnly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#band-self_hosted").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // one box per architecture; self_hosted (cheapest over the horizon) and the first it overtakes are ticked, not all six
        long ticked = robot.lookup(n -> n instanceof CheckBox && n.getId() != null && n.getId().startsWith("band-")
                && ((CheckBox) n).isSelected() && n.isVisible()).queryAll().size();
        assertThat(robot.lookup("#band-self_hosted").queryAs(CheckBox.class).isSelected()).isTrue();
        // the monthly and cumulative tabs have a box each per architecture; two ticked in each
        assertThat(ticked).isEqualTo(4);
    }
}
