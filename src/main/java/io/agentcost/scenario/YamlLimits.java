package io.agentcost.scenario;

import io.agentcost.model.Quoted;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * One pass over a file's YAML events before it is composed, so that the limits that protect the
 * loader are reported with a line: nesting depth, aliases to lists and mappings (alias bombs), and
 * the size the file expands to when every alias is written out, scalars included (one 400 KB string
 * referenced 20,000 times is a small file and an 8 GB document). The event parser keeps its own
 * stack, so a deep file cannot overflow the Java stack here.
 */
final class YamlLimits {

    static final int MAX_DEPTH = 40;
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Characters the document may expand to: twice the largest file. */
    static final long MAX_EXPANDED = 2 * ScenarioLoader.MAX_BYTES;

    /** A limit the text exceeds, at a position (1-based; 0 when unknown). */
    record Breach(int line, int column, String message) {
    }

    private YamlLimits() {
    }

    /** The first limit exceeded, or null. Syntax errors are left to the composer, which reports them with marks. */
    static Breach check(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(Integer.MAX_VALUE);
        options.setCodePointLimit((int) ScenarioLoader.MAX_BYTES);
        options.setProcessComments(false);
        Map<String, Long> anchored = new HashMap<>();
        Set<String> collections = new HashSet<>();
        Deque<Frame> open = new ArrayDeque<>();
        long total = 0;
        int collectionAliases = 0;
        for (Event e : new Yaml(options).parse(new StringReader(text))) {
            if (e instanceof CollectionStartEvent c) {
                if (open.size() >= MAX_DEPTH) {
                    return at(e.getStartMark(), "lists and mappings nested deeper than " + MAX_DEPTH + " levels; a scenario needs a few");
                }
                open.push(new Frame(c.getAnchor()));
                if (c.getAnchor() != null) collections.add(c.getAnchor());
            } else if (e.is(Event.ID.SequenceEnd) || e.is(Event.ID.MappingEnd)) {
                Frame f = open.pop();
                if (f.anchor != null) anchored.put(f.anchor, f.size);
                if (!open.isEmpty()) open.peek().size += f.size;
            } else if (e instanceof ScalarEvent s) {
                long size = s.getValue().length() + 1;
                if (s.getAnchor() != null) anchored.put(s.getAnchor(), size);
                total += size;
                if (!open.isEmpty()) open.peek().size += size;
            } else if (e instanceof AliasEvent a) {
                long size = anchored.getOrDefault(a.getAnchor(), 0L);
                if (collections.contains(a.getAnchor()) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    return at(e.getStartMark(), "more than " + MAX_COLLECTION_ALIASES + " aliases (*name) to lists or mappings:"
                            + " refused as a possible alias bomb; write the values out instead");
                }
                total += size;
                if (!open.isEmpty()) open.peek().size += size;
                if (total > MAX_EXPANDED) {
                    return at(e.getStartMark(), "the aliases (*" + Quoted.excerpt(a.getAnchor(), 30) + ") expand the file to more than "
                            + (MAX_EXPANDED >> 20) + " MB of text; refused as a possible alias bomb: write the values out instead");
                }
            }
            if (total > MAX_EXPANDED && e instanceof NodeEvent n) {
                return at(n.getStartMark(), "the file expands to more than " + (MAX_EXPANDED >> 20) + " MB of text");
            }
        }
        return null;
    }

    private static Breach at(Mark m, String message) {
        return m == null ? new Breach(0, 0, message) : new Breach(m.getLine() + 1, m.getColumn() + 1, message);
    }

    /** Line and column (1-based) of a code point offset, for the reader's errors that give only the offset. */
    static int[] position(String text, int codePointOffset) {
        int line = 1, column = 1, cp = 0;
        for (int i = 0; i < text.length() && cp < codePointOffset; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[]{line, column};
    }

    private static final class Frame {
        final String anchor;
        long size;

        Frame(String anchor) {
            this.anchor = anchor;
        }
    }
}
