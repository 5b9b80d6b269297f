package io.agentcost.scenario;

import io.agentcost.model.Distribution;
import io.agentcost.model.Phase;
import io.agentcost.model.WorkloadKey;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds a phase or agent override of a workload key (SPEC §11.1: workload → phase → agent) as one
 * text edit. The new entry starts at the value the scope has now — the workload's own text when the
 * key is written there, else the key's default — so adding it changes nothing until the user edits it
 * in the Inputs tab, where it appears as an input.
 */
public final class YamlOverrides {

    private YamlOverrides() {
    }

    /** Where overrides can go: {@code phases.<name>} and {@code agents.<name>}, in file order. */
    public static List<String> scopes(String text) {
        List<String> out = new ArrayList<>();
        for (String p : YamlStructure.names(text, YamlStructure.Kind.PHASE)) {
            if (!p.equals(Phase.DEFAULT) || YamlText.value(YamlText.root(text), "phases") != null) out.add("phases." + p);
        }
        for (String a : YamlStructure.names(text, YamlStructure.Kind.AGENT)) out.add("agents." + a);
        return out;
    }

    /** The workload keys a scope does not override yet. */
    public static List<WorkloadKey> addable(String text, String scope) {
        MappingNode m = mapping(text, scope);
        List<WorkloadKey> out = new ArrayList<>();
        for (WorkloadKey k : WorkloadKey.values()) if (m == null || YamlText.entry(m, k.key()) == null) out.add(k);
        return out;
    }

    /** The edit adding {@code key} to the scope, or a refusal saying why. */
    public static YamlStructure.Change add(String text, String scope, WorkloadKey key) {
        Node root = YamlText.root(text);
        if (!(root instanceof MappingNode)) return YamlStructure.Change.refuse("the YAML does not parse: fix it in the YAML tab first");
        MappingNode m = mapping(text, scope);
        if (m == null) return YamlStructure.Change.refuse("no " + scope + " mapping in the file to add to");
        if (YamlText.entry(m, key.key()) != null) return YamlStructure.Change.refuse(scope + " already sets " + key.key());
        String value = startingValue(text, key);
        return new YamlStructure.Change(YamlText.appendEntry(text, m, key.key() + ": " + value),
                "Added " + key.key() + " to " + scope + " (starting at " + value + ")");
    }

    /** The workload's own text for the key (on one line), else its default. */
    private static String startingValue(String text, WorkloadKey key) {
        Node workload = YamlText.value(YamlText.root(text), "workload");
        if (workload instanceof MappingNode w) {
            NodeTuple t = YamlText.entry(w, key.key());
            if (t != null) return YamlText.oneLine(text, t.getValueNode());
        }
        Double d = key.spec().defaultNumber();
        return d == null ? "0" : Distribution.fixed(d).notation();
    }

    private static MappingNode mapping(String text, String scope) {
        Node root = YamlText.root(text);
        if (!(root instanceof MappingNode)) return null;
        if (scope.startsWith("phases.")) {
            Node phases = YamlText.value(root, "phases");
            return phases instanceof MappingNode p && YamlText.value(p, scope.substring(7)) instanceof MappingNode m ? m : null;
        }
        if (scope.startsWith("agents.") && YamlText.value(root, "agents") instanceof SequenceNode s) {
            for (Node agent : s.getValue()) {
                if (agent instanceof MappingNode m && scope.substring(7).equals(YamlText.scalar(m, "name"))) return m;
            }
        }
        return null;
    }
}
