package io.agentcost.ui;

import io.agentcost.app.AgentCost;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. For now one window with the nominal comparison of the opened scenario
 * (the full editor and charts come with the desktop issue). Opens scenarios/support-agent.yaml
 * unless a path is given.
 */
public final class AgentCostApp extends Application {

    public static final String DEFAULT_SCENARIO = "scenarios/support-agent.yaml";

    public static void main(String[] args) {
        launch(AgentCostApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Path file = args.isEmpty() ? AgentCost.home().resolve(DEFAULT_SCENARIO) : Path.of(args.get(0));
        ComparisonViewModel vm = new ComparisonViewModel(AgentCost.forInstallation());
        ComparisonView view = new ComparisonView(vm);
        stage.setTitle("agentcost — " + file.getFileName());
        stage.setScene(new Scene(view.root(), 1180, 760));
        stage.show();
        vm.open(file);
    }
}
