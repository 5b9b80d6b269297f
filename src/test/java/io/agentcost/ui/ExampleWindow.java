package io.agentcost.ui;

import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window as the app opens it, for TestFX tests: the bundled example loaded and previewed, file commands inert. */
final class ExampleWindow {

    static final Path EXAMPLE = Fixtures.root().resolve("scenarios/support-agent.yaml");

    private ExampleWindow() {
    }

    /** Shows the window on {@code stage}; returns its view model (shut it down after the test). */
    static MainViewModel show(Stage stage) throws IOException {
        return show(stage, new NoFileActions());
    }

    /** The same with file commands of the test's own (to see which a shortcut triggers). */
    static MainViewModel show(Stage stage, FileActions files) throws IOException {
        MainViewModel vm = new MainViewModel(Fixtures.services());
        MainView view = new MainView(vm, files);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        vm.open(EXAMPLE);
        vm.preview();
        return vm;
    }

    /**
     * Runs a preview and waits for one to finish. Opening a file also starts the editor's 400 ms debounce, whose
     * preview cancels one scheduled before it when a loaded machine fires it late (a CI run failed on that); the
     * later preview is then the one to wait for, so this schedules again.
     */
    static void previewAndWait(MainViewModel vm) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                vm.preview().get(60, TimeUnit.SECONDS);
                return;
            } catch (CancellationException e) {
                if (attempt == 4) throw e;
            }
        }
    }
}
