package io.agentcost.scenario;

import io.agentcost.model.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Collects problems for one file, in file order, and suggests the closest known key. */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Located at, String message) {
        list.add(new Problem(file, at.line(), at.column(), at.path(), message));
    }

    void add(int line, int column, String path, String message) {
        list.add(new Problem(file, line, column, path, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(out);
    }

    /** "unknown key 'x' (did you mean 'y'?)" with the closest of the allowed names, if one is close. */
    static String unknown(String what, String given, Collection<String> allowed) {
        String best = closest(given, allowed);
        String msg = "unknown " + what + " '" + given + "'";
        if (best != null) return msg + " (did you mean '" + best + "'?)";
        if (allowed.size() <= 12) return msg + " (expected one of: " + String.join(", ", allowed) + ")";
        return msg;
    }

    static String closest(String given, Collection<String> allowed) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance.apply(given, a);
            if (d < bestD) {
                bestD = d;
                best = a;
            }
        }
        // close enough to be a typo: at most a third of the word, and at least 2 edits allowed
        int limit = Math.max(2, given.length() / 3);
        return best != null && bestD <= limit ? best : null;
    }
}
