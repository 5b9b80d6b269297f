package io.agentcost.scenario;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Text surgery on a scenario's YAML guided by the node tree: where an entry really ends (a block
 * collection's end mark runs on over the comments and blank lines after it), and the edits that
 * insert or delete one entry of a mapping or list in block or flow style, leaving every other
 * character (comments included) where it was.
 */
final class YamlText {

    private YamlText() {
    }

    /** The node tree of the text, or null when it does not parse (the YAML tab shows why). */
    static Node root(String text) {
        try {
            return ScenarioLoader.compose(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
    }

    static NodeTuple entry(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue()) if (key.equals(key(t))) return t;
        return null;
    }

    static Node value(Node mapping, String key) {
        NodeTuple t = entry(mapping, key);
        return t == null ? null : t.getValueNode();
    }

    static String scalar(Node mapping, String key) {
        return value(mapping, key) instanceof ScalarNode s ? s.getValue() : null;
    }

    static boolean isFlow(Node n) {
        return n instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    /** A key written with nothing after it ({@code phases:}). */
    static boolean isEmptyScalar(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty();
    }

    static int start(Node n) {
        return n.getStartMark().getIndex();
    }

    /** Just after the last character that belongs to the node: not the comments or blank lines after a block collection. */
    static int contentEnd(String text, Node n) {
        if (n instanceof MappingNode m && !isFlow(m) && !m.getValue().isEmpty()) return tupleEnd(text, m.getValue().get(m.getValue().size() - 1));
        if (n instanceof SequenceNode s && !isFlow(s) && !s.getValue().isEmpty()) return contentEnd(text, s.getValue().get(s.getValue().size() - 1));
        int start = start(n);
        int end = n.getEndMark().getIndex();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    /** End of a mapping entry: its value's content end (for an empty value, just after the colon). */
    static int tupleEnd(String text, NodeTuple t) {
        return Math.max(contentEnd(text, t.getValueNode()), contentEnd(text, t.getKeyNode()));
    }

    /** Where a list item starts, counting its dash in block style. */
    static int itemStart(String text, SequenceNode s, Node item) {
        int at = start(item);
        if (isFlow(s)) return at;
        int i = at - 1;
        while (i >= 0 && text.charAt(i) != '-' && text.charAt(i) != '\n') i--;
        return i >= 0 && text.charAt(i) == '-' ? i : at;
    }

    static int lineStart(String text, int pos) {
        return text.lastIndexOf('\n', pos - 1) + 1;
    }

    /** The position of the line break ending the line of {@code pos} (or the end of the text). */
    static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    /** The span an edit of a mapping entry's value replaces (a block value: from just after the colon, as " value"). */
    static int[] valueSpan(String text, NodeTuple t) {
        Node v = t.getValueNode();
        if (v instanceof CollectionNode<?> && !isFlow(v)) {
            int colon = text.indexOf(':', contentEnd(text, t.getKeyNode()));
            return new int[]{colon + 1, contentEnd(text, v)};
        }
        return new int[]{start(v), contentEnd(text, v)};
    }

    /** The edit that makes a mapping entry's value {@code value} (flow style, one line). */
    static TextEdit replaceValue(String text, NodeTuple t, String value) {
        int[] span = valueSpan(text, t);
        return replaceSpan(text, span[0], span[1], value);
    }

    /**
     * Replaces a value's span. A span that starts at the key's colon (a block collection, or
     * nothing) gets a space first; a comment on the key's line inside the span moves after the
     * new value, in its old column where it fits.
     */
    static TextEdit replaceSpan(String text, int start, int end, String value) {
        if (start == 0 || text.charAt(start - 1) != ':') return new TextEdit(start, end, value);
        int eol = lineEnd(text, start);
        String rest = text.substring(start, Math.min(eol, end));
        String comment = rest.stripLeading();
        if (end <= eol || !comment.startsWith("#")) return new TextEdit(start, end, " " + value);
        int gap = Math.max(1, rest.length() - comment.length() - value.length() - 1);
        return new TextEdit(start, end, " " + value + " ".repeat(gap) + comment.stripTrailing());
    }

    /** Adds {@code entry} ("key: value", one line) as the last entry of a mapping. */
    static TextEdit appendEntry(String text, MappingNode m, String entry) {
        List<NodeTuple> entries = m.getValue();
        if (entries.isEmpty()) return TextEdit.insert(start(m) + 1, entry); // "{}" → "{entry}"
        NodeTuple last = entries.get(entries.size() - 1);
        if (isFlow(m)) return TextEdit.insert(tupleEnd(text, last), ", " + entry);
        int keyStart = start(entries.get(0).getKeyNode());
        return TextEdit.insert(lineEnd(text, tupleEnd(text, last)), "\n" + text.substring(lineStart(text, keyStart), keyStart) + entry);
    }

    /** Adds {@code item} as the last item of a list; in block style after {@code dash} ("- ", or the gap the copied item had). */
    static TextEdit appendItem(String text, SequenceNode s, String item, String dash) {
        List<Node> items = s.getValue();
        if (items.isEmpty()) return TextEdit.insert(start(s) + 1, item); // "[]" → "[item]"
        Node last = items.get(items.size() - 1);
        if (isFlow(s)) return TextEdit.insert(contentEnd(text, last), ", " + item);
        int first = itemStart(text, s, items.get(0));
        return TextEdit.insert(lineEnd(text, contentEnd(text, last)), "\n" + text.substring(lineStart(text, first), first) + dash + item);
    }

    /**
     * Deletes one entry of a collection: in block style its whole lines (with its own trailing
     * comment), in flow style the entry and one separating comma. The last entry of a collection
     * leaves it empty ({@code {}} or {@code []}).
     */
    static TextEdit removeAt(String text, Node parentValue, NodeTuple parentEntry, int index) {
        int size = parentValue instanceof MappingNode m ? m.getValue().size() : ((SequenceNode) parentValue).getValue().size();
        if (size == 1) return replaceValue(text, parentEntry, parentValue instanceof MappingNode ? "{}" : "[]");
        int[] e = span(text, parentValue, index);
        if (!isFlow(parentValue)) return new TextEdit(lineStart(text, e[0]), Math.min(text.length(), lineEnd(text, e[1]) + 1), "");
        if (index < size - 1) return new TextEdit(e[0], span(text, parentValue, index + 1)[0], "");
        return new TextEdit(span(text, parentValue, index - 1)[1], e[1], "");
    }

    /** Where an entry of a collection starts (its key, or its dash) and where its content ends. */
    static int[] span(String text, Node collection, int index) {
        if (collection instanceof MappingNode m) {
            NodeTuple t = m.getValue().get(index);
            return new int[]{start(t.getKeyNode()), tupleEnd(text, t)};
        }
        SequenceNode s = (SequenceNode) collection;
        Node item = s.getValue().get(index);
        return new int[]{itemStart(text, s, item), contentEnd(text, item)};
    }

    /** A name as a plain YAML scalar when it can be one, else double-quoted. */
    static String scalarText(String value) {
        if (value.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*") && !value.matches("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9._]+([eE][-+]?[0-9]+)?")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A value as the user wrote it, block collections turned into flow style so it reads on one line. */
    static String oneLine(String text, Node v) {
        if (v instanceof MappingNode m && !isFlow(m)) {
            List<String> parts = new ArrayList<>();
            for (NodeTuple t : m.getValue()) parts.add(key(t) + ": " + oneLine(text, t.getValueNode()));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof SequenceNode s && !isFlow(s)) {
            List<String> parts = new ArrayList<>();
            for (Node item : s.getValue()) parts.add(oneLine(text, item));
            return "[" + String.join(", ", parts) + "]";
        }
        return text.substring(start(v), contentEnd(text, v));
    }
}
