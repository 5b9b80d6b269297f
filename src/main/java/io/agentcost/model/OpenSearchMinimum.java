package io.agentcost.model;

/**
 * OpenSearch Serverless's floor of each kind of OCU (indexing, search): 1 with redundant replicas
 * (0.5 in each of two AZs), 0.5 without (the dev/test setting). Decision 0024 gives the sources.
 * The loader rejects fewer; the component bills the floor when no OCUs are given.
 */
public final class OpenSearchMinimum {

    private OpenSearchMinimum() {
    }

    /** @param redundancy the component's {@code redundancy} word, "true" or "false" */
    public static double ocus(String redundancy) {
        return "false".equals(redundancy) ? 0.5 : 1.0;
    }
}
