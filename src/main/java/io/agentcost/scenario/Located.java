package io.agentcost.scenario;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A YAML node with the key path that leads to it, so every problem can name file, line and key. */
record Located(Node node, String path) {

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    int column() {
        return node.getStartMark().getColumn() + 1;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String index(int i) {
        return path + "[" + i + "]";
    }

    /**
     * The value the file gives at these keys, one mapping level each (a dotted key split at its dots), or null where a
     * level is not a mapping or lacks the key. A key given twice is read at its first place, as {@link Nodes#map} keeps it.
     */
    Located find(String... keys) {
        Located at = this;
        for (String key : keys) {
            if (!(at.node instanceof MappingNode m)) return null;
            Located next = null;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    next = new Located(t.getValueNode(), at.child(key));
                    break;
                }
            }
            if (next == null) return null;
            at = next;
        }
        return at;
    }
}
