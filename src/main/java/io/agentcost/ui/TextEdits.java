package io.agentcost.ui;

import io.agentcost.scenario.TextEdit;

/**
 * Where a form's edit of the scenario text goes. The window passes the YAML editor's own
 * replacement, so every form edit is one step of the editor's undo history; tests pass a setter.
 */
@FunctionalInterface
public interface TextEdits {

    void replace(int start, int end, String value);

    default void apply(TextEdit edit) {
        replace(edit.start(), edit.end(), edit.replacement());
    }

    /** Edits that set the property directly (no undo history). */
    static TextEdits of(javafx.beans.property.StringProperty text) {
        return (start, end, value) -> text.set(text.get().substring(0, start) + value + text.get().substring(end));
    }
}
