package io.agentcost.ui;

import java.nio.file.Path;
import java.util.List;

/** File commands the toolbar triggers; the application window implements them with dialogs. */
public interface FileActions {
    void create();

    void open();

    void save();

    void saveAs();

    /** Opens a file chosen from the recent list. */
    void open(Path file);

    /** Refreshes the price catalog from the AWS Price List (asks first: it needs credentials). */
    void refreshPrices();

    /** Exports the what-if workbook (.xlsx) to a file the user chooses. */
    void exportWorkbook();

    /** Recently used scenarios, most recent first. */
    List<Path> recent();
}
