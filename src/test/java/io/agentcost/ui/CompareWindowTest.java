package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: pin the results, edit, and read the Δ columns and the dashed baseline curves (issue 17, point 2). */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = ExampleWindow.show(stage);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    @Test
    void pinningThenEditingShowsTheDeltasAndTheBaselineCurves(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#comparison").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        Button pin = robot.lookup("#pin-baseline").queryButton();
        assertThat(pin.getText()).isEqualTo("Pin as baseline");
        assertThat(deltaColumns(table)).allMatch(c -> !c.isVisible());
        robot.interact(pin::fire);
        assertThat(pin.getText()).isEqualTo("Clear baseline");
        assertThat(deltaColumns(table)).hasSize(3).allMatch(TableColumn::isVisible);
        Label note = robot.lookup("#baseline-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Δ = now − baseline (support-agent.yaml, pinned ");

        // more retries: every architecture costs more than the baseline
        TextArea editor = robot.lookup("#editor").queryAs(TextArea.class);
        int at = editor.getText().indexOf("retry_rate: 0.05") + "retry_rate: 0.".length();
        robot.interact(() -> editor.replaceText(at, at + 2, "15"));
        TableColumn<?, ?> p50 = deltaColumns(table).get(1);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> String.valueOf(p50.getCellData(0)).startsWith("+$"));
        for (int row = 0; row < 6; row++) {
            for (TableColumn<?, ?> c : deltaColumns(table)) assertThat(String.valueOf(c.getCellData(row))).as(c.getId() + " " + row).startsWith("+$");
        }
        // the distribution and the S-curve carry the baseline's curves as a second dataset
        WaitForAsyncUtils.waitForFxEvents();
        List<JFreeChart> overlaid = robot.lookup(n -> n instanceof ChartViewer).queryAllAs(ChartViewer.class).stream()
                .map(ChartViewer::getChart).filter(ch -> ch != null && ch.getPlot() instanceof XYPlot)
                .filter(ch -> ch.getXYPlot().getDatasetCount() >= 2 && ch.getXYPlot().getDataset(1) != null).toList();
        assertThat(overlaid).extracting(ch -> ch.getTitle().getText())
                .anyMatch(t -> t.startsWith("Monthly cost distribution")).anyMatch(t -> t.startsWith("Chance the month costs"));

        robot.interact(pin::fire);
        assertThat(pin.getText()).isEqualTo("Pin as baseline");
        assertThat(deltaColumns(table)).allMatch(c -> !c.isVisible());
        assertThat(note.isVisible()).isFalse();
    }

    @Test
    void at1280By800WithABaselinePinnedEveryFigureAndEveryColumnIsWholeAndOnScreen(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        TableView<?> table = robot.lookup("#comparison").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        robot.interact(robot.lookup("#pin-baseline").queryButton()::fire);
        TextArea editor = robot.lookup("#editor").queryAs(TextArea.class);
        int at = editor.getText().indexOf("retry_rate: 0.05") + "retry_rate: 0.".length();
        robot.interact(() -> editor.replaceText(at, at + 2, "15"));
        TableColumn<?, ?> p90 = deltaColumns(table).get(2);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> String.valueOf(p90.getCellData(0)).startsWith("+$"));
        WaitForAsyncUtils.waitForFxEvents();
        // issue 17: cells drew "$9,…", "+$9,…" and a Δ column "…"; the Δ columns are compact and say the figure in full on hover
        assertAllWholeAndOnScreen(robot, table, 13);
        Object cell = p90.getCellData(0);
        assertThat(cell).isInstanceOf(Cell.class);
        assertThat(((Cell) cell).text()).matches("\\+\\$[0-9.]+k");
        assertThat(((Cell) cell).exact()).matches("\\+\\$[0-9,]+ \\(now \\$[0-9,]+, baseline \\$[0-9,]+\\)");

        // a scenario with commitments adds P(commitment wasted): on screen too
        robot.interact(robot.lookup("#pin-baseline").queryButton()::fire); // clear
        robot.interact(() -> {
            try {
                vm.open(ExampleWindow.EXAMPLE.resolveSibling("make-vs-buy-commitments.yaml"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ExampleWindow.previewAndWait(vm);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getColumns().stream()
                .anyMatch(c -> c.getId().equals("col-P(commitment wasted)") && c.isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        assertAllWholeAndOnScreen(robot, table, 11);

        // with a baseline too, its long architecture names leave the Δ columns no room: the table scrolls, nothing is cut
        robot.interact(robot.lookup("#pin-baseline").queryButton()::fire);
        int at2 = editor.getText().indexOf("retry_rate: 0.02") + "retry_rate: 0.0".length();
        robot.interact(() -> editor.replaceText(at2, at2 + 1, "8"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> String.valueOf(p90.getCellData(0)).startsWith("+$"));
        WaitForAsyncUtils.waitForFxEvents();
        assertAllWhole(robot, table, 14);
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        if (columns > table.getWidth()) {
            assertThat(robot.from(table).lookup(".scroll-bar").queryAll()).as("a horizontal scroll bar to reach the last columns")
                    .anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && b.isVisible());
        }
    }

    /** Every visible column's header and every cell's figure drawn whole (no "…"), and the last column's right edge inside the table. */
    private static void assertAllWholeAndOnScreen(FxRobot robot, TableView<?> table, int atLeast) {
        double right = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(right).as("the columns' width within the table's").isLessThanOrEqualTo(table.getWidth());
        assertAllWhole(robot, table, atLeast);
    }

    /** Every visible column's header and every drawn cell's figure whole: the drawn text is the cell's text. */
    private static void assertAllWhole(FxRobot robot, TableView<?> table, int atLeast) {
        List<TableColumn<?, ?>> visible = table.getVisibleLeafColumns().stream().<TableColumn<?, ?>>map(c -> c).toList();
        assertThat(visible).hasSizeGreaterThanOrEqualTo(atLeast);
        for (TableColumn<?, ?> c : visible) {
            Label header = (Label) c.getGraphic();
            assertThat(drawn(header)).as(header.getText()).isEqualTo(header.getText());
        }
        int cells = 0;
        for (javafx.scene.Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            if (!(n instanceof javafx.scene.control.TableCell<?, ?> tc) || tc.isEmpty() || tc.getItem() == null || !tc.isVisible()) continue;
            assertThat(drawn(tc)).as(tc.getTableColumn().getId()).isEqualTo(tc.getItem().toString());
            cells++;
        }
        assertThat(cells).isEqualTo(table.getItems().size() * visible.size());
    }

    /** The text a label or cell draws: its text node's, "$9,…" where it is cut. */
    private static String drawn(javafx.scene.control.Labeled l) {
        return l.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    private static List<TableColumn<?, ?>> deltaColumns(TableView<?> table) {
        return table.getColumns().stream().filter(c -> c.getGraphic() instanceof Label l && l.getText().startsWith("Δ"))
                .<TableColumn<?, ?>>map(c -> c).toList();
    }
}
