package io.agentcost.scenario;

import io.agentcost.model.Phase;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adding and removing phases, agents and architectures as edits of the scenario's text: an added
 * entry is a copy of an existing one under a new name (or a minimal valid one), a removed entry
 * takes its lines (or its place in a flow collection) with it. Everything else in the file stays.
 */
public final class YamlStructure {

    private YamlStructure() {
    }

    /** The three lists of named entries a scenario has. */
    public enum Kind {
        PHASE("phases", "phase"), AGENT("agents", "agent"), ARCHITECTURE("architectures", "architecture");

        private final String key;
        private final String noun;

        Kind(String key, String noun) {
            this.key = key;
            this.noun = noun;
        }

        /** The top-level key that holds them. */
        public String key() {
            return key;
        }

        public String noun() {
            return noun;
        }

        /** What an entry is when there is none to copy: the smallest that loads. */
        String minimal(String name) {
            return switch (this) {
                case PHASE -> YamlText.scalarText(name) + ": {}";
                case AGENT -> "{name: " + YamlText.scalarText(name) + ", count: 1}";
                case ARCHITECTURE -> YamlText.scalarText(name) + ": {preset: serverless}";
            };
        }

        String firstName() {
            return switch (this) {
                case PHASE -> Phase.DEFAULT;
                case AGENT -> "agent";
                case ARCHITECTURE -> "serverless";
            };
        }
    }

    /** An edit with what it does in words; a refused edit has no edit and says why. */
    public record Change(TextEdit edit, String message) {
        public boolean refused() {
            return edit == null;
        }

        static Change refuse(String why) {
            return new Change(null, why);
        }
    }

    /** The names written in the file, in file order (phases: {@code default} when there is no phases block). */
    public static List<String> names(String text, Kind kind) {
        Node root = YamlText.root(text);
        List<String> out = new ArrayList<>();
        if (!(root instanceof MappingNode)) return out;
        Node v = YamlText.value(root, kind.key());
        if (v == null && kind == Kind.PHASE) return List.of(Phase.DEFAULT);
        if (v instanceof MappingNode m) for (NodeTuple t : m.getValue()) out.add(YamlText.key(t));
        if (v instanceof SequenceNode s) for (Node item : s.getValue()) out.add(nameOf(item));
        return out;
    }

    private static String nameOf(Node agent) {
        String n = YamlText.scalar(agent, "name");
        return n == null ? "?" : n;
    }

    /**
     * Adds a copy of {@code source} (the last entry when null) under a new unique name, as the last
     * entry; with nothing to copy, the smallest entry that loads.
     */
    public static Change add(String text, Kind kind, String source) {
        Node root = YamlText.root(text);
        if (!(root instanceof MappingNode top)) return Change.refuse("the YAML does not parse: fix it in the YAML tab first");
        List<String> names = names(text, kind);
        NodeTuple holder = YamlText.entry(top, kind.key());
        if (holder == null) {
            // no block yet: phases start with the implicit default phase, so it is kept beside the new one
            String name = unique(kind.firstName(), names);
            String value = switch (kind) {
                case PHASE -> "{" + Phase.DEFAULT + ": {}, " + kind.minimal(name) + "}";
                case AGENT -> "[" + kind.minimal(name) + "]";
                case ARCHITECTURE -> "{" + kind.minimal(name) + "}";
            };
            return new Change(YamlText.appendEntry(text, top, kind.key() + ": " + value), "Added " + kind.noun() + " " + name);
        }
        Node v = holder.getValueNode();
        if (YamlText.isEmptyScalar(v)) {
            String name = unique(kind.firstName(), names);
            String value = kind == Kind.AGENT ? "[" + kind.minimal(name) + "]" : "{" + kind.minimal(name) + "}";
            return new Change(YamlText.replaceValue(text, holder, value), "Added " + kind.noun() + " " + name);
        }
        if (kind == Kind.AGENT ? !(v instanceof SequenceNode) : !(v instanceof MappingNode)) {
            return Change.refuse(kind.key() + " is not " + (kind == Kind.AGENT ? "a list" : "a mapping") + ": fix it in the YAML tab first");
        }
        int count = v instanceof MappingNode m ? m.getValue().size() : ((SequenceNode) v).getValue().size();
        if (count == 0) {
            String name = unique(kind.firstName(), names);
            String entry = kind.minimal(name);
            return new Change(v instanceof MappingNode m ? YamlText.appendEntry(text, m, entry) : YamlText.appendItem(text, (SequenceNode) v, entry, "- "),
                    "Added " + kind.noun() + " " + name);
        }
        int index = source == null ? count - 1 : names.indexOf(source);
        if (index < 0) return Change.refuse("there is no " + kind.noun() + " " + source);
        String from = names.get(index);
        String name = unique(from, names);
        int[] span = YamlText.span(text, v, index);
        if (v instanceof MappingNode m) {
            Node key = m.getValue().get(index).getKeyNode();
            String copy = YamlText.scalarText(name) + text.substring(YamlText.contentEnd(text, key), span[1]);
            return new Change(YamlText.appendEntry(text, m, copy), "Added " + kind.noun() + " " + name + " (a copy of " + from + ")");
        }
        SequenceNode s = (SequenceNode) v;
        Node item = s.getValue().get(index);
        int itemStart = YamlText.start(item);
        Node nameNode = YamlText.value(item, "name");
        String body = text.substring(itemStart, span[1]);
        if (nameNode instanceof ScalarNode) {
            int a = YamlText.start(nameNode) - itemStart, b = YamlText.contentEnd(text, nameNode) - itemStart;
            body = body.substring(0, a) + YamlText.scalarText(name) + body.substring(b);
        }
        String dash = text.substring(span[0], itemStart);
        return new Change(YamlText.appendItem(text, s, body, dash), "Added " + kind.noun() + " " + name + " (a copy of " + from + ")");
    }

