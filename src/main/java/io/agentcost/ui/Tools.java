package io.agentcost.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The toolbar's Tools menu (issue 18): Calibrate from logs… and Compare with actuals…, each a window of its own with its
 * view model. One window of each at a time; its work runs on a background thread of its own, so a long log directory
 * never holds up the preview the editor runs.
 */
final class Tools {

    static final String CALIBRATE = "Calibrate from logs…";
    static final String ACTUALS = "Compare with actuals…";

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agentcost-ui-tools");
        t.setDaemon(true);
        return t;
    });

    private Tools() {
    }

    static MenuButton menu(MainViewModel vm, TextEdits editor, Supplier<Window> owner) {
        MenuButton tools = new MenuButton("Tools");
        tools.setId("tools");
        tools.setTooltip(new Tooltip("Calibrate the scenario from Bedrock invocation logs; compare a month's bill with the plan"));
        Stage[] open = new Stage[2];
        MenuItem calibrate = new MenuItem(CALIBRATE);
        calibrate.setId("tools-calibrate");
        calibrate.setOnAction(e -> {
            if (open[0] != null && open[0].isShowing()) {
                open[0].toFront();
                return;
            }
            CalibrateViewModel model = new CalibrateViewModel(vm.services(), vm.textProperty(), editor, WORKER, Platform::runLater);
            open[0] = CalibrateView.show(owner.get(), model);
            open[0].setOnHidden(x -> model.dispose());
        });
        MenuItem actuals = new MenuItem(ACTUALS);
        actuals.setId("tools-actuals");
        actuals.setOnAction(e -> {
            if (open[1] != null && open[1].isShowing()) {
                open[1].toFront();
                return;
            }
            ActualsViewModel model = new ActualsViewModel(vm.services(), vm.scenarioProperty(), vm.catalogProperty(), WORKER, Platform::runLater);
            open[1] = ActualsView.show(owner.get(), model);
            open[1].setOnHidden(x -> model.dispose());
        });
        tools.getItems().addAll(calibrate, actuals);
        return tools;
    }
}
