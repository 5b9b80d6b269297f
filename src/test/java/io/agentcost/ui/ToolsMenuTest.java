package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's Tools menu opens Calibrate from logs… and Compare with actuals…, one window of each. */
@ExtendWith(ApplicationExtension.class)
class ToolsMenuTest {

    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = ExampleWindow.show(stage);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private static Stage window(String title) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())).findFirst().orElse(null);
    }

    @Test
    void theToolsMenuOpensBothWindowsOnceEach(FxRobot robot) throws Exception {
        ExampleWindow.previewAndWait(vm);
        robot.clickOn("#tools").clickOn(Tools.CALIBRATE);
        WaitForAsyncUtils.waitForFxEvents();
        Stage calibrate = window("agentcost — calibrate from logs");
        assertThat(calibrate).isNotNull();
        assertThat(calibrate.getScene().getRoot().lookup("#calibrate-table")).isNotNull();
        // a second click brings the same window forward instead of opening another
        robot.clickOn("#tools").clickOn(Tools.CALIBRATE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s && "agentcost — calibrate from logs".equals(s.getTitle())))
                .hasSize(1);
        robot.interact(calibrate::close);

        robot.clickOn("#tools").clickOn(Tools.ACTUALS);
        WaitForAsyncUtils.waitForFxEvents();
        Stage actuals = window("agentcost — compare with actuals");
        assertThat(actuals).isNotNull();
        assertThat(actuals.getScene().getRoot().lookup("#actuals-chart")).isNotNull();
        @SuppressWarnings("unchecked")
        var phases = (javafx.scene.control.ComboBox<String>) actuals.getScene().getRoot().lookup("#actuals-phase");
        assertThat(phases.getItems()).containsExactly(ActualsViewModel.AUTOMATIC, "dev", "launch", "scale");
        robot.interact(actuals::close);
    }
}
