package io.agentcost.ui;

import java.nio.file.Path;
import java.util.List;

/** File commands that do nothing: window tests drive the view model directly, not the dialogs. */
class NoFileActions implements FileActions {
    public void create() { }

    public void open() { }

    public void save() { }

    public void saveAs() { }

    public void open(Path file) { }

    public void refreshPrices() { }

    public void exportWorkbook() { }

    public List<Path> recent() {
        return List.of();
    }
}
