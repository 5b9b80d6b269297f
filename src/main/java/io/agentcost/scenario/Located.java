package io.agentcost.scenario;

import org.yaml.snakeyaml.nodes.Node;

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
}
