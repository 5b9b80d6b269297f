package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): it starts with the example simulated, and shows problems as you type. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void theWindowStartsWithTheExampleSimulated(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#comparison").queryAs(TableView.class);
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        // rows and headline are set in one FX pulse; wait for both rather than read between them
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 6 && !headline.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headline.getText()).contains("launch", "cheapest at the median");
        assertThat(robot.lookup("#catalog").queryAs(Label.class).getText()).contains("us-east-1");
    }

    @Test
    void anInvalidValueShowsTheProblemUnderTheEditor(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#comparison").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        TextArea editor = robot.lookup("#editor").queryAs(TextArea.class);
        // typed over the mode, as a user would (replaceText is what typing does: it is undoable)
        int at = editor.getText().indexOf("{pert: [3, 5, 12]}") + "{pert: [3, ".length();
        robot.interact(() -> editor.replaceText(at, at + 1, "15"));
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problems.getItems().size() == 1 && problems.isVisible());
        assertThat(problems.getItems().get(0).toString()).contains("mode 15 is outside [3, 12]");
        assertThat(robot.lookup("#run").queryButton().isDisabled()).isTrue();
        // the edit can be undone
        robot.interact(() -> robot.lookup("#undo").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problems.getItems().isEmpty());
        assertThat(editor.getText()).contains("turns_per_conversation: {pert: [3, 5, 12]}");
    }
}
