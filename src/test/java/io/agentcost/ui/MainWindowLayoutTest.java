package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 1280×800 and at its minimum size (headless): nothing the user needs is off-screen or cut to "…",
 * the shortcuts work, the warnings and the glossary are there.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowLayoutTest {

    private MainViewModel vm;
    private Stage stage;
    private final List<String> calls = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = ExampleWindow.show(stage, new NoFileActions() {
            @Override
            public void save() {
                calls.add("save");
            }

            @Override
            public void open() {
                calls.add("open");
            }

            @Override
            public void create() {
                calls.add("new");
            }
        });
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private void waitForResults(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#comparison").queryAs(TableView.class);
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 6 && !headline.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is drawn of a label or button: its text node's text ("Add" or "A…"). */
    private static String drawn(Labeled l) {
        Node t = l.lookup(".text");
        return t instanceof Text text ? text.getText() : "";
    }

    private static boolean whole(Labeled l) {
        return drawn(l).equals(l.getText());
    }

    @Test
    void at1280By800TheToolbarAndTheTableFitAndNoHeaderIsCut(FxRobot robot) throws Exception {
        waitForResults(robot);
        double width = stage.getScene().getWidth();
        assertThat(width).isEqualTo(1280);
        for (String id : List.of("#new", "#open", "#save", "#undo", "#redo", "#run", "#export", "#refresh-prices", "#glossary")) {
            Button b = robot.lookup(id).queryButton();
            Bounds inScene = b.localToScene(b.getBoundsInLocal());
            assertThat(b.isVisible() && inScene.getMaxX() <= width).as(id + " on screen").isTrue();
            assertThat(whole(b)).as(id + " not cut").isTrue();
        }
        assertHeadersWhole(robot);
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        assertThat(drawn(headline)).contains("cheapest in ", "% of draws", "kill switch trips in");
        // the example is over its $6,000 budget in every draw at launch: the flag says so in words
        assertThat(robot.lookup("#risk-flag").queryAs(Label.class).getText()).startsWith("OVER BUDGET");
    }

    @Test
    void atTheMinimumSizeTheAnswerHeadersAndAddButtonsKeepAllTheirWords(FxRobot robot) throws Exception {
        waitForResults(robot);
        robot.interact(() -> {
            stage.setWidth(WindowPlacement.MIN_WIDTH);
            stage.setHeight(WindowPlacement.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        // the answer wraps onto more lines instead of losing its end
        assertThat(whole(headline)).as(drawn(headline)).isTrue();
        assertThat(drawn(headline)).contains("cheapest in ");
        assertHeadersWhole(robot);
        TabPane left = robot.lookup("#left").queryAs(TabPane.class);
        robot.interact(() -> left.getSelectionModel().select(1)); // Inputs
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(whole(robot.lookup("#add-override").queryButton())).isTrue();
        robot.interact(() -> left.getSelectionModel().select(2)); // Choices
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup(".button").queryAll()) {
            if (n instanceof Button b && b.isVisible() && b.getId() != null && (b.getId().startsWith("add-") || b.getId().startsWith("remove-"))) {
                assertThat(whole(b)).as(b.getId() + " drawn as " + drawn(b)).isTrue();
            }
        }
    }

    @Test
    void at1280By800TheChoicesHintAndTheThreeListsLieInsideTheNarrowScenarioPane(FxRobot robot) throws Exception {
        waitForResults(robot);
        TabPane left = robot.lookup("#left").queryAs(TabPane.class);
        robot.interact(() -> left.getSelectionModel().select(2)); // Choices
        WaitForAsyncUtils.waitForFxEvents();
        Bounds pane = left.localToScene(left.getBoundsInLocal());
        assertThat(pane.getWidth()).as("the scenario pane at 1280 px").isLessThan(300);
        for (String id : List.of("#structure-hint", "#list-phases", "#list-agents", "#list-architectures")) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(pane.getMinX());
            assertThat(b.getMaxX()).as(id + " right edge, pane ends at " + pane.getMaxX()).isLessThanOrEqualTo(pane.getMaxX());
        }
        // the hint wraps onto more lines rather than running past the pane
        Label hint = robot.lookup("#structure-hint").queryAs(Label.class);
        assertThat(whole(hint)).as(drawn(hint)).isTrue();
    }

    private static void assertHeadersWhole(FxRobot robot) {
        List<Label> headers = new ArrayList<>();
        for (Node n : robot.lookup("#comparison .column-header .label").queryAll()) {
            if (n instanceof Label l && !l.getText().isEmpty()) headers.add(l);
        }
        assertThat(headers).extracting(Label::getText).contains("Low\nP10", "P(over\nbudget)", "P(kill\nswitch)", "P(cheap-\nest)");
        for (Label l : headers) assertThat(whole(l)).as(l.getText() + " drawn as " + drawn(l)).isTrue();
    }

    @Test
    void theShortcutsSaveOpenNewUndoAndRedoAndTheTooltipsSaySo(FxRobot robot) throws Exception {
        waitForResults(robot);
        TextArea editor = robot.lookup("#editor").queryAs(TextArea.class);
        String original = editor.getText();
        int at = original.indexOf("max_retries: 3") + "max_retries: ".length();
        robot.interact(() -> editor.replaceText(at, at + 1, "2"));
        // the focus on the table, not in the editor: the scene's shortcuts, not the text area's own keys
        robot.interact(() -> robot.lookup("#comparison").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(calls).containsExactly("save", "open", "new");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).isEqualTo(original);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).contains("max_retries: 2");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).contains("max_retries: 2");
        // in the editor, Ctrl+Z is one undo, not two (the text area's own and the scene's)
        int at2 = editor.getText().indexOf("retry_rate: 0.05") + "retry_rate: 0.0".length();
        robot.interact(() -> editor.replaceText(at2, at2 + 1, "4"));
        robot.interact(editor::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).contains("retry_rate: 0.05", "max_retries: 2");
        assertThat(robot.lookup("#save").queryButton().getTooltip().getText()).endsWith("(Ctrl+S)");
        assertThat(robot.lookup("#redo").queryButton().getTooltip().getText()).contains("Ctrl+Shift+Z", "Ctrl+Y");
    }

    @Test
    void theWarningsAreInAVisiblePanelAndTheGlossaryOpensWithF1(FxRobot robot) throws Exception {
        waitForResults(robot);
        assertThat(robot.lookup("#warnings-panel").query().isVisible()).as("no warnings for the example").isFalse();
        robot.interact(() -> {
            try {
                vm.open(ExampleWindow.EXAMPLE.resolveSibling("bedrock-vs-sagemaker.yaml"));
                vm.preview();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#warnings-panel").query().isVisible());
        Label first = (Label) robot.lookup("#warnings").queryAs(VBox.class).getChildren().get(0);
        assertThat(first.getText()).contains("cannot serve the demand");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage glossary = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "agentcost — glossary".equals(s.getTitle()))
                .findFirst().orElseThrow();
        assertThat(glossary.getScene().getRoot().lookup("#glossary")).isNotNull();
        robot.interact(glossary::close);
    }
}
