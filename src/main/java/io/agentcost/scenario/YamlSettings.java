package io.agentcost.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Several keys set at once in the mappings of a scenario's text, as one edit (the app's calibration dialog, issue 18):
 * a key written already gets its new value in place (its comment kept), a key not written is added as the mapping's last
 * entry in the mapping's own style. Everything else — comments, order, layout — stays as the user wrote it. The edits are
 * merged into one, so an editor applies them as one step of its undo history.
 *
 * <p>A scope names a mapping: {@code workload}, {@code phases.NAME}, {@code agents.NAME} (the agent of that name) or
 * {@code timeline[i]}.
 */
public final class YamlSettings {

    private YamlSettings() {
    }

    /** One key to set: {@code value} is YAML in flow style, on one line. */
    public record Setting(String scope, String key, String value) {
    }

    /** Whether the text has the scope's mapping (an agent list item, a phase, the workload…). */
    public static boolean hasScope(String text, String scope) {
        return mapping(YamlText.root(text), scope) != null;
    }

    /** The value the scope writes for the key, as written (block collections on one line), or null when it does not. */
    public static String written(String text, String scope, String key) {
        MappingNode m = mapping(YamlText.root(text), scope);
        NodeTuple t = m == null ? null : YamlText.entry(m, key);
        return t == null ? null : YamlText.oneLine(text, t.getValueNode());
    }

    /** The phases that override the key ({@code phases.NAME} writes it). */
    public static List<String> phasesWriting(String text, String key) {
        List<String> out = new ArrayList<>();
        if (YamlText.value(YamlText.root(text), "phases") instanceof MappingNode phases) {
            for (NodeTuple t : phases.getValue()) {
                if (YamlText.entry(t.getValueNode(), key) != null) out.add(YamlText.key(t));
            }
        }
        return out;
    }

    /** How many entries the timeline has, and each one's phase (null where it names none). */
    public static List<String> timelinePhases(String text) {
        List<String> out = new ArrayList<>();
        if (YamlText.value(YamlText.root(text), "timeline") instanceof SequenceNode s) {
            for (Node entry : s.getValue()) out.add(YamlText.scalar(entry, "phase"));
        }
        return out;
    }

    /**
     * The one edit setting every key, or a refusal saying why (the text does not parse, a scope is missing, a key is
     * given twice).
     */
    public static YamlStructure.Change set(String text, List<Setting> settings) {
        Node root = YamlText.root(text);
        if (!(root instanceof MappingNode)) return YamlStructure.Change.refuse("the YAML does not parse: fix it in the YAML tab first");
        if (settings.isEmpty()) return YamlStructure.Change.refuse("nothing chosen to apply");
        List<TextEdit> edits = new ArrayList<>();
        // keys a mapping does not write yet, added together at its end in the order given
        Map<MappingNode, List<String>> added = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (Setting s : settings) {
            String id = s.scope() + "." + s.key();
            if (seen.contains(id)) return YamlStructure.Change.refuse(id + " is given twice");
            seen.add(id);
            MappingNode m = mapping(root, s.scope());
            if (m == null) return YamlStructure.Change.refuse("no " + s.scope() + " mapping in the scenario to set " + s.key() + " in");
            NodeTuple t = YamlText.entry(m, s.key());
            if (t != null) edits.add(keepingComments(text, YamlText.replaceValue(text, t, s.value())));
            else added.computeIfAbsent(m, k -> new ArrayList<>()).add(s.key() + ": " + s.value());
        }
        added.forEach((m, entries) -> edits.add(appendAll(text, m, entries)));
        return new YamlStructure.Change(TextEdit.merge(text, edits), "Set " + String.join(", ", seen));
    }

    /**
     * A block collection replaced by a flow value would take the comments of its inner lines with it: they follow the new
     * value on its line instead (the key line's comment is moved by {@link YamlText#replaceSpan}, the last line's lies
     * after the span and stays).
     */
    private static TextEdit keepingComments(String text, TextEdit e) {
        String old = text.substring(e.start(), e.end());
        int nl = old.indexOf('\n');
        if (nl < 0) return e;
        List<String> comments = new ArrayList<>();
        Matcher m = COMMENT.matcher(old.substring(nl + 1));
        while (m.find()) comments.add(m.group(1).stripTrailing());
        if (comments.isEmpty()) return e;
        return new TextEdit(e.start(), e.end(), e.replacement() + "   " + String.join(" ", comments));
    }

    /** A comment: '#' at a line's start or after white space, to the end of the line. */
    private static final Pattern COMMENT = Pattern.compile("(?m)(?:^|\\s)(#[^\n]*)$");

    /** Several entries appended to a mapping as one insertion (flow: ", a: 1, b: 2"; block: one line each, indented alike). */
    private static TextEdit appendAll(String text, MappingNode m, List<String> entries) {
        TextEdit first = YamlText.appendEntry(text, m, entries.get(0));
        if (entries.size() == 1) return first;
        String rest;
        if (m.getValue().isEmpty() || YamlText.isFlow(m)) {
            rest = ", " + String.join(", ", entries.subList(1, entries.size()));
        } else {
            // the first insertion is "\n" + indentation + entry: the others repeat its indentation
            String r = first.replacement();
            String indent = r.substring(1, r.length() - entries.get(0).length());
            StringBuilder b = new StringBuilder();
            for (String e : entries.subList(1, entries.size())) b.append("\n").append(indent).append(e);
            rest = b.toString();
        }
        return new TextEdit(first.start(), first.end(), first.replacement() + rest);
    }

    private static MappingNode mapping(Node root, String scope) {
        if (!(root instanceof MappingNode)) return null;
        if (scope.equals("workload")) return YamlText.value(root, "workload") instanceof MappingNode m ? m : null;
        if (scope.startsWith("phases.")) {
            return YamlText.value(root, "phases") instanceof MappingNode p && YamlText.value(p, scope.substring(7)) instanceof MappingNode m ? m : null;
        }
        if (scope.startsWith("agents.") && YamlText.value(root, "agents") instanceof SequenceNode s) {
            for (Node agent : s.getValue()) {
                if (agent instanceof MappingNode m && scope.substring(7).equals(YamlText.scalar(m, "name"))) return m;
            }
            return null;
        }
        if (scope.startsWith("timeline[") && scope.endsWith("]") && YamlText.value(root, "timeline") instanceof SequenceNode s) {
            try {
                int i = Integer.parseInt(scope.substring(9, scope.length() - 1));
                return i >= 0 && i < s.getValue().size() && s.getValue().get(i) instanceof MappingNode m ? m : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
