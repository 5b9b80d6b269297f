package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Category;
import io.agentcost.model.ComponentType;
import io.agentcost.model.LineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The line-items tab's total follows the lines when another architecture or phase replaces them. */
@ExtendWith(ApplicationExtension.class)
class LineItemsPaneTest {

    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    /** What JavaFX logs about bindings: a binding that throws is logged there and shows a stale or empty text meanwhile. */
    private final List<String> bindingWarnings = new ArrayList<>();
    private final Logger bindingLog = Logger.getLogger("javafx.beans");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            bindingWarnings.add(r.getMessage() + (r.getThrown() == null ? "" : ": " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        bindingLog.addHandler(handler);
        lines.setAll(dollars(14));
        stage.setScene(new Scene(LineItemsPane.of(lines), 900, 500));
        stage.show();
    }

    @Test
    void theTotalFollowsTheLinesWhenTheyAreReplacedByFewerOrMore(FxRobot robot) {
        Label total = robot.lookup("#lines-total").queryAs(Label.class);
        // 14 lines of $1..$14: 14·15/2 = $105
        assertThat(total.getText()).isEqualTo("14 lines: $105.00 / month");
        // replacing 14 lines by 16 read index 14 of the stale filtered list before (IndexOutOfBounds, an empty total)
        robot.interact(() -> lines.setAll(dollars(16)));
        assertThat(total.getText()).isEqualTo("16 lines: $136.00 / month"); // 16·17/2
        robot.interact(() -> lines.setAll(dollars(3)));
        assertThat(total.getText()).isEqualTo("3 lines: $6.00 / month");
        assertThat(bindingWarnings).isEmpty();
    }

    @Test
    void theTotalOfAFilteredViewFollowsReplacedLinesToo(FxRobot robot) {
        robot.interact(() -> robot.lookup(".text-field").queryAs(TextField.class).setText("line 1"));
        Label total = robot.lookup("#lines-total").queryAs(Label.class);
        // "line 1" matches lines 1 and 10..14 of 14: 1 + 10+11+12+13+14 = 61 of 105
        assertThat(total.getText()).isEqualTo("6 lines: $61.00 / month (all 14 lines: $105.00)");
        robot.interact(() -> lines.setAll(dollars(16)));
        // adds lines 15 and 16: 61 + 31 = 92 of 136
        assertThat(total.getText()).isEqualTo("8 lines: $92.00 / month (all 16 lines: $136.00)");
        robot.interact(() -> lines.setAll(dollars(2)));
        assertThat(total.getText()).isEqualTo("1 line: $1.00 / month (all 2 lines: $3.00)"); // only "line 1" of two
        assertThat(bindingWarnings).isEmpty();
    }

    @Test
    void quantitiesAndAmountsAreDrawnWholeAndALongNameIsWholeInItsTooltip(FxRobot robot) {
        String name = "Endpoint instance-hours (ml.g5.2xlarge, autoscaled between the minimum and the maximum instance count)";
        robot.interact(() -> lines.setAll(new LineItem("launch", "self_hosted", null, ComponentType.LAMBDA, Category.values()[0], name,
                1_460_000, "load-balancer-capacity-unit-hours", "lambda.requests", 1, 0.0225, 1_234_567.89, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (javafx.scene.Node n : robot.lookup("#lines .table-cell").queryAll()) {
            if (!(n instanceof javafx.scene.control.TableCell<?, ?> c) || c.isEmpty() || c.getText() == null) continue;
            String drawn = c.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() : "";
            if (c.getText().equals(name)) {
                assertThat(c.getTooltip().getText()).isEqualTo(name); // the name gives way, whole on hover
            } else {
                assertThat(drawn).as(c.getTableColumn().getText()).isEqualTo(c.getText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6); // component, category, agent, quantity, unit price, USD / month
    }

    @AfterEach
    void detach() {
        bindingLog.removeHandler(handler);
    }

    /** Lines "line 1" … "line n", line i costing $i. */
    private static List<LineItem> dollars(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new LineItem("dev", "serverless", null, ComponentType.LAMBDA,
                Category.values()[0], "line " + i, i, "requests", "lambda.requests", 1, i, i, false, false)).toList();
    }
}
