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

    @Start
    void start(Stage stage) throws Exception {
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

    private static List<TableColumn<?, ?>> deltaColumns(TableView<?> table) {
        return table.getColumns().stream().filter(c -> c.getGraphic() instanceof Label l && l.getText().startsWith("Δ"))
                .<TableColumn<?, ?>>map(c -> c).toList();
    }
}
