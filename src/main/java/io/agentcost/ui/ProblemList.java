package io.agentcost.ui;

import io.agentcost.model.Problem;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The scenario's problems as the CLI words them (line, key path, message), shown only while there are any. */
final class ProblemList {

    private ProblemList() {
    }

    static ListView<Problem> of(ObservableList<Problem> problems, String id, double height) {
        ListView<Problem> list = new ListView<>(problems);
        list.setId(id);
        list.setCellFactory(l -> new ListCell<>() {
            {
                // long messages wrap instead of running off to the right
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : (p.line() > 0 ? "line " + p.line() + ": " : "")
                        + (p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
                setStyle(empty ? "" : "-fx-text-fill: #b71c1c;");
            }
        });
        list.setPrefHeight(height);
        list.visibleProperty().bind(Bindings.isNotEmpty(problems));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }
}
