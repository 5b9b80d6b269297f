package io.agentcost.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One change to a scenario's text: the characters {@code [start, end)} replaced by
 * {@code replacement}. An editor applies it as one replacement, so it is one step of its undo
 * history, and everything outside the span (comments, order, layout) stays as the user wrote it.
 */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** Several edits of the same text as one (the span from the first to the last, unchanged text between kept). */
    public static TextEdit merge(String text, List<TextEdit> edits) {
        if (edits.isEmpty()) throw new IllegalArgumentException("nothing to merge");
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        int from = sorted.get(0).start();
        StringBuilder out = new StringBuilder();
        int at = from;
        for (TextEdit e : sorted) {
            if (e.start() < at) throw new IllegalArgumentException("overlapping edits " + sorted);
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return new TextEdit(from, at, out.toString());
    }
}
