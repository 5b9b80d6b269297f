package io.agentcost.scenario;

import io.agentcost.model.Distribution;
import io.agentcost.model.Limits;
import io.agentcost.model.Quoted;
import io.agentcost.model.Range;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads of YAML nodes. Each method records a problem and returns null when the node is not
 * what the key needs, so one pass reports every problem in the file.
 */
final class Nodes {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private final Problems problems;

    Nodes(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** The entries of a mapping in file order, checking keys against the allowed ones. Null if not a mapping. */
    Map<String, Located> map(Located at, Collection<String> allowedKeys, String what) {
        if (!tagOk(at)) return null;
        if (!(at.node() instanceof MappingNode m)) {
            problems.add(at, "expected a mapping of " + what + " (key: value), got " + describe(at.node()));
            return null;
        }
        Map<String, Located> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                problems.add(new Located(k, at.path()), "keys must be plain words");
                continue;
            }
            String key = ks.getValue();
            Located value = new Located(t.getValueNode(), at.child(key));
            Located keyAt = new Located(k, at.child(key));
            if (out.containsKey(key)) {
                problems.add(keyAt, "duplicate key '" + Quoted.excerpt(key) + "' (first given on line " + out.get(key).line() + ")");
                continue;
            }
            if (allowedKeys != null && !allowedKeys.contains(key)) {
                problems.add(keyAt, () -> Problems.unknown("key", key, allowedKeys));
                continue;
            }
            out.put(key, value);
        }
        return out;
    }

    List<Located> list(Located at, String what) {
        if (!tagOk(at)) return null;
        if (!(at.node() instanceof SequenceNode s)) {
            problems.add(at, "expected a list of " + what + ", got " + describe(at.node()));
            return null;
        }
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) out.add(new Located(s.getValue().get(i), at.index(i)));
        return out;
    }

    String scalar(Located at, String what) {
        if (!tagOk(at)) return null;
        if (!(at.node() instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
            problems.add(at, "expected " + what + ", got " + describe(at.node()));
            return null;
        }
        return s.getValue();
    }

    Double number(Located at) {
        String text = scalar(at, "a number");
        if (text == null) return null;
        Double v = parseNumber(text);
        if (v == null) problems.add(at, "expected a number, got '" + Quoted.excerpt(text) + "'");
        else if (!Double.isFinite(v)) {
            problems.add(at, Quoted.excerpt(text) + " is beyond the largest number (about 1.8e308)");
            return null;
        }
        return v;
    }

    /** A plain number within the bound of its range and unit ({@link Limits#of}); null, with a problem, outside it. */
    Double number(Located at, Range range, String unit) {
        Double v = number(at);
        if (v == null) return null;
        Limits.Bound b = Limits.of(range, unit);
        if (v < b.min() || v > b.max()) {
            problems.add(at, "must be " + Limits.text(range, unit) + " " + unit + " (got " + Distribution.fixed(v).describe() + ")");
            return null;
        }
        return v;
    }

    /** A whole number in [min, max]. */
    Integer integer(Located at, int min, long max) {
        Double v = number(at);
        if (v == null) return null;
        if (v != Math.rint(v) || v < min || v > max) {
            problems.add(at, "expected a whole number from " + min + " to " + Limits.num(max) + ", got " + text(at));
            return null;
        }
        return v.intValue();
    }

    /**
     * A name the reports show (a phase, agent, architecture, custom line): at most
     * {@link Limits#MAX_NAME_LENGTH} characters, not blank, no control or invisible characters.
     */
    String name(Located at, String what, int maxLength) {
        String s = scalar(at, what);
        if (s == null) return null;
        return nameOk(at, s, what, maxLength) ? s : null;
    }

    /** Checks a name given as a mapping key or a value. */
    boolean nameOk(Located at, String s, String what, int maxLength) {
        if (s.isBlank()) {
            problems.add(at, what + " must not be blank");
            return false;
        }
        if (s.length() > maxLength) {
            problems.add(at, what + " '" + Quoted.excerpt(s) + "' is longer than " + maxLength + " characters");
            return false;
        }
        if (!Quoted.isPlain(s)) {
            problems.add(at, what + " '" + Quoted.excerpt(s) + "' has control or invisible characters; use plain text");
            return false;
        }
        return true;
    }

    Boolean bool(Located at) {
        String text = scalar(at, "true or false");
        if (text == null) return null;
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on": return true;
            case "false", "no", "off": return false;
            default:
                problems.add(at, "expected true or false, got '" + text + "'");
                return null;
        }
    }

    String choice(Located at, Collection<String> choices, String what) {
        String text = scalar(at, "one of " + String.join(", ", choices));
        if (text == null) return null;
        if (!choices.contains(text)) {
            problems.add(at, Problems.unknown(what, text, choices));
            return null;
        }
        return text;
    }

    static Double parseNumber(String text) {
        String t = text.trim().replace("_", "");
        if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Located at) {
        return at.node() instanceof ScalarNode s ? Quoted.excerpt(s.getValue()) : describe(at.node());
    }

    /** Only the plain YAML types: a tag such as !!java.lang.Object or !custom is refused, never resolved. */
    private boolean tagOk(Located at) {
        Tag tag = at.node().getTag();
        if (PLAIN_TAGS.contains(tag)) return true;
        problems.add(at, "tag " + tag.getValue() + " is not allowed (only plain YAML values)");
        return false;
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) return "a mapping";
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof ScalarNode s) return s.getTag().equals(Tag.NULL) ? "nothing" : "'" + Quoted.excerpt(s.getValue()) + "'";
        return "something else";
    }
}
