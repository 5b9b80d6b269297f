package io.agentcost.scenario;

import io.agentcost.model.Problem;
import io.agentcost.model.Quoted;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Collects problems for one file, in file order, and suggests the closest known key. After
 * {@link #MAX} problems it only counts: a file of 60,000 unknown keys gets a readable answer at once.
 */
final class Problems {

    static final int MAX = 100;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    /** The same problem found twice (a value read once per phase it applies to, say) is told once. */
    private final Set<Problem> seen = new HashSet<>();
    private int more;

    Problems(String file) {
        this.file = file;
    }

    /** "file:line: key path" of a node, as a problem names it: for a warning the estimate gives later about that key. */
    String where(Located at) {
        return new Problem(file, at.line(), 0, at.path(), "").format().replaceAll(": $", "");
    }

    void add(Located at, String message) {
        add(at.line(), at.column(), at.path(), message);
    }

    void add(int line, int column, String path, String message) {
        Problem p = new Problem(file, line, column, path, message);
        if (!seen.add(p)) return;
        if (full()) more++;
        else list.add(p);
    }

    /** A message worth computing only while problems are still listed (a "did you mean" search, say). */
    void add(Located at, Supplier<String> message) {
        if (full()) more++; // counted, not compared: a repeat past the limit may count twice, which the count can bear
        else add(at, message.get());
    }

    private boolean full() {
        return list.size() >= MAX;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size() + more;
    }

    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (more > 0) out.add(new Problem(file, 0, 0, "", "and " + more + " more problems; fix these first"));
        return List.copyOf(out);
    }

    /** "unknown key 'x' (did you mean 'y'?)" with the closest of the allowed names, if one is close. */
    static String unknown(String what, String given, Collection<String> allowed) {
        String msg = "unknown " + what + " '" + Quoted.excerpt(given) + "'";
        // YAML's merge key (<<: *anchor) is a YAML 1.1 extension the loader does not apply, so it arrives as a key
        if (given.equals("<<")) return msg + ": YAML merge keys are not supported; write the keys out, or use an alias (*name) for a whole value";
        String best = closest(given, allowed);
        if (best != null) return msg + " (did you mean '" + best + "'?)";
        if (allowed.size() <= 12) return msg + " (expected one of: " + String.join(", ", allowed) + ")";
        return msg;
    }

    static String closest(String given, Collection<String> allowed) {
        // the median is the 50th percentile: "p50" where a form asks for "median" is that, not a typo of "p90"
        if (given.equals("p50") && allowed.contains("median")) return "median";
        // no key is this long: nothing is a typo of it (and the distance would cost its length squared)
        if (given.length() > 100) return null;
        // close enough to be a typo: at most a third of the word, and at least 2 edits allowed; the
        // bounded distance stops at the limit, so a long list of allowed names stays cheap
        int limit = Math.max(2, given.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance.apply(given, a);
            if (d >= 0 && d < bestD) {
                bestD = d;
                best = a;
            }
        }
        return best;
    }
}
