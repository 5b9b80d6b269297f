package io.agentcost.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The glossary in a window of its own (not modal: it can stay open beside the results). */
final class GlossaryView {

    private static Stage open;

    private GlossaryView() {
    }

    static void show(Window owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        GridPane grid = new GridPane();
        grid.setId("glossary");
        grid.setHgap(14);
        grid.setVgap(8);
        int row = 0;
        for (Glossary.Term t : Glossary.TERMS) {
            Label term = new Label(t.term());
            term.setStyle("-fx-font-weight: bold;");
            term.setMinWidth(Label.USE_PREF_SIZE);
            Label meaning = new Label(t.meaning());
            meaning.setWrapText(true);
            meaning.setMaxWidth(520);
            meaning.setMinHeight(Label.USE_PREF_SIZE);
            grid.addRow(row++, term, meaning);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(10, scroll, close);
        box.setPadding(new Insets(12));
        stage.setTitle("agentcost — glossary");
        if (owner != null) stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setScene(new Scene(box, 720, 600));
        open = stage;
        stage.show();
    }
}
