package io.agentcost.ui;

/** File commands the toolbar triggers; the application window implements them with dialogs. */
public interface FileActions {
    void create();

    void open();

    void save();

    void saveAs();
}