    /**
     * Removes one entry. A scenario keeps at least one phase (when it lists any) and one
     * architecture; removing a phase removes the timeline entries that name it.
     */
    public static Change remove(String text, Kind kind, String name) {
        Node root = YamlText.root(text);
        if (!(root instanceof MappingNode top)) return Change.refuse("the YAML does not parse: fix it in the YAML tab first");
        NodeTuple holder = YamlText.entry(top, kind.key());
        List<String> names = names(text, kind);
        int index = names.indexOf(name);
        if (holder == null && kind == Kind.PHASE) return Change.refuse("the scenario has one phase, the implicit default");
        if (holder == null || index < 0 || YamlText.isEmptyScalar(holder.getValueNode())) {
            return Change.refuse("there is no " + kind.noun() + " " + name + " in the file");
        }
        if (names.size() == 1 && kind != Kind.AGENT) {
            return Change.refuse("a scenario needs at least one " + kind.noun() + (kind == Kind.PHASE ? " (or no phases block)" : ""));
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(YamlText.removeAt(text, holder.getValueNode(), holder, index));
        String message = "Remove " + kind.noun() + " " + name + "?";
        if (kind == Kind.AGENT && names.size() == 1) {
            message += " Without agents the workload's own conversations are billed.";
        }
        if (kind == Kind.PHASE) {
            NodeTuple timeline = YamlText.entry(top, "timeline");
            if (timeline != null && timeline.getValueNode() instanceof SequenceNode s) {
                List<Integer> naming = new ArrayList<>();
                for (int i = 0; i < s.getValue().size(); i++) if (name.equals(YamlText.scalar(s.getValue().get(i), "phase"))) naming.add(i);
                if (!naming.isEmpty()) {
                    message += naming.size() == 1 ? " Its timeline entry goes too." : " Its " + naming.size() + " timeline entries go too.";
                    edits.addAll(removeItems(text, s, timeline, naming));
                }
            }
        }
        return new Change(TextEdit.merge(text, edits), message);
    }

    /** Several items of one list: all of them empties it; otherwise one edit each (block lines never overlap). */
    private static List<TextEdit> removeItems(String text, SequenceNode s, NodeTuple holder, List<Integer> indexes) {
        if (indexes.size() == s.getValue().size()) return List.of(YamlText.replaceValue(text, holder, "[]"));
        if (!YamlText.isFlow(s)) return indexes.stream().map(i -> YamlText.removeAt(text, s, holder, i)).toList();
        // flow: rebuild the list from the items that stay, keeping each item's own text
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            if (indexes.contains(i)) continue;
            int[] span = YamlText.span(text, s, i);
            kept.add(text.substring(span[0], span[1]));
        }
        return List.of(new TextEdit(YamlText.start(s), YamlText.contentEnd(text, s), "[" + String.join(", ", kept) + "]"));
    }

    /** The base itself when free, else {@code base_2}, {@code base_3}, … (a trailing {@code _n} of the base is replaced). */
    static String unique(String base, List<String> taken) {
        if (!taken.contains(base)) return base;
        String stem = base.replaceFirst("_\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = stem + "_" + n;
            if (!taken.contains(candidate)) return candidate;
        }
    }
}
